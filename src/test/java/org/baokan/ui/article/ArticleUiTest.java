package org.baokan.ui.article;

import javafx.scene.input.KeyCode;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

/** The article pane: text size by keyboard. */
class ArticleUiTest extends ReaderUiBase {

    @Test
    void ctrlPlusAndCtrlZeroZoomTheText() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitFor(() -> window().article().zoom().get() > 1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitFor(() -> window().article().zoom().get() == 1.0);
    }
}
