package org.baokan.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.baokan.archive.ArchiveOpener;
import org.baokan.archive.OpenNotice;
import org.baokan.entities.Enrichment;
import org.baokan.model.IssueInfo;
import org.baokan.render.IssueText;
import org.baokan.store.ArchiveLocation;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Fonts;
import org.baokan.ui.common.FxTaskExecutor;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.OpeningSize;
import org.baokan.ui.common.Session;
import org.baokan.ui.common.Settings;
import org.baokan.ui.common.SettingsStore;
import org.baokan.ui.common.WindowPlacement;
import org.baokan.ui.settings.SettingsDialog;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The desktop reader. Loads the bundled font before any WebView exists, shows the window at once,
 * opens the archive in the background (the default one is filled with the sample pages on first
 * use) and then the newest issue. Settings are kept between runs.
 */
public final class BaokanApp extends Application implements MainWindow.Host {
    private static volatile Consumer<String> report = line -> { };
    private static volatile int exitCode;
    /** The archive being opened while the toolkit starts (see {@link #prepare}). */
    private static volatile CompletableFuture<Opened> early;
    /** The settings, read while the toolkit starts. */
    private static volatile CompletableFuture<Settings> settingsRead;

    private final FxTaskExecutor tasks = new FxTaskExecutor(3);
    /** The selection the window shows; a window built again (a new language) gets a new one. */
    private AppState state = new AppState();
    private DesktopOptions options;
    private SettingsStore store;
    private Settings settings;
    private Stage stage;
    private Context context;
    private MainWindow window;
    private SelfCheck selfCheck;

    /** An archive opened ahead of the window, with the notes its opening gave. */
    private record Opened(Path explicit, Session session, List<OpenNotice> notes, Warmup.FirstScreen first) {
    }

