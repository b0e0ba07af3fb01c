package org.baokan.cli;

/** Exit codes of the command-line tool. */
final class ExitCodes {
    static final int OK = 0;
    /** Something went wrong inside the program. */
    static final int FAILURE = 1;
    /** Bad input: a file that cannot be read or parsed, a bad option, an existing output. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
