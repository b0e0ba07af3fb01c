package org.baokan.search;

import org.baokan.model.Sentence;

import java.util.List;

/**
 * A query longer than search answers: every character and term costs a pass over the index, and a
 * pasted page of text (10,000 characters took 114 s on a large archive) would hold the reader up
 * for minutes. The message is one plain English sentence; {@link #kind()} and {@link #args()} let
 * the desktop say it in the reader's language ({@code error.query.<code>}).
 */
public final class QueryLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is too much; {@code {0}} is how much there is, {@code {1}} the most searched. */
    public enum Kind {
        TOO_LONG("the query is {0} characters long; search takes at most {1}"),
        TOO_MANY_TERMS("the query has {0} words and phrases; search takes at most {1}");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** A stable code for translations: {@code too-long}. */
        public String code() {
            return Sentence.code(this);
        }
    }

    private final Kind kind;
    private final int found;
    private final int limit;

    QueryLimitException(Kind kind, int found, int limit) {
        super(Sentence.fill(kind.text, found, limit));
        this.kind = kind;
        this.found = found;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    /** How much the query has, and the most that is searched. */
    public List<Integer> args() {
        return List.of(found, limit);
    }
}
