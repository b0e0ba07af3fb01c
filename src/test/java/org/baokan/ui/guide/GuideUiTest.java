package org.baokan.ui.guide;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 今日导读 sidebar and the guide box on the front page: entries lead to their article or say why not. */
class GuideUiTest extends ReaderUiBase {

    @Test
    void afterAGuideEntryTheArticlePaneBelongsToTheIssueShown() throws Exception {
        robot.clickOn("#nextIssue"); // back to the newest issue, wherever the test before left it
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        clickIn(page(), "Array.from(document.querySelectorAll('.story .title')).find(function(t){"
                + "return t.textContent==='聚焦民生重点 提升服务质量';})");
        showArticleTitled("聚焦民生重点 提升服务质量");
        robot.clickOn("#prevIssue");
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        robot.clickOn(cellContaining("#guideList", "现场观摩")); // its page is not in the archive
        Label notice = robot.lookup("#guideNotice").queryAs(Label.class);
        waitFor(() -> notice.isVisible() && notice.getText().startsWith("第03版未收入档案"));
        assertThat(inStep(10)).as(panes()).isTrue();
        robot.clickOn(cellContaining("#guideList", "全心全力保校园平安")); // on page 02
        showArticleTitled("全心全力保校园平安");
        assertThat(inStep(10)).as(panes()).isTrue();
    }

    @Test
    void anIssueWithoutAGuideSaysSoInOneLineAndGivesItsRoomToThePagesTitles() throws Exception {
        robot.clickOn("#viewPage");
        robot.clickOn("#nextIssue"); // 2020-09-11 prints no 今日导读
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        Node pane = robot.lookup("#guidePane").query();
        ListView<?> guide = robot.lookup("#guideList").queryAs(ListView.class);
        ListView<?> titles = robot.lookup("#pageTitles").queryAs(ListView.class);
        waitFor(() -> guide.getItems().isEmpty() && !titles.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label none = (Label) robot.from(pane).lookup((Node n) -> n instanceof Label l && "本期没有导读".equals(l.getText())
                && l.isVisible()).query();
        assertThat(fx(() -> !guide.isVisible() || guide.getHeight() < 2 * none.getHeight()))
                .as("the guide list shows no empty box").isTrue();
        assertThat(fx(() -> titles.getHeight())).as("本版标题 gets the room").isGreaterThan(
                fx(() -> pane.getLayoutBounds().getHeight()) * 0.7);
        // an issue with a guide shows its entries again
        robot.clickOn("#prevIssue");
        waitFor(() -> guide.getItems().size() == 3 && guide.isVisible() && !none.isVisible());
    }

    @Test
    void thePagesTitlesAndTheGuidesEntriesAreShownWhole() throws Exception {
        robot.clickOn("#viewPage");
        robot.clickOn("#nextIssue");
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        ListView<?> titles = robot.lookup("#pageTitles").queryAs(ListView.class);
        waitFor(() -> titles.getItems().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertShownWhole(titles, 7);
        robot.clickOn("#prevIssue"); // 2020-05-12 has a 今日导读 with long kickers
        ListView<?> guide = robot.lookup("#guideList").queryAs(ListView.class);
        waitFor(() -> guide.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertShownWhole(guide, 3);
    }

    /** No label of the list is cut short, every row has its cell, and each cell is as tall as what it holds. */
    private void assertShownWhole(ListView<?> list, int rows) throws Exception {
        assertThat(fx(() -> truncated(list))).as("cut short").isEmpty();
        List<ListCell<?>> cells = fx(() -> robot.from(list).lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).<ListCell<?>>map(n -> (ListCell<?>) n).toList());
        assertThat(cells).as("every row has its cell").hasSize(rows);
        for (ListCell<?> c : cells) {
            assertThat(fx(() -> c.getHeight() + 0.5 >= c.getGraphic().getBoundsInParent().getMaxY()))
                    .as("the cell holds its lines: " + c.getItem()).isTrue();
            // and breaks a long title as the page does, with no character alone on a line
            for (Node n : fx(() -> List.<Node>copyOf(robot.from(c).lookup(".label").queryAll()))) {
                String text = ((Label) n).getText();
                assertThat(badlyBroken(List.of(text.split("\n")))).as(text).isNull();
            }
        }
    }

    @Test
    void aNoticeClearsWhenTheReaderMovesOnToSearchOrTimelines() throws Exception {
        Label notice = robot.lookup("#guideNotice").queryAs(Label.class);
        Label status = robot.lookup("#status").queryAs(Label.class);
        for (String screen : new String[]{"#viewSearch", "#viewTimeline"}) {
            robot.clickOn("#viewPage");
            robot.clickOn("#nextIssue");
            waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
            robot.clickOn("#prevIssue");
            waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
            robot.clickOn(cellContaining("#guideList", "现场观摩"));
            waitFor(() -> notice.isVisible() && notice.getText().startsWith("第03版未收入档案")
                    && status.getText().startsWith("第03版未收入档案"));
            robot.clickOn(screen);
            waitFor(() -> !notice.isVisible() && status.getText().isEmpty());
        }
    }

    @Test
    void aGuideEntryLeadsToItsArticleOrSaysItsPageIsNotInTheArchive() throws Exception {
        robot.clickOn("#nextIssue");
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
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
        assertThat(inStep(10)).as(panes()).isTrue(); // the front page's lead story has followed it
        clickIn(page(), "Array.from(document.querySelectorAll('#guide .entry')).find(function(e){"
                + "return e.textContent.indexOf('火爆开街')>=0;})");
        waitFor(() -> notice.getText().equals("导读未注明版次，无法找到这篇文章。"));
    }
}
