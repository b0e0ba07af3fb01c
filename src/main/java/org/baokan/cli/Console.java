package org.baokan.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8, whatever the platform's default. */
final class Console {
    static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private Console() {
    }

    /** One line on stderr for the user: {@code baokan: parse: FILE: the file is empty}. */
    static void error(String command, String message) {
        ERR.println("baokan: " + command + ": " + message);
    }
}
