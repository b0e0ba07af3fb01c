package org.baokan.ui.timeline;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PersonSummary;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleChange;
import org.baokan.ui.common.Choosing;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.TimelineSubject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline view: people and districts to pick from on the left; the chosen timeline as a
 * zoomable chart over a sortable table of its events on the right.
 */
public final class TimelineView extends SplitPane {
    private final TimelineViewModel vm;
    private final Messages m;
    private final TimelineChart chart;
    private final TableView<TimelineEvent> table = new TableView<>();
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final VBox changes = new VBox(2);
    private final TreeView<Place> tree = new TreeView<>();

    /** A place in the district tree. */
    private record Place(GazetteerEntry entry, int articles) {
    }

    public TimelineView(TimelineViewModel vm, Context context) {
        this.vm = vm;
        this.m = context.messages();
        setId("timelineView");
        chart = new TimelineChart(m);
        chart.onOpen(vm::open);

        TextField filter = new TextField();
        filter.setId("peopleFilter");
        filter.setPromptText(m.get("timeline.filter"));
        filter.textProperty().bindBidirectional(vm.filter());
        ListView<PersonSummary> people = new ListView<>(vm.people());
        people.setId("peopleList");
        people.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  · " + p.appearances()
                        + (p.latestTitle() == null ? "" : "  · " + p.latestTitle()));
                setTooltip(empty || p == null ? null : new Tooltip(m.format("timeline.personTip", p.name(),
                        p.appearances(), p.latestTitle() == null ? "—" : p.latestTitle(), m.get("role." + p.role().code()))));
            }
        });
        Choosing.opens(people, people.getSelectionModel()::getSelectedItem,
                p -> vm.show(TimelineSubject.person(p.name())));
        VBox peopleBox = new VBox(6, filter, people);
        VBox.setVgrow(people, Priority.ALWAYS);
        peopleBox.setPadding(new Insets(6));

        tree.setId("placeTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.entry().name() + "  (" + p.articles() + ")");
            }
        });
        Choosing.opens(tree, () -> {
            TreeItem<Place> item = tree.getSelectionModel().getSelectedItem();
            return item == null ? null : item.getValue();
        }, p -> vm.show(TimelineSubject.place(p.entry().name())));
        vm.places().addListener((o, old, places) -> fillTree(places));

        Tab peopleTab = new Tab(m.get("timeline.people"), peopleBox);
        peopleTab.setId("peopleTab");
        Tab placesTab = new Tab(m.get("timeline.places"), tree);
        placesTab.setId("placesTab");
        TabPane pick = new TabPane(peopleTab, placesTab);
        pick.setId("timelineTabs");
        pick.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        heading.setId("timelineTitle");
        heading.getStyleClass().add("timeline-heading");
        summary.setId("timelineSummary");
        summary.getStyleClass().add("muted");
        Button zoomIn = new Button("+");
        zoomIn.setTooltip(new Tooltip(m.get("timeline.zoomIn")));
        zoomIn.setOnAction(e -> chart.zoom(1.5));
        Button zoomOut = new Button("−");
        zoomOut.setTooltip(new Tooltip(m.get("timeline.zoomOut")));
        zoomOut.setOnAction(e -> chart.zoom(1 / 1.5));
        Button fit = new Button(m.get("timeline.fit"));
        fit.setOnAction(e -> chart.fit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, heading, summary, gap, zoomOut, zoomIn, fit);
        head.setAlignment(Pos.BASELINE_LEFT);
        changes.setId("timelineChanges");
        Label empty = new Label();
        empty.setId("timelineMessage");
        empty.getStyleClass().add("muted");
        empty.textProperty().bind(vm.message());

        table.setId("timelineTable");
        table.setPlaceholder(new Label(m.get("timeline.pick")));
        table.getColumns().add(column(m.get("timeline.col.date"), TimelineView::date, 96));
        table.getColumns().add(column(m.get("timeline.col.titles"), e -> String.join(" / ", e.titles()), 220));
        table.getColumns().add(column(m.get("timeline.col.article"), TimelineView::headline, 320));
        table.getColumns().add(column(m.get("timeline.col.district"), e -> e.district() == null ? "" : e.district(), 100));
        table.getColumns().add(column(m.get("timeline.col.with"), e -> String.join("、", e.with()), 240));
        Choosing.articlesOf(table.getSelectionModel(), context.state(), TimelineEvent::articleId);
        table.setRowFactory(t -> {
            TableRow<TimelineEvent> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox right = new VBox(6, head, empty, chart, changes, table);
        right.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        getItems().addAll(pick, right);
        setDividerPositions(0.26);

        vm.shown().addListener((o, old, t) -> show(t));
        show(vm.shown().get());
    }

    private void fillTree(Map<GazetteerEntry, Integer> places) {
        TreeItem<Place> root = new TreeItem<>();
        Map<String, TreeItem<Place>> items = new HashMap<>();
        List<GazetteerEntry> entries = new ArrayList<>(places.keySet());
        entries.sort(Comparator.comparing(GazetteerEntry::level));
        for (GazetteerEntry e : entries) {
            TreeItem<Place> item = new TreeItem<>(new Place(e, places.get(e)));
            item.setExpanded(true);
            items.put(e.name(), item);
        }
        for (GazetteerEntry e : entries) {
            TreeItem<Place> parent = e.parent() == null ? null : items.get(e.parent());
            (parent == null ? root : parent).getChildren().add(items.get(e.name()));
        }
        tree.setRoot(root);
    }

    private void show(TimelineViewModel.Shown t) {
        chart.show(t);
        changes.getChildren().clear();
        if (t == null) {
            heading.setText(m.get("timeline.pick"));
            summary.setText("");
            table.getItems().clear();
            return;
        }
        heading.setText(t.title());
        summary.setText(m.format(t.subject().person() ? "timeline.summaryPerson" : "timeline.summaryPlace",
                t.events().size(), t.undated().size(), t.changes().size()));
        for (TitleChange c : t.changes()) {
            Label l = new Label(m.format(c.confirmed() ? "timeline.change" : "timeline.changeUnconfirmed", c.from(),
                    c.to(), c.date().toString()));
            l.getStyleClass().addAll("timeline-change-text", c.confirmed() ? "confirmed" : "unconfirmed");
            changes.getChildren().add(l);
        }
        List<TimelineEvent> rows = new ArrayList<>(t.events());
        rows.addAll(t.undated());
        table.getItems().setAll(rows);
        javafx.application.Platform.runLater(chart::fit);
    }

    private static String date(TimelineEvent e) {
        if (e.date() != null) {
            return e.date().toString();
        }
        return e.monthDay() != null ? "????" + e.monthDay().toString().substring(1) : "?";
    }

    private static String headline(TimelineEvent e) {
        String h = (e.kicker() == null ? "" : e.kicker() + "｜") + (e.title() == null ? "" : e.title());
        return e.excerpt() == null ? h : h + "：" + e.excerpt();
    }

    private static TableColumn<TimelineEvent, String> column(String name, java.util.function.Function<TimelineEvent, String> f,
                                                             double width) {
        TableColumn<TimelineEvent, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
