package org.baokan.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.baokan.model.IssueInfo;
import org.baokan.render.IssueText;
import org.baokan.ui.archive.ArchiveNavigatorView;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.article.ArticleView;
import org.baokan.ui.article.ArticleViewModel;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.Settings;
import org.baokan.ui.export.ExportController;
import org.baokan.ui.export.ExportViewModel;
import org.baokan.ui.frontpage.FrontPageView;
import org.baokan.ui.frontpage.FrontPageViewModel;
import org.baokan.ui.guide.GuideView;
import org.baokan.ui.guide.GuideViewModel;
import org.baokan.ui.importer.ImportController;
import org.baokan.ui.importer.ImportViewModel;
import org.baokan.ui.search.SearchView;
import org.baokan.ui.search.SearchViewModel;
import org.baokan.ui.timeline.TimelineView;
import org.baokan.ui.timeline.TimelineViewModel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The main window: menus and toolbar; the archive navigator, the centre (front-page layout view,
 * timelines or search), the article pane and the 今日导读 sidebar side by side in resizable panes;
 * a status bar. Keyboard shortcuts as in DESIGN.md; files dropped on the window are imported.
 */
public final class MainWindow {

    /** What the window asks of the application. */
    public interface Host {
        void openSettings();

        void quit();

        String version();
    }

    private final Context context;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final ArchiveNavigatorViewModel navigator;
    private final FrontPageViewModel frontPage;
    private final ArticleViewModel article;
    private final GuideViewModel guide;
    private final TimelineViewModel timeline;
    private final SearchViewModel search;
    private final ImportViewModel importer;
    private final ArchiveNavigatorView navigatorView;
    private final FrontPageView frontPageView;
    private final ArticleView articleView;
    private final GuideView guideView;
    private final StackPane centre;
    /** Built when first shown: a reader who never opens them does not wait for them at start-up. */
    private TimelineView timelineView;
    private SearchView searchView;
    private final CheckMenuItem showArchive = new CheckMenuItem();
    private final CheckMenuItem showGuide = new CheckMenuItem();
    private final Host host;
    /** The dividers' places with all four panes shown. */
    private final double[] dividers = new double[3];
    private ImportController importController;
    private final ExportViewModel exporter;
    private ExportController exportController;
    /** Help → Keyboard shortcuts, while it is open. */
    private Alert shortcutsDialog;

