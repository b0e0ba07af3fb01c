package org.baokan.ui.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.baokan.export.PrintRequest;
import org.baokan.export.Selection;
import org.baokan.render.PaperLayout;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Folders;
import org.baokan.ui.common.Messages;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The print and export dialogs: File → Print… with the system's print dialog and page setup,
 * Print Preview (the very pages that will be printed), File → Export PDF/JSON… with the choice of
 * what to export. All rendering runs in the background.
 */
public final class ExportController {
    private static final double MM_PER_POINT = 25.4 / 72;
    private static final float PREVIEW_DPI = 110;

    private final ExportViewModel vm;
    private final Context context;
    private final Messages m;
    /** The sheet chosen in Page Setup, kept for this session; A4 until then. */
    private PageLayout pageLayout;
    private File lastFolder;

    public ExportController(ExportViewModel vm, Context context) {
        this.vm = vm;
        this.context = context;
        this.m = context.messages();
    }

    /** File → Export PDF… / Export JSON…: what to export, then where. */
    public void export(Window owner, ExportViewModel.Format format) {
        List<ExportViewModel.Option> options = vm.options();
        if (options.isEmpty()) {
            context.state().status().set(m.get("export.nothing"));
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get(format == ExportViewModel.Format.PDF ? "export.pdfTitle" : "export.jsonTitle"));
        d.setHeaderText(m.get("export.what"));
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        for (ExportViewModel.Option o : options) {
            RadioButton r = new RadioButton(o.label());
            r.setId("scope" + o.scope().name());
            r.setUserData(o.scope());
            r.setToggleGroup(group);
            choices.getChildren().add(r);
        }
        group.selectToggle(group.getToggles().get(0));
        Label note = new Label(m.get(format == ExportViewModel.Format.PDF ? "export.pdfNote" : "export.jsonNote"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        note.setMaxWidth(420);
        choices.getChildren().add(note);
        choices.setPadding(new Insets(8, 4, 4, 4));
        d.getDialogPane().setContent(choices);
        ButtonType next = new ButtonType(m.get("export.choose"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        if (d.showAndWait().orElse(null) != next) {
            return;
        }
        ExportViewModel.Scope scope = (ExportViewModel.Scope) group.getSelectedToggle().getUserData();
        vm.select(scope, selection -> chooseAndExport(owner, selection, format));
    }

    private void chooseAndExport(Window owner, Selection selection, ExportViewModel.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(format == ExportViewModel.Format.PDF ? "export.pdfTitle" : "export.jsonTitle"));
        chooser.setInitialFileName(selection.fileName(format.extension()));
        chooser.setInitialDirectory(Folders.initial(lastFolder == null ? null : lastFolder.toPath()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format == ExportViewModel.Format.PDF ? "PDF/A (*.pdf)" : "JSON (*.json)", "*." + format.extension()));
        // the system's save dialog asks before an existing file is replaced
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        if (!f.getName().contains(".")) {
            f = new File(f.getParentFile(), f.getName() + "." + format.extension());
        }
        lastFolder = f.getParentFile();
        vm.export(selection, format, f.toPath(), p -> { });
    }

    /** File → Page Setup…: the sheet for printing and preview. */
    public void pageSetup(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            noPrinter(owner);
            return;
        }
        if (pageLayout != null) {
            job.getJobSettings().setPageLayout(pageLayout);
        }
        if (job.showPageSetupDialog(owner)) {
            pageLayout = job.getJobSettings().getPageLayout();
        }
        job.cancelJob();
    }

    /** File → Print… (Ctrl+P): the system's print dialog, then the article's pages to the chosen printer. */
    public void print(Window owner) {
        if (context.state().article().get() == null) {
            context.state().status().set(m.get("print.noArticle"));
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            if (job != null) {
                job.cancelJob();
            }
            noPrinter(owner);
            return;
        }
        job.getJobSettings().setJobName(m.get("app.title"));
        if (pageLayout != null) {
            job.getJobSettings().setPageLayout(pageLayout);
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout chosen = job.getJobSettings().getPageLayout();
        pageLayout = chosen;
        int from = 0;
        int to = 0;
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        if (ranges != null && ranges.length > 0) {
            from = ranges[0].getStartPage();
            to = ranges[0].getEndPage();
        }
        PrintRequest request = new PrintRequest(job.getPrinter().getName(), paper(chosen),
                job.getJobSettings().getCopies(), from, to, m.get("app.title"));
        // the dialog was the system's; the pages go through the same PDF as export and preview
        job.cancelJob();
        vm.print(request, () -> { });
    }

    /** File → Print Preview: the pages exactly as they will be printed. */
    public void preview(Window owner) {
        if (context.state().article().get() == null) {
            context.state().status().set(m.get("print.noArticle"));
            return;
        }
        vm.renderArticle(pageLayout == null ? PaperLayout.A4 : paper(pageLayout), pdf ->
                context.tasks().run(() -> pages(pdf), images -> showPreview(owner, images), context::failed));
    }

    private static List<Image> pages(byte[] pdf) throws java.io.IOException {
        List<Image> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(SwingFXUtils.toFXImage(r.renderImageWithDPI(i, PREVIEW_DPI), null));
            }
        }
        return out;
    }

    private void showPreview(Window owner, List<Image> images) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.format("print.previewTitle", images.size()));
        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.getStyleClass().add("print-preview");
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setId("printPreview");
        for (Image i : images) {
            ImageView v = new ImageView(i);
            v.setPreserveRatio(true);
            v.setSmooth(true);
            v.fitWidthProperty().bind(scroll.widthProperty().subtract(60).map(w -> Math.min(w.doubleValue(), i.getWidth())));
            v.getStyleClass().add("print-sheet");
            sheets.getChildren().add(v);
        }
        Button print = new Button(m.get("print.print"));
        print.setDefaultButton(true);
        print.setOnAction(e -> {
            stage.close();
            print(owner);
        });
        Button pdf = new Button(m.get("print.toPdf"));
        pdf.setOnAction(e -> {
            stage.close();
            export(owner, ExportViewModel.Format.PDF);
        });
        Button close = new Button(m.get("print.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label count = new Label(m.format("print.pages", images.size()));
        count.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, count, gap, pdf, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("pane-toolbar");
        BorderPane root = new BorderPane(scroll);
        root.setBottom(bar);
        Scene scene = new Scene(root, 760, Math.min(980, owner == null ? 900 : owner.getHeight() - 40));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    /** Without a printer: say so, and offer the PDF instead. */
    private void noPrinter(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(m.get("print.noPrinterTitle"));
        a.setHeaderText(m.get("print.noPrinterTitle"));
        a.setContentText(m.get("print.noPrinter"));
        ButtonType toPdf = new ButtonType(m.get("print.toPdf"), ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(toPdf, ButtonType.CANCEL);
        if (a.showAndWait().orElse(null) == toPdf) {
            export(owner, ExportViewModel.Format.PDF);
        }
    }

    /** The sheet of a JavaFX page layout, in millimetres, turned as the layout says. */
    static PaperLayout paper(PageLayout l) {
        double w = l.getPaper().getWidth() * MM_PER_POINT;
        double h = l.getPaper().getHeight() * MM_PER_POINT;
        boolean landscape = l.getPageOrientation() == PageOrientation.LANDSCAPE
                || l.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        return new PaperLayout(landscape ? h : w, landscape ? w : h, l.getTopMargin() * MM_PER_POINT,
                l.getRightMargin() * MM_PER_POINT, l.getBottomMargin() * MM_PER_POINT, l.getLeftMargin() * MM_PER_POINT);
    }
}