    /**
     * Starts opening the archive before the toolkit is up, so that the window and the archive get
     * ready at the same time. Called by the launcher; the window takes it over if it asks for the
     * same archive.
     */
    static void prepare(List<String> args) {
        DesktopOptions o = DesktopOptions.parse(args);
        settingsRead = CompletableFuture.supplyAsync(() -> new SettingsStore(settingsFile()).load(), STARTUP);
        early = settingsRead.thenApplyAsync(s -> {
            Path explicit = archivePath(o, s);
            List<OpenNotice> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
            try {
                Session session = new Session(ArchiveOpener.open(explicit, Enrichment.FACTORY, notes::add));
                return new Opened(explicit, session, notes, Warmup.firstScreen(session, s));
            } catch (org.baokan.store.ArchiveException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, STARTUP);
    }

    /** Start-up's own threads (the common pool has a single thread on two cores). */
    private static final java.util.concurrent.Executor STARTUP = r -> {
        Thread t = new Thread(r, "baokan-startup");
        t.setDaemon(true);
        t.start();
    };

    /** The strings of the reader's language, for what the launcher says when the window cannot open. */
    static Messages launchMessages() {
        CompletableFuture<Settings> read = settingsRead;
        Settings s;
        try {
            s = read != null ? read.get(5, java.util.concurrent.TimeUnit.SECONDS) : new SettingsStore(settingsFile()).load();
        } catch (Exception e) {
            s = null;
        }
        return new Messages(Messages.locale(s == null ? null : s.language()));
    }

    private static Path settingsFile() {
        return ArchiveLocation.defaultArchive().resolveSibling("settings.json");
    }

    /** The archive to open: the command line's, else the settings', else null for the default one. */
    private static Path archivePath(DesktopOptions o, Settings s) {
        return o.db() != null ? o.db() : s.archive() == null ? null : Path.of(s.archive());
    }

    static void report(Consumer<String> r) {
        report = r;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        options = DesktopOptions.parse(getParameters().getRaw());
        // the font loads while the window is put together; it is waited for before any WebView exists
        CompletableFuture<Boolean> font = CompletableFuture.supplyAsync(Fonts::load, STARTUP);
        Fonts.whenNeeded(() -> {
            if (!font.join()) {
                report.accept("warning: the bundled Chinese font could not be loaded");
            }
        });
        store = new SettingsStore(settingsFile());
        CompletableFuture<Settings> read = settingsRead;
        settingsRead = null;
        settings = read != null ? read.join() : store.load();
        state.dark().set(settings.dark());
        state.textPx().set(settings.textPx());
        applyTheme();
        build();
        // the saved size, made to fit the screen it opens on (a laptop's 1280×800 is smaller than the default)
        Rectangle2D placed = WindowPlacement.fit(
                new Rectangle2D(settings.x() == null ? Double.NaN : settings.x(), settings.y() == null ? Double.NaN : settings.y(),
                        settings.width(), settings.height()),
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList(),
                javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setWidth(placed.getWidth());
        stage.setHeight(placed.getHeight());
        stage.setX(placed.getMinX());
        stage.setY(placed.getMinY());
        stage.setMaximized(settings.maximized());
        OpeningSize.keep(stage, placed.getWidth(), placed.getHeight());
        stage.setOnCloseRequest(e -> saveSettings());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = BaokanApp.class.getResource("/icons/baokan-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        stage.show();
        if (options.selfCheck()) {
            selfCheck = new SelfCheck(this, options.benchArticles(), report, code -> {
                exitCode = code;
                Platform.exit();
            });
            selfCheck.start(ManagementFactory.getRuntimeMXBean().getStartTime());
        }
        openArchive();
    }

    /** Builds the window in the chosen language; keeps what was shown when rebuilt. */
    private void build() {
        Messages messages = new Messages(Messages.locale(settings.language()));
        // JavaFX names its standard buttons (OK, Cancel) in the default locale: make it the UI's language
        java.util.Locale.setDefault(messages.locale());
        Context previous = context;
        context = new Context(state, tasks, messages);
        if (previous != null) {
            context.session().set(previous.session().get());
        }
        window = new MainWindow(context, settings, this);
        Scene scene = new Scene(window.root(), settings.width(), settings.height());
        scene.getStylesheets().add(Objects.requireNonNull(BaokanApp.class.getResource("/css/app.css")).toExternalForm());
        window.root().getStyleClass().add(settings.dark() ? "dark" : "light");
        stage.setScene(scene);
        window.install(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> title(messages),
                state.issue()));
    }

    private String title(Messages m) {
        IssueInfo i = state.issue().get();
        String t = m.get("app.title");
        if (i == null) {
            return t;
        }
        return t + " — " + IssueText.paper(i.paper(), m.bundle()) + " "
                + (i.date() == null ? m.get("render.dateUnknown") : i.date().toString());
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(settings.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Opens the archive of the options or the settings (default: the per-user one) in the background. */
    private void openArchive() {
        Path explicit = archivePath(options, settings);
        Messages m = context.messages();
        state.status().set(m.get("status.opening"));
        CompletableFuture<Opened> ahead = early;
        early = null;
        tasks.run(() -> {
            if (ahead != null) {
                try {
                    Opened o = ahead.join();
                    if (Objects.equals(o.explicit(), explicit)) {
                        o.notes().forEach(n -> tasks.onUi(() -> state.status().set(say(n))));
                        return o;
                    }
                    o.session().close();
                } catch (java.util.concurrent.CompletionException e) {
                    // opened again below, and the failure reported as it happens
                }
            }
            return new Opened(explicit, new Session(ArchiveOpener.open(explicit, Enrichment.FACTORY,
                    note -> tasks.onUi(() -> state.status().set(say(note))))), List.of(), null);
        }, opened -> {
                    Session session = opened.session();
                    Session old = context.session().get();
                    context.session().set(session);
                    if (old != null) {
                        tasks.run(() -> {
                            old.close();
                            return null;
                        }, x -> { }, x -> { });
                    }
                    if (state.status().get().equals(m.get("status.opening"))) {
                        state.status().set("");
                    }
                    state.issue().set(null);
                    state.page().set(null);
                    state.article().set(null);
                    state.chosen().clear();
                    // lists, searches and timelines read from the archive read it again
                    state.archiveVersion().set(state.archiveVersion().get() + 1);
                    window.archiveOpened(opened.first());
                }, e -> {
                    context.failed(e);
                    if (context.session().get() == null) {
                        window.archiveFailed();
                    }
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    if (selfCheck != null) {
                        selfCheck.fail("the archive could not be opened: " + message);
                        return;
                    }
                    Alert a = new Alert(Alert.AlertType.ERROR, m.explain(e), ButtonType.OK);
                    a.initOwner(stage);
                    a.setHeaderText(m.get("error.archive"));
                    a.show();
                });
    }

    /** A notice about the archive, in the window's language. */
    private String say(OpenNotice n) {
        Messages m = context.messages();
        return switch (n.kind()) {
            case CREATED_WITH_SAMPLES -> m.format("notice.created", n.path().toString(), n.pages());
            case FILLED_WITH_SAMPLES -> m.format("notice.filled", n.path().toString(), n.pages());
            case REEXTRACTED -> m.format("notice.reextracted", n.pages());
        };
    }

    @Override
    public void openSettings() {
        SettingsDialog.show(stage, settings, context.messages()).ifPresent(this::applySettings);
    }

    /**
     * Takes settings the reader chose. A new theme restyles the window in place (the pages
     * follow {@code state.dark()}); a new language builds the window again, and the new window is
     * shown the screen, issue, page, article, timeline and search (with its filters) the old one
     * showed; a list's selection for export is not carried over.
     */
    void applySettings(Settings next) {
        boolean archiveChanged = !Objects.equals(next.archive(), settings.archive());
        boolean languageChanged = !next.language().equals(settings.language());
        boolean themeChanged = next.dark() != settings.dark();
        settings = windowLayout(next);
        if (themeChanged) {
            applyTheme();
        }
        if (!languageChanged) {
            state.textPx().set(settings.textPx());
            if (themeChanged) {
                window.root().getStyleClass().removeAll("dark", "light");
                window.root().getStyleClass().add(settings.dark() ? "dark" : "light");
                state.dark().set(settings.dark());
            }
        } else {
            // The window is built again over a new selection, with the new look from the start.
            // The old window's views and ViewModels listen to the old selection and go with it:
            // they are not restyled, nor render their pages once more on the way out.
            AppState old = state;
            MainWindow oldWindow = window;
            AppState fresh = new AppState();
            state = fresh;
            fresh.dark().set(settings.dark());
            fresh.textPx().set(settings.textPx());
            fresh.archiveVersion().set(old.archiveVersion().get());
            fresh.status().set(old.status().get());
            // work the old window started (an import, an export, a print) still reports there:
            // what it says and what it changes reach the new window
            old.status().addListener((o, was, now) -> fresh.status().set(now));
            old.archiveVersion().addListener((o, was, now) ->
                    fresh.archiveVersion().set(fresh.archiveVersion().get() + 1));
            build();
            // the new window's ViewModels hear of the selection as it is handed over
            if (context.session().get() != null) {
                window.navigator().reload(false);
                window.searchLike(oldWindow);
                state.highlight().set(old.highlight().get());
                state.issue().set(old.issue().get());
                state.page().set(old.page().get());
                state.article().set(old.article().get());
                state.timeline().set(old.timeline().get());
            }
            state.screen().set(old.screen().get());
        }
        saveSettings();
        if (archiveChanged) {
            openArchive();
        }
    }

    /** The settings in force. */
    Settings settings() {
        return settings;
    }

    /** A coordinate of the window, or null when the toolkit does not know it. */
    private static Double place(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    /**
     * The settings with the window as it is now: its place, size, dividers and side panes. A
     * maximised window keeps the place and size it is restored to.
     */
    private Settings windowLayout(Settings s) {
        boolean max = stage.isMaximized();
        return window.layout(s, max ? s.x() : place(stage.getX()), max ? s.y() : place(stage.getY()),
                max ? s.width() : stage.getWidth(), max ? s.height() : stage.getHeight(), max);
    }

    private void saveSettings() {
        try {
            settings = windowLayout(settings);
            if (!options.selfCheck()) {
                store.save(settings);
            }
        } catch (IOException e) {
            state.status().set(context.messages().format("status.settingsNotSaved", e.getMessage()));
        }
    }

    @Override
    public void quit() {
        saveSettings();
        Platform.exit();
    }

    @Override
    public String version() {
        Properties p = new Properties();
        try (InputStream in = BaokanApp.class.getResourceAsStream("/baokan-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return p.getProperty("version", "?");
    }

    @Override
    public void stop() {
        Session s = context == null ? null : context.session().get();
        if (s != null) {
            s.close();
        }
        tasks.shutdown();
    }

    MainWindow window() {
        return window;
    }

    AppState state() {
        return state;
    }

    Context context() {
        return context;
    }
}
