package org.baokan.ui.common;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Where the window opens: its saved size and place, made to fit the visual bounds (the screen
 * without task bars) of the screen it opens on. A place on no screen still attached moves to
 * the primary screen; a size larger than the screen shrinks to it (decision 0022).
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * The window's bounds.
     *
     * @param saved   the saved bounds; a NaN x or y means no saved place (centre it)
     * @param screens the visual bounds of the screens attached
     * @param primary the visual bounds of the primary screen
     */
    public static Rectangle2D fit(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
        boolean placed = !Double.isNaN(saved.getMinX()) && !Double.isNaN(saved.getMinY());
        Rectangle2D screen = primary;
        if (placed) {
            double cx = saved.getMinX() + saved.getWidth() / 2;
            double cy = saved.getMinY() + saved.getHeight() / 2;
            for (Rectangle2D s : screens) {
                if (s.contains(cx, cy)) {
                    screen = s;
                }
            }
            if (screen == primary && !primary.contains(cx, cy)) {
                placed = false; // its screen is gone
            }
        }
        double w = Math.min(saved.getWidth(), screen.getWidth());
        double h = Math.min(saved.getHeight(), screen.getHeight());
        double x = placed ? saved.getMinX() : screen.getMinX() + (screen.getWidth() - w) / 2;
        double y = placed ? saved.getMinY() : screen.getMinY() + (screen.getHeight() - h) / 2;
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
