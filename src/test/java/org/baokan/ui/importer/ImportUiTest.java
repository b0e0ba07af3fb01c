package org.baokan.ui.importer;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Import from the window: the summary names the files that failed, in the reader's language. */
class ImportUiTest extends ReaderUiBase {

    @Test
    void importFromTheWindowEndsWithASummaryOfFailures() throws Exception {
        Path folder = Files.createDirectories(dataDir().resolve("to-import"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.copy(Path.of("seeds/003_2a2e104cf04f8ed9.txt"), folder.resolve("again.txt"));
        Platform.runLater(() -> window().importer().start(List.of(folder)));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#importDetails") != null));
        TextArea details = (TextArea) fx(() -> Window.getWindows().stream()
                .map(w -> w.getScene().lookup("#importDetails")).filter(Objects::nonNull).findFirst().orElseThrow());
        assertThat(details.getText()).contains("empty.txt", "文件是空的").doesNotContain("the file is empty");
        assertThat(fx(() -> details.getScene().lookup("#importOpen"))).as("nothing new to open").isNull();
        Platform.runLater(() -> ((Stage) details.getScene().getWindow()).close());
    }

    @Test
    void theSummaryStandsInTheBodyAndOffersToOpenWhatWasImported() throws Exception {
        Path folder = Files.createDirectories(dataDir().resolve("new-page"));
        Files.copy(Path.of("src/test/resources/corpus/pages/001_hsnews_20120114_haishu_partycongress.txt"),
                folder.resolve("001_hsnews_20120114_haishu_partycongress.txt")); // its date is in its name
        long before = fx(() -> state().issue().get().id());
        Platform.runLater(() -> window().importer().start(List.of(folder)));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#importOpen") != null));
        DialogPane pane = (DialogPane) fx(() -> Window.getWindows().stream()
                .map(w -> w.getScene().lookup(".dialog-pane")).filter(n -> n instanceof DialogPane d
                        && d.lookup("#importOpen") != null).findFirst().orElseThrow());
        assertThat(fx(pane::getHeaderText)).as("no header: the summary is the body").isNull();
        Label said = (Label) fx(() -> pane.lookup("#importSummary"));
        assertThat(fx(() -> said.getText())).contains("导入 1 版");
        assertThat(fx(() -> pane.getContent().lookup("#importSummary"))).isSameAs(said);
        Button open = (Button) fx(() -> pane.lookup("#importOpen"));
        var report = fx(() -> window().importer().model().report().get());
        assertThat(report.pageIds()).hasSize(1);
        assertThat(fx(open::getText)).startsWith("打开 ").contains("2012-01-14").doesNotContain(".txt版");
        robot.clickOn(open);
        waitFor(() -> state().page().get() != null && state().page().get().id() == report.pageIds().get(0)
                && state().issue().get().id() != before);
        assertThat(fx(() -> state().issue().get().date())).isEqualTo(java.time.LocalDate.of(2012, 1, 14));
        assertThat(fx(() -> state().screen().get())).isEqualTo(org.baokan.ui.common.Screen.PAGE);
    }

    @Test
    void ofAnIssueImportedPageByPageTheSummaryOffersItsFrontPage() throws Exception {
        Path folder = Files.createDirectories(dataDir().resolve("issue-2021-03-05"));
        String story = new String(ImportUiTest.class.getResourceAsStream("/archive/gaoxin-2020-05-12-p04.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String body = story.substring(story.indexOf('\n') + 1); // without its page line
        // imported in this order: page 01 first, page 02 last
        Files.writeString(folder.resolve("1.txt"), "济宁高新新闻 2021年03月05日\n\n01 要闻\n" + body);
        Files.writeString(folder.resolve("2.txt"), "济宁高新新闻 2021年03月05日\n\n02 综合\n" + body.replace("集装箱", "旧厂房"));
        Platform.runLater(() -> window().importer().start(List.of(folder)));
        waitFor(() -> window().importer().model().report().get() != null
                && window().importer().model().report().get().pageIds().size() == 2);
        var offered = fx(() -> window().importer().model().imported().get());
        assertThat(offered.issue().date()).isEqualTo(java.time.LocalDate.of(2021, 3, 5));
        assertThat(offered.page().displayName()).as("the front page, not the page added last").startsWith("01");
        Platform.runLater(() -> Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getScene() != null
                && st.getScene().lookup("#importSummary") != null).findFirst().ifPresent(Window::hide));
    }
}
