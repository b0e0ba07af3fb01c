package org.baokan.ui.timeline;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;
import org.baokan.model.TimelineEvent;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Timelines: a leader's appearances over the bands of his titles, the changes marked, the events as a table. */
class TimelineUiTest extends ReaderUiBase {

    @Test
    void liuZhangjiansTimelineShowsHisChangeOfTitle() throws Exception {
        robot.clickOn("#viewTimeline");
        ListView<?> people = robot.lookup("#peopleList").queryAs(ListView.class);
        waitFor(() -> !people.getItems().isEmpty());
        Supplier<Optional<Node>> liu = () -> robot.lookup("#peopleList .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getText() != null
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
}
