package org.baokan.search;

import org.baokan.store.FtsText;

import java.util.ArrayList;
import java.util.List;

/**
 * The query language: words separated by spaces must all match; {@code "quoted phrases"} match as
 * written; {@code -word} and {@code -"phrase"} exclude. Chinese quotation marks work like ASCII
 * ones. Any input is safe: quotes that are not closed run to the end, FTS operators and SQL are
 * only words, and the store turns every term into a quoted phrase.
 */
public final class QueryParser {
    /**
     * The longest query searched, in characters: a long headline or a sentence pasted whole fits;
     * a pasted article does not.
     */
    public static final int MAX_CHARACTERS = 200;
    /** The most words and phrases (exclusions included) in one query. */
    public static final int MAX_TERMS = 12;

    private QueryParser() {
    }

    /**
     * Parses a query to search with, refusing one beyond {@link #MAX_CHARACTERS} or
     * {@link #MAX_TERMS}; {@link #parse} reads any input (for highlighting what was searched).
     *
     * @throws QueryLimitException when the query is too long or has too many terms
     */
    public static SearchQuery parseBounded(String input) {
        if (input != null) {
            String s = input.strip();
            int length = s.codePointCount(0, s.length());
            if (length > MAX_CHARACTERS) {
                throw new QueryLimitException(QueryLimitException.Kind.TOO_LONG, length, MAX_CHARACTERS);
            }
        }
        SearchQuery q = parse(input);
        int terms = q.include().size() + q.exclude().size();
        if (terms > MAX_TERMS) {
            throw new QueryLimitException(QueryLimitException.Kind.TOO_MANY_TERMS, terms, MAX_TERMS);
        }
        return q;
    }

    public static SearchQuery parse(String input) {
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        if (input == null) {
            return new SearchQuery(include, exclude);
        }
        String s = input.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            boolean negative = false;
            if ((c == '-' || c == '－') && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
                negative = true;
                i++;
                c = s.charAt(i);
            }
            String term;
            if (isQuote(c)) {
                int end = i + 1;
                while (end < s.length() && !isQuote(s.charAt(end))) {
                    end++;
                }
                term = s.substring(i + 1, end);
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '\u3000'
                        && !isQuote(s.charAt(end))) {
                    end++;
                }
                term = s.substring(i, end);
                i = end;
            }
            if (hasSearchableCharacter(term)) {
                (negative ? exclude : include).add(term.strip());
            }
        }
        return new SearchQuery(include, exclude);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    /** A term of punctuation alone matches nothing and is dropped. */
    static boolean hasSearchableCharacter(String term) {
        for (int k = 0; k < term.length(); k++) {
            if (Character.isLetterOrDigit(FtsText.normalize(String.valueOf(term.charAt(k))).charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
