package org.baokan.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Puts back the size a window was opened at when the window manager takes it away just after
 * the window is shown. JavaFX 21's GTK backend loses the size asked for under some window
 * managers: under openbox every window ends at 200×200 a few hundred milliseconds after
 * {@code show()} (JDK-8316423 is the same with newer GNOME; fixed in JavaFX 22, which needs a
 * newer JDK than ours). Only a size lost in the first seconds, and less than half of what was
 * asked, is put back, a few times at most: a reader resizing the window is never fought.
 */
public final class OpeningSize implements InvalidationListener {
    /** How long after showing a lost size is put back. */
    static final long GRACE_NANOS = 3_000_000_000L;
    /** How many times it is put back at most. */
    static final int ATTEMPTS = 5;

    private final Stage stage;
    private final double width;
    private final double height;
    private long shownAt = -1;
    private int attempts;
    /** A put-back is waiting for the FX thread: a width and a height lost together make one. */
    private boolean queued;

    private OpeningSize(Stage stage, double width, double height) {
        this.stage = stage;
        this.width = width;
        this.height = height;
    }

    /** Keeps the stage at {@code width}×{@code height} through its first seconds on screen; call before {@code show()}. */
    public static void keep(Stage stage, double width, double height) {
        OpeningSize keeper = new OpeningSize(stage, width, height);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            keeper.shownAt = System.nanoTime();
            keeper.invalidated(null);
        });
        stage.widthProperty().addListener(keeper);
        stage.heightProperty().addListener(keeper);
    }

    @Override
    public void invalidated(Observable o) {
        if (shownAt < 0) {
            return;
        }
        if (System.nanoTime() - shownAt >= GRACE_NANOS || attempts >= ATTEMPTS) {
            stage.widthProperty().removeListener(this); // its time is over: the reader's window from now on
            stage.heightProperty().removeListener(this);
            return;
        }
        if (!queued && lostNow()) {
            queued = true;
            attempts++;
            Platform.runLater(() -> {
                queued = false;
                if (!stage.isMaximized() && !stage.isFullScreen() && !stage.isIconified() && lostNow()) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            });
        }
    }

    private boolean lostNow() {
        return lost(width, height, stage.getWidth(), stage.getHeight());
    }

    /** Whether a window asked to be {@code askedW}×{@code askedH} has lost that size: less than half of it either way. */
    static boolean lost(double askedW, double askedH, double w, double h) {
        return w < askedW / 2 || h < askedH / 2;
    }
}
