package org.baokan.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a window's opening size lost to the window manager (not a reader's resizing). */
class OpeningSizeTest {

    @Test
    void theTwoHundredPixelWindowGtkLeavesUnderSomeWindowManagersIsALostSize() {
        assertThat(OpeningSize.lost(1280, 770, 200, 200)).isTrue();
        assertThat(OpeningSize.lost(1600, 1000, 1600, 200)).isTrue();
    }

    @Test
    void aWindowManagerFittingTheWindowAndItsFrameToTheScreenIsNot() {
        assertThat(OpeningSize.lost(1280, 800, 1276, 775)).isFalse();
        assertThat(OpeningSize.lost(1280, 800, 1280, 800)).isFalse();
        assertThat(OpeningSize.lost(1600, 1000, 820, 520)).isFalse();
    }
}
