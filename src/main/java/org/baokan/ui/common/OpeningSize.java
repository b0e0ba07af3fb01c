package org.baokan.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;

/**
 * Puts back the size a window was opened at when the window manager takes it away just after
 * the window is shown. JavaFX 21's GTK backend loses the size asked for under some window
 * managers: under openbox every window ends at 200×200 a few hundred milliseconds after
 * {@code show()} (JDK-8316423 is the same with newer GNOME; fixed in JavaFX 22, which needs a
 * newer JDK than ours). Only a size lost in the first seconds, and less than half of what was
 * asked, is put back, a few times at most: a reader resizing the window is never fought.
 */
public final class OpeningSize {
    /** How long after showing a lost size is put back. */
    static final long GRACE_NANOS = 3_000_000_000L;
    /** How many times it is put back at most. */
    static final int ATTEMPTS = 5;

    private OpeningSize() {
    }

    /** Keeps the stage at {@code width}×{@code height} through its first seconds on screen; call before {@code show()}. */
    public static void keep(Stage stage, double width, double height) {
        long[] shownAt = {-1};
        int[] attempts = {0};
        boolean[] queued = {false};
        InvalidationListener[] self = new InvalidationListener[1];
        self[0] = o -> {
            if (shownAt[0] < 0) {
                return;
            }
            if (System.nanoTime() - shownAt[0] >= GRACE_NANOS || attempts[0] >= ATTEMPTS) {
                stage.widthProperty().removeListener(self[0]); // its time is over: the reader's window from now on
                stage.heightProperty().removeListener(self[0]);
                return;
            }
            if (!queued[0] && lost(width, height, stage.getWidth(), stage.getHeight())) {
                queued[0] = true; // one put-back for a width and a height lost together
                attempts[0]++;
                Platform.runLater(() -> {
                    queued[0] = false;
                    if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified()
                            && lost(width, height, stage.getWidth(), stage.getHeight())) {
                        stage.setWidth(width);
                        stage.setHeight(height);
                    }
                });
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            shownAt[0] = System.nanoTime();
            self[0].invalidated(null);
        });
        stage.widthProperty().addListener(self[0]);
        stage.heightProperty().addListener(self[0]);
    }

    /** Whether a window asked to be {@code askedW}×{@code askedH} has lost that size: less than half of it either way. */
    static boolean lost(double askedW, double askedH, double w, double h) {
        return w < askedW / 2 || h < askedH / 2;
    }
}
