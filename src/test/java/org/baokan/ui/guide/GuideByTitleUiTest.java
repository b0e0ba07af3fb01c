package org.baokan.ui.guide;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 今日导读 entry that prints no page number (集裝箱餐饮特色小镇火爆开街, on the front page of
 * 2020-05-12) leads to the story of its title once the page holding it is imported from the
 * window, whatever page that is; before, it only said it could not be found.
 */
class GuideByTitleUiTest extends ReaderUiBase {

    @Test
    void anEntryWithoutAPageNumberOpensTheStoryOfItsTitleImportedLater() throws Exception {
        robot.clickOn("#nextIssue");
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        robot.clickOn("#prevIssue");
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        robot.clickOn(cellContaining("#guideList", "火爆开街"));
        Label notice = robot.lookup("#guideNotice").queryAs(Label.class);
        waitFor(() -> notice.isVisible() && notice.getText().equals("导读未注明版次，无法找到这篇文章。"));

        // page 04 of that issue, with its masthead line, imported as a reader would
        Path folder = Files.createDirectories(dataDir().resolve("p04"));
        Path page = folder.resolve("gaoxin-2020-05-12-p04.txt");
        try (InputStream in = GuideByTitleUiTest.class.getResourceAsStream("/archive/gaoxin-2020-05-12-p04.txt")) {
            Files.writeString(page, "济宁高新新闻 2020年05月12日\n\n" + new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        Platform.runLater(() -> window().importer().start(List.of(folder)));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#importSummary") != null));
        var report = fx(() -> window().importer().model().report().get());
        assertThat(report.imported()).as(String.valueOf(report)).isEqualTo(1);
        Platform.runLater(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#importSummary") != null).findFirst().ifPresent(Window::hide));

        ListView<?> guide = robot.lookup("#guideList").queryAs(ListView.class);
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()) && !guide.getItems().isEmpty());
        robot.clickOn(cellContaining("#guideList", "火爆开街"));
        showArticleTitled("集装箱餐饮特色小镇 火爆开街");
        waitFor(() -> "04".equals(state().page().get().label().number()));
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        assertThat(fx(notice::isVisible)).as("no notice: the entry was found").isFalse();
    }
}