    public MainWindow(Context context, Settings settings, Host host) {
        this.context = context;
        this.host = host;
        Messages m = context.messages();
        navigator = new ArchiveNavigatorViewModel(context);
        frontPage = new FrontPageViewModel(context);
        article = new ArticleViewModel(context);
        guide = new GuideViewModel(context);
        timeline = new TimelineViewModel(context);
        search = new SearchViewModel(context);
        importer = new ImportViewModel(context);
        exporter = new ExportViewModel(context);

        navigatorView = new ArchiveNavigatorView(navigator, context);
        frontPageView = new FrontPageView(frontPage, context, guide::follow);
        articleView = new ArticleView(article, context, timeline::show);
        guideView = new GuideView(guide, context);
        articleView.showNoteAfter(frontPageView.web().paints(), context);
        paper(context.state().dark().get());
        context.state().dark().addListener((o, was, dark) -> paper(dark));
        centre = new StackPane(frontPageView);
        centre.setId("centre");
        frontPageView.visibleProperty().bind(context.state().screen().isEqualTo(Screen.PAGE));
        context.state().screen().addListener((o, old, s) -> {
            if (s == Screen.TIMELINE) {
                timelineView();
                timeline.loadLists();
            } else if (s == Screen.SEARCH) {
                searchView();
            }
            // the archive pane is for browsing issues: timelines and search get its room
            setPane(navigatorView, 0, s == Screen.PAGE && showArchive.isSelected());
        });

        navigatorView.setMinWidth(200);
        guideView.setMinWidth(170);
        articleView.setMinWidth(320);
        split.setId("mainSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(navigatorView, centre, articleView, guideView);
        SplitPane.setResizableWithParent(navigatorView, false);
        SplitPane.setResizableWithParent(guideView, false);
        List<Double> d = settings.dividers();
        dividers[0] = d.get(0);
        dividers[1] = d.get(1);
        dividers[2] = d.get(2);
        split.setDividerPositions(dividers);
        showArchive.setSelected(true);
        showGuide.setSelected(true);
        showArchive.selectedProperty().addListener((o, was, show) -> setPane(navigatorView, 0,
                show && context.state().screen().get() == Screen.PAGE));
        showGuide.selectedProperty().addListener((o, was, show) -> setPane(guideView, -1, show));
        showArchive.setSelected(settings.showArchive());
        showGuide.setSelected(settings.showGuide());

        root.setTop(new VBox(menus(m), toolbar(m)));
        root.setCenter(split);
        root.setBottom(statusBar(m));
        root.setId("mainWindow");
    }

    /** The web views' colour before their first document: the paper of the documents (common.css). */
    private void paper(boolean dark) {
        Color paper = Color.web(dark ? "#1E1D1B" : "#FBF8F1");
        frontPageView.web().setPaper(paper);
        articleView.web().setPaper(paper);
    }

    public Parent root() {
        return root;
    }

    private TimelineView timelineView() {
        if (timelineView == null) {
            timelineView = new TimelineView(timeline, context);
            timelineView.visibleProperty().bind(context.state().screen().isEqualTo(Screen.TIMELINE));
            centre.getChildren().add(timelineView);
        }
        return timelineView;
    }

    private SearchView searchView() {
        if (searchView == null) {
            searchView = new SearchView(search, context);
            searchView.visibleProperty().bind(context.state().screen().isEqualTo(Screen.SEARCH));
            centre.getChildren().add(searchView);
        }
        return searchView;
    }

    /** Keyboard shortcuts, dropped files, and the import dialogs' owner. */
    public void install(Scene scene) {
        importController = new ImportController(importer, context, scene.getWindow());
        exportController = new ExportController(exporter, context);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), article::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), article::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), article::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), article::zoomReset);
        // The README's shortcuts work whatever has focus: a WebView or a list takes Alt+arrows and
        // PgUp/PgDn for itself (scrolling) before the scene's accelerators ever see them, so the
        // scene takes them first. The menus' accelerators are in the same map (decision 0022).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = null;
            for (var entry : scene.getAccelerators().entrySet()) {
                if (entry.getKey().match(e)) {
                    action = entry.getValue();
                    break;
                }
            }
            if (action != null) {
                e.consume();
                action.run(); // after the loop: an action may change the map (a new language, a new window)
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importController.start(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Reads the archive afresh (after it was opened, or its content changed) and opens the newest issue. */
    public void archiveOpened(Warmup.FirstScreen first) {
        if (first == null) {
            navigator.reload(true, this::sayIfEmpty);
        } else {
            if (first.page() != null) {
                frontPage.prime(first.page(), first.style(), first.page1());
            }
            navigator.show(first.issues(), true);
            sayIfEmpty();
        }
    }

    /** No archive could be opened: the layout view says so (the alert says why). */
    public void archiveFailed() {
        frontPage.say(context.messages().get("page.noArchive"));
    }

    /** An empty archive says so in the layout view, and how to fill it. */
    private void sayIfEmpty() {
        if (context.state().issue().get() == null) {
            frontPage.render();
        }
    }

    /** Runs the search another window showed, with its filters (a window built again in another language). */
    public void searchLike(MainWindow other) {
        SearchViewModel was = other.search;
        if (was.searchedQuery() == null) {
            return;
        }
        search.from().set(was.from().get());
        search.to().set(was.to().get());
        search.paper().set(was.paper().get());
        search.query().set(was.searchedQuery());
        search.search();
    }

    public ArchiveNavigatorViewModel navigator() {
        return navigator;
    }

    public FrontPageView frontPageView() {
        return frontPageView;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public ArticleViewModel article() {
        return article;
    }

    public ImportController importer() {
        return importController;
    }

    /** The window's place and size, the dividers and which side panes are shown, for the settings. */
    public Settings layout(Settings s, Double x, Double y, double width, double height, boolean maximized) {
        remember();
        return s.withWindow(x, y, width, height, maximized, List.of(dividers[0], dividers[1], dividers[2]),
                showArchive.isSelected(), showGuide.isSelected());
    }

    /**
     * Shows or hides a side pane. The dividers keep their places on the window: hiding the archive
     * pane gives its room to the centre, and showing it again puts it back where it was.
     */
    private void setPane(Node pane, int index, boolean show) {
        boolean shown = split.getItems().contains(pane);
        if (show == shown) {
            return;
        }
        remember();
        if (show) {
            split.getItems().add(index < 0 ? split.getItems().size() : index, pane);
        } else {
            split.getItems().remove(pane);
        }
        boolean nav = split.getItems().contains(navigatorView);
        boolean side = split.getItems().contains(guideView);
        List<Double> d = new ArrayList<>();
        if (nav) {
            d.add(dividers[0]);
        }
        d.add(dividers[1]);
        if (side) {
            d.add(dividers[2]);
        }
        split.setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Where the three dividers stand when all four panes are shown, as far as the current ones tell. */
    private void remember() {
        double[] now = split.getDividerPositions();
        boolean nav = split.getItems().contains(navigatorView);
        boolean side = split.getItems().contains(guideView);
        int i = 0;
        if (nav) {
            dividers[0] = now[i++];
        }
        if (i < now.length) {
            dividers[1] = now[i++];
        }
        if (side && i < now.length) {
            dividers[2] = now[i];
        }
    }

    private MenuBar menus(Messages m) {
        AppState state = context.state();
        Menu file = new Menu(m.get("menu.file"));
        file.setId("menuFile");
        MenuItem importFiles = item(m.get("menu.importFiles"), "menuImportFiles", "Shortcut+I",
                () -> importController.chooseFiles());
        MenuItem importFolder = item(m.get("menu.importFolder"), "menuImportFolder", "Shortcut+Shift+I",
                () -> importController.chooseFolder());
        MenuItem print = item(m.get("menu.print"), "menuPrint", "Shortcut+P", () -> exportController.print(window()));
        MenuItem preview = item(m.get("menu.printPreview"), "menuPrintPreview", "Shortcut+Shift+P",
                () -> exportController.preview(window()));
        MenuItem pageSetup = item(m.get("menu.pageSetup"), "menuPageSetup", null, () -> exportController.pageSetup(window()));
        MenuItem exportPdf = item(m.get("menu.exportPdf"), "menuExportPdf", "Shortcut+E",
                () -> exportController.export(window(), ExportViewModel.Format.PDF));
        MenuItem exportJson = item(m.get("menu.exportJson"), "menuExportJson", "Shortcut+Shift+E",
                () -> exportController.export(window(), ExportViewModel.Format.JSON));
        print.disableProperty().bind(state.article().isNull().or(exporter.busy()));
        preview.disableProperty().bind(state.article().isNull().or(exporter.busy()));
        exportPdf.disableProperty().bind(exporter.busy());
        exportJson.disableProperty().bind(exporter.busy());
        MenuItem settings = item(m.get("menu.settings"), "menuSettings", "Shortcut+Comma", host::openSettings);
        MenuItem quit = item(m.get("menu.quit"), "menuQuit", "Shortcut+Q", host::quit);
        file.getItems().addAll(importFiles, importFolder, new SeparatorMenuItem(), print, preview, pageSetup,
                new SeparatorMenuItem(), exportPdf, exportJson, new SeparatorMenuItem(), settings, new SeparatorMenuItem(),
                quit);

        Menu view = new Menu(m.get("menu.view"));
        MenuItem page = item(m.get("menu.page"), "menuPage", "Shortcut+1", () -> state.screen().set(Screen.PAGE));
        MenuItem tl = item(m.get("menu.timeline"), "menuTimeline", "Shortcut+2", () -> state.screen().set(Screen.TIMELINE));
        MenuItem find = item(m.get("menu.search"), "menuSearch", "Shortcut+F", this::openSearch);
        showArchive.setText(m.get("menu.showArchive"));
        showGuide.setText(m.get("menu.showGuide"));
        MenuItem zoomIn = item(m.get("menu.zoomIn"), "menuZoomIn", "Shortcut+Plus", article::zoomIn);
        MenuItem zoomOut = item(m.get("menu.zoomOut"), "menuZoomOut", "Shortcut+Minus", article::zoomOut);
        MenuItem zoomReset = item(m.get("menu.zoomReset"), "menuZoomReset", "Shortcut+0", article::zoomReset);
        view.getItems().addAll(page, tl, find, new SeparatorMenuItem(), showArchive, showGuide, new SeparatorMenuItem(),
                zoomIn, zoomOut, zoomReset);

        Menu go = new Menu(m.get("menu.go"));
        go.getItems().addAll(
                item(m.get("menu.prevIssue"), "menuPrevIssue", "Alt+Left", () -> step(navigator.step(-1), "status.firstIssue")),
                item(m.get("menu.nextIssue"), "menuNextIssue", "Alt+Right", () -> step(navigator.step(1), "status.lastIssue")),
                item(m.get("menu.prevPage"), "menuPrevPage", "Page Up", () -> step(frontPage.step(-1), "status.firstPage")),
                item(m.get("menu.nextPage"), "menuNextPage", "Page Down", () -> step(frontPage.step(1), "status.lastPage")),
                item(m.get("menu.prevArticle"), "menuPrevArticle", "Alt+Up", () -> step(article.step(-1), "status.firstArticle")),
                item(m.get("menu.nextArticle"), "menuNextArticle", "Alt+Down", () -> step(article.step(1), "status.lastArticle")));

        Menu help = new Menu(m.get("menu.help"));
        MenuBar bar = new MenuBar(file, view, go, help);
        help.getItems().addAll(item(m.get("menu.shortcuts"), "menuShortcuts", "F1", () -> shortcuts(bar)),
                new SeparatorMenuItem(), item(m.get("menu.about"), "menuAbout", null, this::about));
        bar.setId("menuBar");
        return bar;
    }

    private void step(boolean moved, String atEnd) {
        context.state().status().set(moved ? "" : context.messages().get(atEnd));
    }

    private void openSearch() {
        context.state().screen().set(Screen.SEARCH);
        searchView().focusQuery();
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private ToolBar toolbar(Messages m) {
        AppState state = context.state();
        ToggleGroup screens = new ToggleGroup();
        ToggleButton page = toggle(m.get("toolbar.page"), "viewPage", Screen.PAGE, screens);
        ToggleButton tl = toggle(m.get("toolbar.timeline"), "viewTimeline", Screen.TIMELINE, screens);
        ToggleButton find = toggle(m.get("toolbar.search"), "viewSearch", Screen.SEARCH, screens);
        state.screen().addListener((o, old, s) -> screens.getToggles().forEach(t -> t.setSelected(t.getUserData() == s)));
        screens.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null && old != null) {
                old.setSelected(true); // one view is always shown
            }
        });
        Label issue = new Label();
        issue.setId("issueLabel");
        issue.getStyleClass().add("toolbar-issue");
        issue.textProperty().bind(Bindings.createStringBinding(() -> describe(state.issue().get()), state.issue()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(page, tl, find, gap, issue);
        bar.setId("toolbar");
        return bar;
    }

    private ToggleButton toggle(String text, String id, Screen screen, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(screen);
        b.setToggleGroup(group);
        b.setSelected(context.state().screen().get() == screen);
        b.setOnAction(e -> {
            context.state().screen().set(screen);
            if (screen == Screen.SEARCH) {
                searchView().focusQuery();
            }
        });
        return b;
    }

    private String describe(IssueInfo i) {
        Messages m = context.messages();
        if (i == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(IssueText.paper(i.paper(), m.bundle())).append("  ")
                .append(IssueText.date(i.date(), m.bundle()));
        if (i.weekday() != null) {
            b.append(' ').append(i.weekday());
        }
        if (i.dateSource() != null && i.dateSource().code().equals("inferred")) {
            b.append(' ').append(m.get("toolbar.dateInferred"));
        }
        return b.toString();
    }

    private Node statusBar(Messages m) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(context.state().status());
        Label archive = new Label();
        archive.setId("archivePath");
        archive.getStyleClass().add("muted");
        archive.textProperty().bind(Bindings.createStringBinding(() -> context.session().get() == null
                ? m.get("status.noArchive") : m.format("status.archive", context.session().get().path().toString()),
                context.session()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.ProgressBar importing = new javafx.scene.control.ProgressBar();
        importing.setPrefWidth(120);
        importing.progressProperty().bind(importer.progress());
        importing.visibleProperty().bind(importer.running());
        importing.managedProperty().bind(importer.running());
        HBox bar = new HBox(10, status, gap, importing, archive);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(2, 8, 2, 8));
        return bar;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Help → Keyboard shortcuts: every menu item's accelerator, read from the menus themselves (so
     * the list cannot differ from what the keys do), then the keys of lists and the timeline.
     */
    private void shortcuts(MenuBar bar) {
        if (shortcutsDialog != null && shortcutsDialog.isShowing()) {
            ((javafx.stage.Stage) shortcutsDialog.getDialogPane().getScene().getWindow()).toFront(); // F1 again: the one list
            return;
        }
        Messages m = context.messages();
        GridPane grid = new GridPane();
        grid.setId("shortcutsList");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Menu menu : bar.getMenus()) {
            boolean heading = false;
            for (MenuItem i : menu.getItems()) {
                if (i.getAccelerator() == null) {
                    continue;
                }
                if (!heading) {
                    Label h = new Label(menu.getText());
                    h.getStyleClass().add("shortcuts-heading");
                    grid.add(h, 0, row++, 2, 1);
                    heading = true;
                }
                grid.addRow(row++, shortcutKey(i.getAccelerator().getDisplayText()),
                        new Label(i.getText().replace("…", "")));
            }
        }
        Label other = new Label(m.get("shortcuts.other"));
        other.getStyleClass().add("shortcuts-heading");
        grid.add(other, 0, row++, 2, 1);
        grid.addRow(row++, shortcutKey("↑ ↓ / Enter"), new Label(m.get("shortcuts.lists")));
        grid.addRow(row, shortcutKey(m.get("shortcuts.wheelKey")), new Label(m.get("shortcuts.wheel")));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        grid.setPadding(new Insets(4, 12, 4, 4));
        // as tall as the list, but never taller than the screen the window is on
        double screen = javafx.stage.Screen.getScreensForRectangle(window().getX(), window().getY(), 1, 1).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds().getHeight();
        scroll.setPrefViewportWidth(460);
        scroll.setPrefViewportHeight(Math.min(640, screen - 200));
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(root.getScene().getWindow());
        a.initModality(javafx.stage.Modality.NONE); // the keys can be tried with the list open
        a.setTitle(m.get("shortcuts.title"));
        a.setHeaderText(null);
        a.setResizable(true);
        a.getDialogPane().setContent(scroll);
        a.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        shortcutsDialog = a;
        a.show();
    }

    private static Label shortcutKey(String keys) {
        Label k = new Label(keys);
        k.getStyleClass().add("shortcut-key");
        k.setMinWidth(Region.USE_PREF_SIZE);
        return k;
    }

    private void about() {
        Messages m = context.messages();
        Alert a = new Alert(Alert.AlertType.INFORMATION, m.format("about.text", host.version()), ButtonType.OK);
        a.initOwner(root.getScene().getWindow());
        a.setTitle(m.get("about.title"));
        a.setHeaderText(m.get("app.title"));
        a.show();
    }
}
