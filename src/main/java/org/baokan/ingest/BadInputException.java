package org.baokan.ingest;

import org.baokan.model.Sentence;

/**
 * The input cannot be read as a newspaper page at all: empty, binary, or in an encoding we do not
 * know. The message is one plain English sentence; {@link #problem()} and {@link #detail()} let
 * the desktop say it in the reader's language.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the input; {@code {0}} in the sentence is the detail. */
    public enum Problem {
        EMPTY("the file is empty"),
        BLANK("the file is empty (it holds only blank lines)"),
        BINARY("the file is not text (it looks like a binary file)"),
        UNKNOWN_ENCODING("the file is not text in a known encoding (UTF-8, UTF-16, GB18030/GBK)"),
        BAD_BYTE_ORDER_MARK("the file starts with a {0} mark but is not valid {0}"),
        DIRECTORY("is a directory, not a page file"),
        NO_SUCH_FILE("no such file"),
        TOO_LARGE("is too large to be a newspaper page"),
        PERMISSION_DENIED("permission denied"),
        UNREADABLE("cannot be read ({0})");

        private final String text;

        Problem(String text) {
            this.text = text;
        }

        /** The plain English sentence, with the detail in place. */
        public String sentence(String detail) {
            return Sentence.fill(text, detail);
        }

        /** A stable code for translations: {@code unknown-encoding}. */
        public String code() {
            return Sentence.code(this);
        }
    }

    private final Problem problem;
    private final String detail;

    public BadInputException(Problem problem) {
        this(problem, null);
    }

    public BadInputException(Problem problem, String detail) {
        super(problem.sentence(detail));
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The word the sentence needs (an encoding, an error's name), or null. */
    public String detail() {
        return detail;
    }
}
