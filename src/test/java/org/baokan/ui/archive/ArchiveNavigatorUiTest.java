package org.baokan.ui.archive;

import javafx.scene.input.KeyCode;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The archive navigator: previous and next issue, by keyboard. */
class ArchiveNavigatorUiTest extends ReaderUiBase {

    @Test
    void altArrowsMoveBetweenIssues() throws Exception {
        LocalDate before = fx(() -> state().issue().get().date());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor(() -> !before.equals(state().issue().get().date()));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor(() -> before.equals(state().issue().get().date()));
    }
}
