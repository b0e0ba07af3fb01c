package org.baokan.ui.guide;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The 今日导读 sidebar and the guide box on the front page: entries lead to their article or say why not. */
class GuideUiTest extends ReaderUiBase {

    @Test
    void aGuideEntryLeadsToItsArticleOrSaysItsPageIsNotInTheArchive() throws Exception {
        robot.clickOn("#prevIssue");
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        ListView<?> guide = robot.lookup("#guideList").queryAs(ListView.class);
        waitFor(() -> guide.getItems().size() == 3);
        robot.clickOn(cellContaining("#guideList", "全心全力保校园平安"));
        showArticleTitled("全心全力保校园平安");
        waitFor(() -> "02".equals(state().page().get().label().number()));
        robot.clickOn(cellContaining("#guideList", "现场观摩"));
        Label notice = robot.lookup("#guideNotice").queryAs(Label.class);
        waitFor(() -> notice.isVisible() && notice.getText().equals("第03版未收入档案，无法打开这篇文章。"));
        // the same from the 今日导读 box on the front page itself
        robot.clickOn("#page-" + fx(() -> state().issue().get().pages().get(0).id()));
        waitFor(() -> state().page().get().frontPage() && page().paints().get() > 0
                && Boolean.TRUE.equals(page().script("!!document.getElementById('guide')")));
        clickIn(page(), "Array.from(document.querySelectorAll('#guide .entry')).find(function(e){"
                + "return e.textContent.indexOf('火爆开街')>=0;})");
        waitFor(() -> notice.getText().equals("导读未注明版次，无法找到这篇文章。"));
    }
}
