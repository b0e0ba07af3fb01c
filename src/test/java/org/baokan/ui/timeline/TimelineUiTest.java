package org.baokan.ui.timeline;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.baokan.model.TimelineEvent;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Timelines: a leader's appearances over the bands of his titles, the changes marked, the events as a table. */
class TimelineUiTest extends ReaderUiBase {

    private void showPerson(String name) throws Exception {
        robot.clickOn("#viewTimeline");
        robot.clickOn("#peopleTab");
        ListView<?> people = robot.lookup("#peopleList").queryAs(ListView.class);
        waitFor(() -> !people.getItems().isEmpty());
        Supplier<Optional<Node>> cell = () -> robot.lookup("#peopleList .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                        && c.getText().startsWith(name)).tryQuery();
        waitFor(() -> cell.get().isPresent());
        robot.clickOn(cell.get().orElseThrow());
        waitFor(() -> robot.lookup("#timelineTitle").queryAs(Label.class).getText().equals(name)
                && !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty());
        settle();
    }

    private void showPlace(String name) throws Exception {
        robot.clickOn("#viewTimeline");
        robot.clickOn("#placesTab");
        Supplier<Optional<Node>> cell = () -> robot.lookup("#placeTree .tree-cell")
                .match((Node n) -> n instanceof TreeCell<?> c && c.getText() != null
                        && c.getText().startsWith(name + " ")).tryQuery();
        waitFor(() -> cell.get().isPresent());
        robot.clickOn(cell.get().orElseThrow());
        waitFor(() -> robot.lookup("#timelineTitle").queryAs(Label.class).getText().equals(name)
                && !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty());
        settle();
    }

    /** The chart fits itself to its width after it is laid out. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Pane canvas() {
        return robot.lookup(".timeline-canvas").queryAs(Pane.class);
    }

    private List<Text> texts(String styleClass) throws Exception {
        return fx(() -> canvas().getChildren().stream().filter(n -> n instanceof Text t && t.isVisible()
                && t.getStyleClass().contains(styleClass)).map(n -> (Text) n).toList());
    }

    /** Whether a text stands whole on the canvas: inside its edges and not clipped. */
    private boolean whole(Text t) {
        Bounds b = t.getBoundsInParent();
        double width = canvas().getWidth();
        boolean inside = b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0 && b.getMaxY() <= canvas().getHeight();
        boolean clipped = t.getClip() != null && !t.getClip().getBoundsInParent().contains(t.getLayoutBounds());
        return inside && !clipped;
    }

    private static String where(Text t) {
        return t.getText() + " " + t.getBoundsInParent();
    }

    @Test
    void thePeopleListGivesTheLatestTitlePrintedOnMoreThanOneDay() throws Exception {
        robot.clickOn("#viewTimeline");
        robot.clickOn("#peopleTab");
        Supplier<Optional<Node>> liu = () -> robot.lookup("#peopleList .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("刘章箭")).tryQuery();
        waitFor(() -> liu.get().isPresent());
        ListCell<?> cell = (ListCell<?>) liu.get().orElseThrow();
        // his last appearance (2020-09-11) prints 区党委书记, on that day only: the timeline flags it
        assertThat(cell.getText()).endsWith("· 高新区党工委书记").doesNotContain("区党委书记");
        assertThat(cell.getTooltip().getText()).contains("高新区党工委书记").doesNotContain("误印");
        // 曹广州's one title is printed on one day of his four appearances: the tooltip says so
        Supplier<Optional<Node>> cao = () -> robot.lookup("#peopleList .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("曹广州")).tryQuery();
        waitFor(() -> cao.get().isPresent());
        assertThat(((ListCell<?>) cao.get().orElseThrow()).getTooltip().getText()).contains("只见于一天");
    }

    @Test
    void theAxisLabelsDoNotOverprintEachOther() throws Exception {
        showPerson("刘章箭");
        List<Text> labels = new java.util.ArrayList<>();
        for (String c : List.of("timeline-label-year", "timeline-label", "timeline-label-day")) {
            labels.addAll(texts(c));
        }
        assertThat(texts("timeline-label-year")).as("the years are named").hasSizeGreaterThanOrEqualTo(2);
        for (Text a : labels) {
            assertThat(fx(() -> whole(a))).as("whole: " + where(a)).isTrue();
            for (Text b : labels) {
                if (a != b) {
                    assertThat(fx(() -> a.getBoundsInParent().intersects(b.getBoundsInParent())))
                            .as(where(a) + " overprints " + where(b)).isFalse();
                }
            }
        }
        // nor does a tick run through a label
        List<Line> ticks = fx(() -> canvas().getChildren().stream().filter(n -> n instanceof Line l
                && (l.getStyleClass().contains("timeline-tick") || l.getStyleClass().contains("timeline-tick-year")))
                .map(n -> (Line) n).toList());
        for (Text a : labels) {
            for (Line l : ticks) {
                assertThat(fx(() -> a.getBoundsInParent().intersects(l.getBoundsInParent())))
                        .as(where(a) + " is crossed by a tick at " + l.getStartX()).isFalse();
            }
        }
    }

    @Test
    void theChangesOfTitleAreLabelledWholeWithinTheChart() throws Exception {
        showPerson("刘章箭");
        List<Text> flags = texts("timeline-change-label");
        assertThat(flags).extracting(Text::getText).contains("→ 党工委书记", "→ 党工委副书记", "→ 党委书记");
        ScrollPane chart = robot.lookup("#timelineChart").queryAs(ScrollPane.class);
        assertThat(fx(() -> canvas().getWidth())).as("the fitted chart needs no scrolling")
                .isLessThanOrEqualTo(fx(() -> chart.getViewportBounds().getWidth()) + 1);
        for (Text a : flags) {
            assertThat(fx(() -> whole(a))).as("whole: " + where(a)).isTrue();
            for (Text b : flags) {
                if (a != b) {
                    assertThat(fx(() -> a.getBoundsInParent().intersects(b.getBoundsInParent())))
                            .as(where(a) + " overprints " + where(b)).isFalse();
                }
            }
        }
    }

    @Test
    void theBandsAreLabelledWithWholeTitles() throws Exception {
        showPerson("刘章箭");
        List<Rectangle> bands = fx(() -> canvas().getChildren().stream().filter(n -> n instanceof Rectangle r
                && r.getStyleClass().contains("timeline-band")).map(n -> (Rectangle) n).toList());
        List<Text> labels = texts("timeline-band-label");
        assertThat(labels).extracting(t -> t.getText().replace("\n", ""))
                .as("the first band, four months wide, is named").contains("党工委副书记、管委会副主任");
        for (Text t : labels) {
            assertThat(fx(() -> whole(t))).as("whole: " + where(t)).isTrue();
            assertThat(fx(() -> bands.stream().anyMatch(r -> r.getBoundsInParent().contains(t.getBoundsInParent()))))
                    .as("inside its band: " + where(t)).isTrue();
            assertThat(t.getText().replace("\n", "")).isIn("党工委副书记、管委会副主任", "党工委书记", "党工委副书记", "党委书记");
        }
    }

    @Test
    void theEventsTableShowsEveryColumnWhole() throws Exception {
        showPerson("刘章箭");
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertWhole(table);
        // a district's name stands on one line, and a wrapped text leaves no character alone
        for (Node n : fx(() -> List.<Node>copyOf(robot.from(table).lookup(".timeline-cell-text").queryAll()))) {
            Text t = (Text) n;
            TableCell<?, ?> cell = (TableCell<?, ?>) t.getParent();
            if ("地区".equals(fx(() -> cell.getTableColumn().getText())) && !t.getText().isEmpty()) {
                assertThat(fx(() -> t.getLayoutBounds().getHeight())).as(t.getText()).isLessThan(25);
            }
            assertThat(badlyBroken(List.of(t.getText().split("\n")))).as(t.getText()).isNull();
        }
    }

    @Test
    void aDistrictsTableHasNoColumnOfTitles() throws Exception {
        showPlace("济宁高新区");
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(fx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList()))
                .doesNotContain("当日职务").contains("日期", "文章", "地区");
        assertWhole(table);
        showPerson("刘章箭"); // and a person's has it again
        assertThat(fx(() -> table.getVisibleLeafColumns().stream().map(TableColumn::getText).toList()))
                .contains("当日职务");
    }

    /** Every column fits the table's width, and no cell shows less than its text. */
    private void assertWhole(TableView<?> table) throws Exception {
        double columns = fx(() -> table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        double room = fx(() -> table.getWidth() - table.snappedLeftInset() - table.snappedRightInset());
        assertThat(columns).as("the columns' width beside the table's").isLessThanOrEqualTo(room + 1);
        assertThat(fx(() -> truncated(table))).as("cut short").isEmpty();
        List<TableCell<?, ?>> cells = fx(() -> robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && !c.isEmpty() && c.isVisible())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList());
        assertThat(cells).isNotEmpty();
        for (TableCell<?, ?> c : cells) {
            Node g = c.getGraphic();
            if (g != null) {
                assertThat(fx(() -> c.getHeight() + 0.5 >= g.getBoundsInParent().getMaxY()
                        && c.getWidth() + 0.5 >= g.getBoundsInParent().getMaxX()))
                        .as("the cell holds its lines: " + c.getItem()).isTrue();
            }
        }
    }

    @Test
    void liuZhangjiansTimelineShowsHisChangeOfTitle() throws Exception {
        showPerson("刘章箭");
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
    void aTimelineOpenedFromALinkNamesItsSubjectAtOnce() throws Exception {
        showPlace("济宁高新区");
        // as a person link in an article does: the subject changes, the timeline is read in the background
        List<String> atOnce = fx(() -> {
            state().timeline().set(org.baokan.ui.common.TimelineSubject.person("刘章箭"));
            return List.of(robot.lookup("#timelineTitle").queryAs(Label.class).getText(),
                    robot.lookup("#timelineSummary").queryAs(Label.class).getText());
        });
        assertThat(atOnce.get(0)).isEqualTo("刘章箭");
        assertThat(atOnce.get(1)).isEqualTo("正在读取时间线…");
        waitFor(() -> !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty()
                && robot.lookup("#timelineSummary").queryAs(Label.class).getText().contains("次有日期的出现"));
        assertThat(fx(() -> robot.lookup("#timelineTitle").queryAs(Label.class).getText())).isEqualTo("刘章箭");
    }

    @Test
    void aDistrictWhoseEventsAreAllUndatedSaysWhyAndCountsArticles() throws Exception {
        showPlace("太白湖新区");
        TableView<?> table = robot.lookup("#timelineTable").queryAs(TableView.class);
        long dated = fx(() -> table.getItems().stream().filter(e -> ((TimelineEvent) e).date() != null).count());
        assertThat(dated).as("the fixture's 太白湖新区 pages print no full date").isZero();
        assertThat(fx(() -> robot.lookup("#timelineMessage").queryAs(Label.class).getText()))
                .contains("没有印出完整的日期");
        assertThat(fx(() -> robot.lookup("#timelineChart").query().isVisible())).as("no empty axis").isFalse();
        // the header and the tree both say what they count: events, and the articles they stand in
        long articles = fx(() -> table.getItems().stream().mapToLong(e -> ((TimelineEvent) e).articleId())
                .distinct().count());
        assertThat(fx(() -> robot.lookup("#timelineSummary").queryAs(Label.class).getText()))
                .contains(table.getItems().size() + " 项日期不详", "见于 " + articles + " 篇文章");
        TreeCell<?> cell = (TreeCell<?>) fx(() -> robot.lookup("#placeTree .tree-cell")
                .match((Node n) -> n instanceof TreeCell<?> c && c.getText() != null
                        && c.getText().startsWith("太白湖新区 ")).query());
        assertThat(fx(cell::getText)).endsWith(" 篇");
        assertThat(fx(() -> cell.getTooltip().getText())).contains("篇文章提到太白湖新区");
    }

    @Test
    void thePlaceTreeListsOnlyPlacesSomeArticleNames() throws Exception {
        robot.clickOn("#viewTimeline");
        robot.clickOn("#placesTab");
        javafx.scene.control.TreeView<?> tree = robot.lookup("#placeTree").queryAs(javafx.scene.control.TreeView.class);
        waitFor(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
        List<String> empty = new java.util.ArrayList<>();
        fx(() -> {
            collectEmpty(tree.getRoot(), empty);
            return null;
        });
        assertThat(empty).as("places with no article and nothing under them").isEmpty();
        // a place that only heads others is named without a count of 0
        assertThat(fx(() -> robot.lookup("#placeTree .tree-cell").queryAll().stream()
                .map(n -> ((TreeCell<?>) n).getText()).filter(java.util.Objects::nonNull).toList()))
                .isNotEmpty().noneMatch(t -> t.endsWith(" 0 篇")).contains("济宁市");
        // a city named on a district's page does not stand inside that district
        List<String> underDistricts = new java.util.ArrayList<>();
        fx(() -> {
            for (javafx.scene.control.TreeItem<?> top : tree.getRoot().getChildren()) {
                for (javafx.scene.control.TreeItem<?> district : top.getChildren()) {
                    district.getChildren().forEach(c -> underDistricts.add(String.valueOf(c.getValue())));
                }
            }
            return null;
        });
        assertThat(underDistricts).noneMatch(s -> s.matches(".*entry=GazetteerEntry\\[name=[^,]*[市省],.*"));
    }

    private static void collectEmpty(javafx.scene.control.TreeItem<?> item, List<String> empty) {
        for (javafx.scene.control.TreeItem<?> c : item.getChildren()) {
            if (c.getChildren().isEmpty() && String.valueOf(c.getValue()).endsWith("articles=0]")) {
                empty.add(String.valueOf(c.getValue()));
            }
            collectEmpty(c, empty);
        }
    }

    @Test
    void goingBackToTheTimelineShownBeforeTheNextOneCameShowsItAgain() throws Exception {
        showPerson("刘章箭");
        int rows = fx(() -> robot.lookup("#timelineTable").queryAs(TableView.class).getItems().size());
        // another person chosen, and 刘章箭 again before the other's timeline has come
        fx(() -> {
            state().timeline().set(org.baokan.ui.common.TimelineSubject.person("曹广州"));
            state().timeline().set(org.baokan.ui.common.TimelineSubject.person("刘章箭"));
            return null;
        });
        waitFor(() -> robot.lookup("#timelineTitle").queryAs(Label.class).getText().equals("刘章箭")
                && robot.lookup("#timelineSummary").queryAs(Label.class).getText().contains("次有日期的出现")
                && robot.lookup("#timelineTable").queryAs(TableView.class).getItems().size() == rows);
    }
}
