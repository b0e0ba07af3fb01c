package org.baokan.ui.archive;

import javafx.scene.input.KeyCode;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive navigator: previous and next issue, by keyboard. */
class ArchiveNavigatorUiTest extends ReaderUiBase {

    @Test
    void theArticlePaneFollowsThePreviousIssue() throws Exception {
        clickIn(page(), "Array.from(document.querySelectorAll('.story .title')).find(function(t){"
                + "return t.textContent==='聚焦民生重点 提升服务质量';})");
        showArticleTitled("聚焦民生重点 提升服务质量");
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        assertThat(inStep(10)).as(panes()).isTrue();
        // and back: the pane follows the newer issue again
        robot.clickOn("#nextIssue");
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        assertThat(inStep(10)).as(panes()).isTrue();
    }

    @Test
    void choosingAPaperOpensItsNewestIssue() throws Exception {
        robot.clickOn(cellContaining("#paperList", "未印报名"));
        waitFor(() -> state().issue().get().paper() == null);
        assertThat(fx(() -> state().issue().get().date())).isEqualTo(LocalDate.of(2019, 8, 4));
        assertThat(inStep(10)).as(panes()).isTrue();
        robot.clickOn(cellContaining("#paperList", "济宁高新新闻"));
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        assertThat(inStep(10)).as(panes()).isTrue();
    }

    @Test
    void altArrowsMoveBetweenIssues() throws Exception {
        LocalDate before = fx(() -> state().issue().get().date());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor(() -> !before.equals(state().issue().get().date()));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor(() -> before.equals(state().issue().get().date()));
    }
}
