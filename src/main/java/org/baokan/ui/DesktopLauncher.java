package org.baokan.ui;

import javafx.application.Application;

/** Starts the JavaFX desktop reader. */
public final class DesktopLauncher {
    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(BaokanApp.class, args);
    }
}
