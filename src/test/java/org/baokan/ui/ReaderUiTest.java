package org.baokan.ui;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.baokan.ingest.PageParser;
import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.baokan.model.TimelineEvent;
import org.baokan.UserDataDir;
import org.baokan.store.ArchiveLocation;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.SecureWebView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop reader as a reader uses it, headless (Monocle): the seeds open on the newest issue,
 * a story clicked opens in the article pane, 今日导读 entries lead to their article or say their
 * page is missing, 刘章箭's timeline shows his change of title, and a search opens its hit marked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderUiTest {
    private static final long WAIT_SECONDS = 30;
    private Path dataDir;
    private UserDataDir userData;
    private BaokanApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("baokan-ui");
        UiFixtures.fill(dataDir.resolve(ArchiveLocation.FILE_NAME));
        userData = UserDataDir.use(dataDir);
        FxToolkit.registerPrimaryStage();
        app = (BaokanApp) FxToolkit.setupApplication(BaokanApp.class);
        waitFor(() -> app.window() != null && app.state().page().get() != null
                && app.window().frontPageView().web().paints().get() > 0 && app.state().article().get() != null);
    }

    @AfterAll
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        userData.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            Boolean ok = WaitForAsyncUtils.asyncFx(condition).get(WAIT_SECONDS, TimeUnit.SECONDS);
            return Boolean.TRUE.equals(ok);
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static String text(SecureWebView web, String js) throws Exception {
        return String.valueOf(fx(() -> web.script(js)));
    }

    private SecureWebView page() {
        return app.window().frontPageView().web();
    }

    private SecureWebView article() {
        return app.window().articleView().web();
    }

    /** Clicks the element a script finds in a WebView, after scrolling it into view. */
    private void clickIn(SecureWebView web, String elementJs) throws Exception {
        String rect = text(web, "(function(){var e=" + elementJs + ";e.scrollIntoView({block:'center'});"
                + "var r=e.getBoundingClientRect();return r.left+','+r.top+','+r.width+','+r.height;})()");
        String[] r = rect.split(",");
        Point2D p = fx(() -> web.webView().localToScreen(Double.parseDouble(r[0]) + Math.min(40, Double.parseDouble(r[2]) / 2),
                Double.parseDouble(r[1]) + Math.min(12, Double.parseDouble(r[3]) / 2)));
        robot.clickOn(p);
    }

    private static ParsedPage seed(String name) throws Exception {
        Path p = Path.of("seeds", name);
        return new PageParser().parse(Files.readAllBytes(p), name);
    }

    private void showArticleTitled(String title) throws Exception {
        waitFor(() -> title.equals(article().script(
                "document.getElementById('title') ? document.getElementById('title').textContent : ''")));
    }

    @Test
    @Order(1)
    void theSeedsOpenOnTheNewestIssueWithEveryHeadlineOnItsFrontPage() throws Exception {
        assertThat(fx(() -> app.state().issue().get().date())).isEqualTo(LocalDate.of(2020, 9, 11));
        String shown = text(page(), "document.body.innerText");
        ParsedPage front = seed("000_eded2beb79151fe8.txt");
        assertThat(front.articles()).hasSizeGreaterThanOrEqualTo(7);
        for (Article a : front.articles()) {
            for (String headline : new String[]{a.kicker(), a.title(), a.subtitle()}) {
                if (headline != null) {
                    assertThat(shown).as("headline on the front page").contains(headline);
                }
            }
        }
        assertThat(shown).contains("济宁高新新闻", "2020年9月11日", "农历庚子年七月廿四", "总第478期");
        assertThat(text(page(), "document.querySelectorAll('.story').length")).isEqualTo(
                String.valueOf(front.articles().size()));
    }

    @Test
    @Order(2)
    void clickingAStoryShowsItsTitleAndParagraphs() throws Exception {
        Article expected = seed("000_eded2beb79151fe8.txt").articles().stream()
                .filter(a -> "聚焦民生重点 提升服务质量".equals(a.title())).findFirst().orElseThrow();
        clickIn(page(), "Array.from(document.querySelectorAll('.story .title')).find(function(t){"
                + "return t.textContent==='聚焦民生重点 提升服务质量';})");
        showArticleTitled("聚焦民生重点 提升服务质量");
        assertThat(text(article(), "document.querySelectorAll('#text p').length"))
                .isEqualTo(String.valueOf(expected.paragraphs().size()));
        assertThat(text(article(), "document.querySelector('#text p').textContent")).isEqualTo(expected.paragraphs().get(0));
        assertThat(text(article(), "document.getElementById('kicker').textContent")).isEqualTo(expected.kicker());
        // the story stays marked on the page
        assertThat(text(page(), "document.querySelector('.story.current .title').textContent"))
                .isEqualTo("聚焦民生重点 提升服务质量");
    }

    @Test
    @Order(3)
    void aGuideEntryLeadsToItsArticleOrSaysItsPageIsNotInTheArchive() throws Exception {
        robot.clickOn("#prevIssue");
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(app.state().issue().get().date()));
        ListView<?> guide = robot.lookup("#guideList").queryAs(ListView.class);
        waitFor(() -> guide.getItems().size() == 3);
        robot.clickOn(cellContaining("#guideList", "全心全力保校园平安"));
        showArticleTitled("全心全力保校园平安");
        waitFor(() -> "02".equals(app.state().page().get().label().number()));
        robot.clickOn(cellContaining("#guideList", "现场观摩"));
        Label notice = robot.lookup("#guideNotice").queryAs(Label.class);
        waitFor(() -> notice.isVisible() && notice.getText().equals("第03版未收入档案，无法打开这篇文章。"));
        // the same from the 今日导读 box on the front page itself
        robot.clickOn("#page-" + fx(() -> app.state().issue().get().pages().get(0).id()));
        waitFor(() -> app.state().page().get().frontPage() && page().paints().get() > 0
                && Boolean.TRUE.equals(page().script("!!document.getElementById('guide')")));
        clickIn(page(), "Array.from(document.querySelectorAll('#guide .entry')).find(function(e){"
                + "return e.textContent.indexOf('火爆开街')>=0;})");
        waitFor(() -> notice.getText().equals("导读未注明版次，无法找到这篇文章。"));
    }

    /** The cell of a list whose labels hold the text, once the list has drawn it. */
    private Node cellContaining(String list, String text) throws Exception {
        java.util.function.Supplier<java.util.Optional<Node>> cell = () -> robot.lookup(list + " .list-cell")
                .match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                        && c.getGraphic() != null && robot.from(c.getGraphic()).lookup((Node x) -> x instanceof Label l
                        && l.getText() != null && l.getText().contains(text)).tryQuery().isPresent()).tryQuery();
        waitFor(() -> cell.get().isPresent());
        return cell.get().orElseThrow();
    }

    @Test
    @Order(4)
    void liuZhangjiansTimelineShowsHisChangeOfTitle() throws Exception {
        robot.clickOn("#viewTimeline");
        ListView<?> people = robot.lookup("#peopleList").queryAs(ListView.class);
        waitFor(() -> !people.getItems().isEmpty());
        java.util.function.Supplier<java.util.Optional<Node>> liu = () -> robot.lookup("#peopleList .list-cell")
                .match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("刘章箭")).tryQuery();
        waitFor(() -> liu.get().isPresent());
        robot.clickOn(liu.get().orElseThrow());
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() >= 5);
        long dated = fx(() -> table.getItems().stream().filter(e -> ((TimelineEvent) e).date() != null).count());
        assertThat(dated).isGreaterThanOrEqualTo(5);
        waitFor(() -> robot.lookup("#timelineChanges .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("党工委副书记、管委会副主任 → 党工委书记（2019-08-02）")));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> marks = List.copyOf(robot.lookup(".timeline-event").queryAll());
        assertThat(marks).hasSizeGreaterThanOrEqualTo(5);
        assertThat(robot.lookup(".timeline-change").queryAll()).isNotEmpty();
        // clicking a mark opens its article
        Circle first = (Circle) marks.stream().filter(n -> "event-0".equals(n.getId())).findFirst().orElseThrow();
        TimelineEvent event = (TimelineEvent) first.getUserData();
        robot.clickOn(first);
        showArticleTitled(event.title());
    }

    @Test
    @Order(5)
    void searchingOpensTheHitWithTheWordsMarked() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> app.state().screen().get() == Screen.SEARCH);
        robot.clickOn("#searchField").write("创城").type(KeyCode.ENTER);
        ListView<?> hits = robot.lookup("#searchResults").queryAs(ListView.class);
        waitFor(() -> !hits.getItems().isEmpty());
        waitFor(() -> robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null).<Node>query());
        waitFor(() -> Objects.equals(app.state().highlight().get(), "创城")
                && "创城".equals(article().script("document.querySelector('mark') ? "
                + "document.querySelector('mark').textContent : ''")));
        assertThat(Integer.parseInt(text(article(), "document.querySelectorAll('mark').length"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(6)
    void keyboardShortcutsZoomAndMoveBetweenIssues() throws Exception {
        robot.clickOn("#viewPage");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitFor(() -> app.window().article().zoom().get() > 1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitFor(() -> app.window().article().zoom().get() == 1.0);
        LocalDate before = fx(() -> app.state().issue().get().date());
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitFor(() -> !before.equals(app.state().issue().get().date()));
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitFor(() -> before.equals(app.state().issue().get().date()));
    }

    @Test
    @Order(7)
    void importFromTheWindowEndsWithASummaryOfFailures() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("to-import"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.copy(Path.of("seeds/003_2a2e104cf04f8ed9.txt"), folder.resolve("again.txt"));
        Platform.runLater(() -> app.window().importer().start(List.of(folder)));
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.getScene() != null
                && s.getScene().lookup("#importDetails") != null));
        javafx.scene.control.TextArea details = (javafx.scene.control.TextArea) Window.getWindows().stream()
                .map(w -> w.getScene().lookup("#importDetails")).filter(Objects::nonNull).findFirst().orElseThrow();
        assertThat(details.getText()).contains("empty.txt", "文件是空的").doesNotContain("the file is empty");
        Platform.runLater(() -> ((Stage) details.getScene().getWindow()).close());
    }

    @Test
    @Order(8)
    void aNewLanguageOrThemeKeepsThePageTheArticleAndTheGuide() throws Exception {
        long issue = fx(() -> app.state().issue().get().id());
        Long article = fx(() -> app.state().article().get());
        String english = fx(() -> app.settings().language()).equals("en") ? "zh" : "en";
        for (var change : List.<java.util.function.UnaryOperator<org.baokan.ui.common.Settings>>of(
                s -> s.withLook(!s.dark(), s.textPx(), s.language()),
                s -> s.withLook(s.dark(), s.textPx(), english),
                s -> s.withLook(!s.dark(), s.textPx(), "zh"))) {
            fx(() -> {
                app.applySettings(change.apply(app.settings()));
                return null;
            });
            waitFor(() -> app.state().issue().get() != null && app.state().issue().get().id() == issue
                    && article.equals(app.state().article().get())
                    && !app.window().frontPageView().web().script("document.querySelectorAll('.story').length")
                    .toString().equals("0")
                    && app.window().articleView().web().script("document.getElementById('title') ? 1 : 0")
                    .toString().equals("1"));
            assertThat(fx(() -> app.window().frontPageView().lookupAll(".page-tab").size())).isPositive();
            waitFor(() -> !((javafx.scene.control.ListView<?>) app.window().root().lookup("#pageTitles")).getItems()
                    .isEmpty());
        }
    }

    @Test
    @Order(9)
    void theWindowOfTheOldLanguageNoLongerFollowsTheSelection() throws Exception {
        org.baokan.ui.article.ArticleViewModel old = fx(() -> app.window().article());
        org.baokan.ui.common.AppState oldState = fx(() -> app.state());
        String oldHtml = fx(() -> old.html().get());
        String language = fx(() -> app.settings().language());
        fx(() -> {
            app.applySettings(app.settings().withLook(app.settings().dark(), app.settings().textPx(),
                    language.equals("en") ? "zh" : "en"));
            return null;
        });
        waitFor(() -> app.window().article() != old && app.window().article().current().get() != null);
        long next = fx(() -> {
            var loaded = app.window().article().current().get();
            return (loaded.next() != null ? loaded.next() : loaded.previous()).id();
        });
        fx(() -> {
            app.state().openArticle(next, null);
            return null;
        });
        waitFor(() -> app.window().article().current().get() != null
                && app.window().article().current().get().article().id() == next);
        assertThat(fx(() -> old.html().get())).isEqualTo(oldHtml);
        assertThat(fx(() -> old.current().get().article().id())).isNotEqualTo(next);
        // work the old window started (an import, an export) still reaches the new window
        long version = fx(() -> app.state().archiveVersion().get());
        fx(() -> {
            oldState.status().set("导出完成");
            oldState.archiveVersion().set(oldState.archiveVersion().get() + 1);
            return null;
        });
        assertThat(fx(() -> app.state().status().get())).isEqualTo("导出完成");
        assertThat(fx(() -> app.state().archiveVersion().get())).isGreaterThan(version);
        fx(() -> {
            app.applySettings(app.settings().withLook(app.settings().dark(), app.settings().textPx(), language));
            return null;
        });
    }
}
