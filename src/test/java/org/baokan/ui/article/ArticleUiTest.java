package org.baokan.ui.article;

import javafx.scene.input.KeyCode;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The article pane: text size by keyboard. */
class ArticleUiTest extends ReaderUiBase {

    @Test
    void ctrlPlusAndCtrlZeroZoomTheText() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitFor(() -> window().article().zoom().get() > 1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitFor(() -> window().article().zoom().get() == 1.0);
    }

    @Test
    void headlinesAreSetOnBalancedLinesWithoutALoneCharacter() throws Exception {
        List<String> bad = new ArrayList<>();
        for (double[] widths : new double[][]{{0.13, 0.53, 0.86}, {0.13, 0.60, 0.86}, {0.13, 0.45, 0.86}}) {
            dividers(widths);
            for (double zoom : new double[]{1.0, 1.3}) {
                fx(() -> {
                    window().article().zoom().set(zoom);
                    return null;
                });
                everyArticleOfTheIssue(bad, "pane at " + widths[1] + "–" + widths[2] + ", zoom " + zoom);
            }
        }
        fx(() -> {
            window().article().zoom().set(1.0);
            return null;
        });
        assertThat(bad).isEmpty();
    }

    /** Opens every article of the issue shown in turn, and notes each headline badly broken. */
    private void everyArticleOfTheIssue(List<String> bad, String where) throws Exception {
        ArticleViewModel.Loaded shown = painted();
        while (shown.previous() != null) {
            shown = open(shown.previous().id());
        }
        while (true) {
            for (List<String> headline : lines(article(), "#kicker, #title, #subtitle")) {
                String why = badlyBroken(headline);
                if (why != null) {
                    bad.add(shown.article().article().displayTitle() + " (" + where + "): " + why);
                }
            }
            if (shown.next() == null) {
                return;
            }
            shown = open(shown.next().id());
        }
    }

    private ArticleViewModel.Loaded open(long id) throws Exception {
        fx(() -> {
            state().openArticle(id, null);
            return null;
        });
        waitFor(() -> window().article().current().get() != null && window().article().current().get().article().id() == id);
        return painted();
    }

    /** The article shown, once its document is painted. */
    private ArticleViewModel.Loaded painted() throws Exception {
        waitFor(() -> window().article().current().get() != null
                && window().article().html().get().equals(article().painted()));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> window().article().current().get());
    }
}
