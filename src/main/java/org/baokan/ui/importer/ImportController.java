package org.baokan.ui.importer;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.baokan.archive.ImportReport;
import org.baokan.render.IssueText;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Folders;
import org.baokan.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Import from the window: File → Import… (files or a folder) and files dropped on the window; a
 * progress window with Cancel; at the end a summary listing failures and warnings.
 */
public final class ImportController {
    /** The summary lists this many warnings; the rest are counted. */
    private static final int SHOWN_WARNINGS = 200;

    private final ImportViewModel vm;
    private final Context context;
    private final Window owner;
    private Stage progress;
    /** The folder files or a folder were last chosen from: the choosers open there next. */
    private Path lastFolder;

    public ImportController(ImportViewModel vm, Context context, Window owner) {
        this.vm = vm;
        this.context = context;
        this.owner = owner;
        vm.report().addListener((o, old, r) -> {
            if (r != null) {
                summary(r); // the progress window closed when the import stopped running
            }
        });
        vm.running().addListener((o, was, running) -> {
            if (!running) {
                closeProgress();
            }
        });
    }

    /** The import this controller runs: its report and the page it offers to open. */
    public ImportViewModel model() {
        return vm;
    }

    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.messages().get("import.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(context.messages().get("import.pages"), "*.txt"));
        chooser.setInitialDirectory(Folders.initial(lastFolder));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            lastFolder = files.get(0).toPath().toAbsolutePath().getParent();
            start(files.stream().map(File::toPath).toList());
        }
    }

    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(context.messages().get("import.chooseFolder"));
        chooser.setInitialDirectory(Folders.initial(lastFolder));
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            lastFolder = dir.toPath().toAbsolutePath().getParent();
            start(List.of(dir.toPath()));
        }
    }

    /** Imports files and folders (also those dropped on the window). */
    public void start(List<Path> paths) {
        if (vm.running().get()) {
            context.state().status().set(context.messages().get("import.busy"));
            return;
        }
        if (vm.start(paths)) {
            showProgress();
        }
    }

    private void showProgress() {
        Messages m = context.messages();
        progress = new Stage();
        progress.initOwner(owner);
        progress.initModality(Modality.NONE);
        progress.setTitle(m.get("import.title"));
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(380);
        bar.progressProperty().bind(vm.progress());
        Label message = new Label();
        message.setId("importMessage");
        message.textProperty().bind(vm.message());
        Button cancel = new Button(m.get("import.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> vm.cancel());
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(16));
        progress.setScene(new Scene(box));
        if (owner != null && owner.getScene() != null) {
            progress.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        progress.setOnCloseRequest(e -> vm.cancel());
        progress.show();
    }

    private void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    private void summary(ImportReport r) {
        summaryDialog(r).show();
    }

    /**
     * The summary: what was done in the dialog's body, then the failures, conflicts and warnings;
     * when pages were added, a button opens the newest of them.
     */
    Alert summaryDialog(ImportReport r) {
        Messages m = context.messages();
        ImportViewModel.Imported target = vm.imported().get();
        // a page that prints no page number is named by its file, not as "第page.txt版"
        ButtonType open = target == null ? null : new ButtonType(m.format(
                target.page().label() != null || target.page().frontPage() ? "import.open" : "import.openFile",
                IssueText.paper(target.issue().paper(), m.bundle()), target.issue().date() == null
                        ? m.get("render.dateUnknown") : target.issue().date().toString(), target.page().displayName()),
                ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(r.failed().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "");
        a.getButtonTypes().setAll(open == null ? List.of(ButtonType.OK) : List.of(open, ButtonType.CLOSE));
        a.initOwner(owner);
        a.setTitle(m.get("import.title"));
        a.setHeaderText(null);
        Label said = new Label(m.format(r.cancelled() ? "import.summaryCancelled" : "import.summary", r.imported(),
                r.skipped(), r.conflicts().size(), r.failed().size(), r.warnings().size()));
        said.setId("importSummary");
        said.setWrapText(true);
        said.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(10, said);
        StringBuilder details = new StringBuilder();
        r.failed().forEach(f -> details.append(m.format("import.failed", f.file(), m.failure(f))).append('\n'));
        r.conflicts().forEach(c -> details.append(m.format("import.conflict", c.file(), c.existingFile())).append('\n'));
        int shown = 0;
        for (ImportReport.FileWarning w : r.warnings()) {
            if (shown++ == SHOWN_WARNINGS) {
                details.append(m.format("import.moreWarnings", r.warnings().size() - SHOWN_WARNINGS)).append('\n');
                break;
            }
            details.append(m.format("import.warning", w.file(), m.warning(w.warning()))).append('\n');
        }
        if (details.length() > 0) {
            TextArea area = new TextArea(details.toString());
            area.setId("importDetails");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefSize(640, 300);
            body.getChildren().add(area);
        }
        a.getDialogPane().setContent(body);
        a.getDialogPane().setPrefWidth(680);
        if (open != null) {
            ((Button) a.getDialogPane().lookupButton(open)).setId("importOpen");
            a.resultProperty().addListener((o, old, b) -> {
                if (b == open) {
                    vm.openImported();
                }
            });
        }
        return a;
    }
}
