package org.baokan.store;

import com.ibm.icu.text.Normalizer2;
import org.baokan.ingest.Scripts;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the full-text indexes see (docs/decisions/0008).
 *
 * <p>Normalisation maps every character on its own — traditional forms to simplified
 * ({@code 裝} → {@code 装}, ICU's Traditional-Simplified), full-width forms to half-width (NFKC),
 * Latin to lower case — so the normalised text has exactly the length of the original and
 * positions found in one are positions in the other.
 *
 * <p>Two token streams are indexed. In the <em>bigram</em> stream every Han character becomes the
 * pair of characters that starts with it ({@code 高新区召开} → {@code 高新 新区 区召 召开 开}; the
 * last of a run stays single), so there is still one token per character and a word of two
 * characters is one token: phrases of any length of two or more are phrases of bigrams, cheap to
 * match and rank. In the <em>unigram</em> stream every Han character is a token of its own; it
 * answers one-character queries. Latin words and numbers are tokens in both.
 */
public final class FtsText {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Per-character mapping, filled as characters are met; 0 means not yet known. */
    private static final char[] MAP = new char[0x10000];

    private FtsText() {
    }

    /** The text with each character normalised; same length as the input. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(map(s.charAt(i)));
        }
        return b.toString();
    }

    static char map(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char m = MAP[c];
        if (m == 0) {
            m = compute(c);
            MAP[c] = m;
        }
        return m;
    }

    private static char compute(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        String nfkc = NFKC.normalize(String.valueOf(c));
        char d = nfkc.length() == 1 ? nfkc.charAt(0) : c;
        // the parser's one-for-one traditional-to-simplified map, so that the index reads pages as the parser does
        return Character.toLowerCase(Scripts.folded(d));
    }

    /** Normalised text for the unigram index: every Han character between spaces. */
    public static String unigrams(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length() * 3);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isHan(c)) {
                b.append(' ').append(c).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Normalised text for the bigram index: each Han character as the pair it starts, the last of a run single. */
    public static String bigrams(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length() * 4);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isHan(c)) {
                b.append(' ').append(c);
                if (i + 1 < n.length() && isHan(n.charAt(i + 1))) {
                    b.append(n.charAt(i + 1));
                }
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a query term is a single Han character (answered by the unigram index). */
    static boolean isSingleHan(String term) {
        String t = significant(normalize(term));
        return t.length() == 1 && isHan(t.charAt(0));
    }

    /**
     * A query term as an FTS5 phrase over the bigram index: the term's index tokens, without the
     * final single character of its last run (a term ending a run in the text need not end one
     * there); a run of one character inside a longer term matches as a prefix ({@code 区*}).
     * Quotes are dropped, so the phrase is only words.
     */
    static String bigramPhrase(String term) {
        List<String> tokens = new ArrayList<>();
        String n = normalize(term);
        int i = 0;
        while (i < n.length()) {
            char c = n.charAt(i);
            if (isHan(c)) {
                int end = i;
                while (end < n.length() && isHan(n.charAt(end))) {
                    end++;
                }
                boolean last = !hasSignificantAfter(n, end);
                if (end - i == 1) {
                    tokens.add(last && tokens.isEmpty() ? String.valueOf(c) : c + "*");
                } else {
                    for (int k = i; k < end - 1; k++) {
                        tokens.add(n.substring(k, k + 2));
                    }
                    if (!last) {
                        tokens.add(String.valueOf(n.charAt(end - 1)));
                    }
                }
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < n.length() && Character.isLetterOrDigit(n.charAt(end)) && !isHan(n.charAt(end))) {
                    end++;
                }
                tokens.add(n.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return phrase(tokens);
    }

    /** A single Han character as a phrase over the unigram index. */
    static String unigramPhrase(String term) {
        return phrase(List.of(significant(normalize(term))));
    }

    /** A term of any length as a phrase over a unigram index (the small guide index). */
    static String unigramPhraseOf(String term) {
        List<String> tokens = new ArrayList<>();
        for (String t : unigrams(term).trim().split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return phrase(tokens);
    }

    /** FTS5 phrase syntax: each token a quoted string, joined by {@code +}; a prefix token is followed by {@code *}. */
    private static String phrase(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            boolean prefix = t.endsWith("*");
            String word = (prefix ? t.substring(0, t.length() - 1) : t).replace("\"", "");
            if (word.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(" + ");
            }
            b.append('"').append(word).append('"');
            if (prefix) {
                b.append(" *");
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static boolean hasSignificantAfter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String significant(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Han ideographs, including extension A and compatibility ideographs. */
    public static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || c == 0x3007;
    }
}
