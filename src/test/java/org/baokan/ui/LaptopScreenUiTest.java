package org.baokan.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window fits the screen it opens on. The tests' screen is 1600×1000 (the pom's
 * {@code headless.geometry}); run with {@code -Dsurefire.fx.args=...-Dheadless.geometry=1280x800-32...}
 * for a laptop's screen, where the default 1600×1000 window used to reach off it.
 */
class LaptopScreenUiTest extends ReaderUiBase {

    @Test
    void theWindowLiesWithinTheScreensVisualBounds() throws Exception {
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        Window w = fx(() -> window().root().getScene().getWindow());
        Rectangle2D bounds = fx(() -> new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
        assertThat(bounds.getMinX()).as("%s on %s", bounds, screen).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(bounds.getMinY()).as("%s on %s", bounds, screen).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(bounds.getMaxX()).as("%s on %s", bounds, screen).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(bounds.getMaxY()).as("%s on %s", bounds, screen).isLessThanOrEqualTo(screen.getMaxY());
    }
}
