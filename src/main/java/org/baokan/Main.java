package org.baokan;

import org.baokan.cli.BaokanCommand;
import org.baokan.ui.DesktopLauncher;

/**
 * Entry point. Without arguments Baokan Reader opens the desktop reader; with a subcommand it is
 * a command-line tool ({@code baokan parse FILE}, {@code baokan --version}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = BaokanCommand.run((options, out) -> DesktopLauncher.launch(options, line -> {
                out.println(line);
                out.flush();
            }), args);
        } catch (Throwable t) {
            // never a stack trace for the user: one line, and the exit code of an internal error
            System.err.println("baokan: internal error: " + t);
            code = 1;
        }
        if (code != 0 || args.length > 0) {
            System.exit(code);
        }
    }
}
