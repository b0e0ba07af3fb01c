package org.baokan.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Where commands write: the picocli command line's streams, which are UTF-8 whatever the platform's default. */
final class Console {
    private Console() {
    }

    static PrintWriter stdout() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                true);
    }

    static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
                true);
    }

    /** One line on stderr for the user: {@code baokan parse: FILE: the file is empty}. */
    static void error(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
    }

    /** A note for the user on stderr (not an error): {@code baokan: Created the archive …}. */
    static void note(CommandSpec spec, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("baokan: " + message);
        err.flush();
    }

    static void print(CommandSpec spec, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(text);
        out.flush();
    }
}
