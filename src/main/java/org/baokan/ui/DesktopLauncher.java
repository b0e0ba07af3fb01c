package org.baokan.ui;

import javafx.application.Application;

import java.util.List;
import java.util.function.Consumer;

/** Starts the JavaFX desktop reader. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    /**
     * Opens the window and returns when it is closed.
     *
     * @param args   the desktop's options ({@code --db=PATH}, {@code --self-check}, {@code --bench-articles=N})
     * @param report receives the lines a self-check prints
     * @return the exit code: 0, or 1 when a self-check failed or the window could not open
     */
    public static int launch(List<String> args, Consumer<String> report) {
        BaokanApp.report(report);
        BaokanApp.prepare(args);
        try {
            Application.launch(BaokanApp.class, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            // the window could not open (no display, no GTK): say why in one line, in the reader's language
            var why = ToolkitFailure.here().explain(e, BaokanApp.launchMessages());
            if (why.isEmpty()) {
                throw e;
            }
            System.err.println("baokan: " + why.get());
            return 1;
        }
        return BaokanApp.exitCode();
    }
}
