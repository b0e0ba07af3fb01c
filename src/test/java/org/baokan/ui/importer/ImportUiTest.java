package org.baokan.ui.importer;

import javafx.application.Platform;
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
        Platform.runLater(() -> ((Stage) details.getScene().getWindow()).close());
    }
}
