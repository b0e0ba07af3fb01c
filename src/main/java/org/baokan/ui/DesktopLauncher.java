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
     * @return the exit code: 0, or 1 when a self-check failed
     */
    public static int launch(List<String> args, Consumer<String> report) {
        BaokanApp.report(report);
        BaokanApp.prepare(args);
        Application.launch(BaokanApp.class, args.toArray(String[]::new));
        return BaokanApp.exitCode();
    }
}
