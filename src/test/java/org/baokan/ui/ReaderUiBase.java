package org.baokan.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import org.baokan.UserDataDir;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;
import org.baokan.store.ArchiveLocation;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.SecureWebView;
import org.baokan.ui.common.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The desktop reader as a reader uses it, headless (Monocle): each feature's UI test extends this
 * and gets the real application, started once per class on a fresh per-user folder with the
 * fixture archive (the seeds and page 02 of 2020-05-12), opened on its newest issue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReaderUiBase {
    protected static final long WAIT_SECONDS = 30;
    protected final FxRobot robot = new FxRobot();
    private Path dataDir;
    private UserDataDir userData;
    private BaokanApp app;

    @BeforeAll
    void startTheReader() throws Exception {
        dataDir = Files.createTempDirectory("baokan-ui");
        UiFixtures.fill(dataDir.resolve(ArchiveLocation.FILE_NAME));
        userData = UserDataDir.use(dataDir);
        FxToolkit.registerPrimaryStage();
        app = (BaokanApp) FxToolkit.setupApplication(BaokanApp.class);
        waitFor(() -> app.window() != null && app.state().page().get() != null
                && app.window().frontPageView().web().paints().get() > 0 && app.state().article().get() != null);
        // the lead story painted in the article pane and marked on the page: the window has settled
        if (!inStep(WAIT_SECONDS)) {
            throw new AssertionError("the reader did not settle: " + panes());
        }
    }

    @AfterAll
    void stopTheReader() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        userData.close();
        // eight classes start the reader: their folders (an archive each) do not stay behind
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** The per-user folder of this class's reader (its archive and settings). */
    protected Path dataDir() {
        return dataDir;
    }

    /** The selection the window shows (a new one after a change of language). */
    protected AppState state() {
        return app.state();
    }

    protected MainWindow window() {
        return app.window();
    }

    protected Settings settings() {
        return app.settings();
    }

    /** Takes settings as the settings dialog would hand them over; on the FX thread. */
    protected void apply(Settings s) throws Exception {
        fx(() -> {
            app.applySettings(s);
            return null;
        });
    }

    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            Boolean ok = WaitForAsyncUtils.asyncFx(condition).get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Boolean.TRUE.equals(ok);
        });
    }

    protected static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    protected static String text(SecureWebView web, String js) throws Exception {
        return String.valueOf(fx(() -> web.script(js)));
    }

    protected SecureWebView page() {
        return app.window().frontPageView().web();
    }

    protected SecureWebView article() {
        return app.window().articleView().web();
    }

    /**
     * Clicks the element a script finds in a WebView, after scrolling it into view and once its
     * place has stopped moving (a page still laying out its headlines moves it under the pointer).
     */
    protected void clickIn(SecureWebView web, String elementJs) throws Exception {
        String measure = "(function(){var e=" + elementJs + ";e.scrollIntoView({block:'center'});"
                + "var r=e.getBoundingClientRect();return r.left+','+r.top+','+r.width+','+r.height;})()";
        String rect = text(web, measure);
        for (int i = 0; i < 20; i++) {
            Thread.sleep(100);
            String again = text(web, measure);
            if (again.equals(rect)) {
                break;
            }
            rect = again;
        }
        String[] r = rect.split(",");
        Point2D p = fx(() -> web.webView().localToScreen(Double.parseDouble(r[0]) + Math.min(40, Double.parseDouble(r[2]) / 2),
                Double.parseDouble(r[1]) + Math.min(12, Double.parseDouble(r[3]) / 2)));
        robot.clickOn(p);
    }

    protected static ParsedPage seed(String name) throws Exception {
        Path p = Path.of("seeds", name);
        return new PageParser().parse(Files.readAllBytes(p), name);
    }

    /**
     * Clicks a story on the page and waits until the article pane shows the article with this
     * title; clicks once more if the first click found the page still settling (seen on a loaded
     * machine: the pane never heard of the click).
     */
    protected void clickStoryUntilShown(String elementJs, String title) throws Exception {
        clickIn(page(), elementJs);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(() ->
                    title.equals(article().script("document.getElementById('title') ? "
                            + "document.getElementById('title').textContent : ''"))).get(WAIT_SECONDS, TimeUnit.SECONDS)));
        } catch (java.util.concurrent.TimeoutException e) {
            clickIn(page(), elementJs);
        }
        showArticleTitled(title);
    }

    /** Waits until the article pane shows the article with this title. */
    protected void showArticleTitled(String title) throws Exception {
        waitFor(() -> title.equals(article().script(
                "document.getElementById('title') ? document.getElementById('title').textContent : ''")));
    }

    /**
     * Whether the article pane shows an article of the issue and page the page view shows, painted
     * and marked on the page; waits for it up to {@code seconds}.
     */
    protected boolean inStep(long seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                    WaitForAsyncUtils.asyncFx(this::paneInStep).get(WAIT_SECONDS, TimeUnit.SECONDS)));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** What the article pane shows, where, and what the page view shows: for a failure's message. */
    protected String panes() throws Exception {
        return fx(() -> {
            var shown = window().article().current().get();
            return "page view: " + state().issue().get().date() + " " + state().page().get().displayName()
                    + "; article pane: " + (shown == null ? "none" : shown.article().issueDate() + " "
                    + (shown.article().page() == null ? "page " + shown.article().pageId() : shown.article().page().number())
                    + " " + shown.article().article().displayTitle());
        });
    }

    private boolean paneInStep() {
        var shown = window().article().current().get();
        var issue = state().issue().get();
        var pageShown = state().page().get();
        if (shown == null || issue == null || pageShown == null || state().article().get() == null
                || shown.article().id() != state().article().get()) {
            return false;
        }
        Object title = article().script("document.getElementById('title') ? "
                + "document.getElementById('title').textContent : ''");
        Object marked = page().script("(function(){var s=document.querySelector('.story.current');"
                + "return s ? s.getAttribute('data-article') : '';})()");
        return shown.article().issueId() == issue.id() && shown.article().pageId() == pageShown.id()
                && shown.article().article().displayTitle().equals(title)
                && String.valueOf(shown.article().id()).equals(marked);
    }

    /**
     * The lines a document sets each of its elements on (found by where each character stands),
     * for the elements a selector finds: one list of lines per element, spaces kept.
     */
    protected static List<List<String>> lines(SecureWebView web, String selector) throws Exception {
        String json = text(web, "(function(){var out=[];var els=document.querySelectorAll('" + selector + "');"
                + "var r=document.createRange();"
                + "for(var e=0;e<els.length;e++){var w=document.createTreeWalker(els[e],NodeFilter.SHOW_TEXT);"
                + "var lines=[];var cur='';var top=null;"
                + "while(w.nextNode()){var n=w.currentNode;for(var i=0;i<n.length;i++){var ch=n.data.charAt(i);"
                + "if(/\\s/.test(ch)){cur+=ch;continue;}r.setStart(n,i);r.setEnd(n,i+1);var rs=r.getClientRects();"
                + "if(!rs.length){continue;}var t=rs[0].top;if(top!==null&&Math.abs(t-top)>3){lines.push(cur);cur='';}"
                + "if(top===null||Math.abs(t-top)>3){top=t;}cur+=ch;}}"
                + "lines.push(cur);out.push(lines);}return JSON.stringify(out);})()");
        List<List<String>> out = new ArrayList<>();
        for (Object element : new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class)) {
            List<String> ls = new ArrayList<>();
            for (Object l : (List<?>) element) {
                ls.add((String) l);
            }
            out.add(ls);
        }
        return out;
    }

    /** Moves the main window's dividers (archive | centre | article | guide), as a reader dragging them would. */
    protected void dividers(double... positions) throws Exception {
        fx(() -> {
            ((javafx.scene.control.SplitPane) window().root().lookup("#mainSplit")).setDividerPositions(positions);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // WebKit lays the documents out again
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Letters, digits and Han characters: what counts towards a line's length (not punctuation, not spaces). */
    protected static int characters(String line) {
        return (int) line.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * Why a headline is not set as a newspaper sets it, or null when it is: it has a line of one
     * character, or its shortest line is less than half as long as its longest.
     */
    protected static String badlyBroken(List<String> lines) {
        if (lines.size() < 2) {
            return null;
        }
        int longest = lines.stream().mapToInt(ReaderUiBase::characters).max().orElse(0);
        int shortest = lines.stream().mapToInt(ReaderUiBase::characters).min().orElse(0);
        if (shortest <= 1) {
            return "a lone character: " + lines;
        }
        if (shortest * 2 < longest) {
            return "unbalanced: " + lines;
        }
        return null;
    }

    /** The cell of a list whose labels hold the text, once the list has drawn it. */
    protected Node cellContaining(String list, String text) throws Exception {
        Supplier<Optional<Node>> cell = () -> robot.lookup(list + " .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getItem() != null
                        && (c.getText() != null && c.getText().contains(text) || c.getGraphic() != null
                        && robot.from(c.getGraphic()).lookup((Node x) -> x instanceof Label l
                        && l.getText() != null && l.getText().replace("\n", "").contains(text)).tryQuery().isPresent()))
                .tryQuery();
        waitFor(() -> cell.get().isPresent());
        return cell.get().orElseThrow();
    }

    /**
     * The labels under a node that show less than their text: JavaFX replaces what does not fit
     * with an ellipsis in the label's text node, and leaves the label's own text as it was.
     */
    protected static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node n, List<String> cut) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && t.getStyleClass().contains("text") && !t.getText().equals(l.getText())) {
                    cut.add(l.getText() + " → " + t.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
