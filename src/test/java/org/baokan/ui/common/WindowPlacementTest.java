package org.baokan.ui.common;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window fits the screen it opens on. */
class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final double NONE = Double.NaN;

    private static void within(Rectangle2D w, Rectangle2D screen) {
        assertThat(w.getMinX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getMinY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(w.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void theDefault1600By1000ShrinksToALaptopScreenAndStaysOnIt() {
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(NONE, NONE, 1600, 1000), List.of(LAPTOP), LAPTOP);
        assertThat(w).isEqualTo(new Rectangle2D(0, 0, 1280, 800));
    }

    @Test
    void aSmallerWindowIsCentredWhenNoPlaceWasSaved() {
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(NONE, NONE, 1000, 600), List.of(LAPTOP), LAPTOP);
        assertThat(w).isEqualTo(new Rectangle2D(140, 100, 1000, 600));
    }

    @Test
    void aVisualBoundsBelowATopPanelIsRespected() {
        Rectangle2D below = new Rectangle2D(0, 27, 1280, 773);
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(-160, -67, 1600, 1000), List.of(below), below);
        within(w, below);
        assertThat(w.getHeight()).isEqualTo(773);
    }

    @Test
    void aPlacePartlyOffTheScreenIsPushedBackOntoIt() {
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(900, 500, 800, 600), List.of(LAPTOP), LAPTOP);
        within(w, LAPTOP);
        assertThat(w.getWidth()).isEqualTo(800);
        assertThat(w.getHeight()).isEqualTo(600);
    }

    @Test
    void aPlaceOnASecondScreenStaysThere() {
        Rectangle2D second = new Rectangle2D(1280, 0, 1920, 1080);
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(1500, 100, 1600, 900), List.of(LAPTOP, second), LAPTOP);
        assertThat(w).isEqualTo(new Rectangle2D(1500, 100, 1600, 900));
    }

    @Test
    void aPlaceOnAScreenNoLongerAttachedMovesToThePrimaryScreen() {
        Rectangle2D w = WindowPlacement.fit(new Rectangle2D(2000, 100, 1600, 900), List.of(LAPTOP), LAPTOP);
        within(w, LAPTOP);
        assertThat(w.getWidth()).isEqualTo(1280);
    }
}
