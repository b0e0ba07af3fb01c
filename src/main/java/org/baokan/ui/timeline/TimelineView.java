package org.baokan.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
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
import javafx.scene.text.Text;
import org.baokan.entities.TimelineService;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PersonSummary;
import org.baokan.model.PlaceLevel;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleChange;
import org.baokan.ui.common.Choosing;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.HeadlineLabel;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.TimelineSubject;
import org.baokan.ui.common.WrappingCell;

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
    /** The titles printed that day: a person's timeline has them, a district's does not. */
    private final TableColumn<TimelineEvent, String> titlesColumn;
    /** A district's name is not broken: the column is as wide as the widest shown. */
    private final TableColumn<TimelineEvent, String> districtColumn;
    /** The timeline the view draws, or null while it says one is being read (or none is chosen). */
    private TimelineViewModel.Shown drawn;

    /** A place in the district tree. */
    private record Place(GazetteerEntry entry, int articles) {
    }

    public TimelineView(TimelineViewModel vm, Context context) {
        this.vm = vm;
        this.m = context.messages();
        setId("timelineView");
        titlesColumn = column(m.get("timeline.col.titles"), e -> String.join(" / ", e.titles()), 170, 76,
                Double.MAX_VALUE);
        districtColumn = column(m.get("timeline.col.district"), e -> e.district() == null ? "" : e.district(),
                96, 72, Double.MAX_VALUE);
        chart = new TimelineChart(m);
        chart.onOpen(vm::open);

        TextField filter = new TextField();
        filter.setId("peopleFilter");
        filter.setPromptText(m.get("timeline.filter"));
        filter.textProperty().bindBidirectional(vm.filter());
        ListView<PersonSummary> people = new ListView<>(vm.people());
        people.setId("peopleList");
        // as wide as the list, the title wrapping under the name: on a narrow pane the line was
        // cut off and the list scrolled sideways
        people.setCellFactory(l -> new WrappingCell<>() {
            @Override
            protected void updateItem(PersonSummary p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  · " + p.appearances()
                        + (p.latestTitle() == null ? "" : "  · " + p.latestTitle()));
                setTooltip(empty || p == null ? null : new Tooltip(m.format("timeline.personTip", p.name(),
                        p.appearances(), p.latestTitle() == null ? "—" : p.titleSeenOnce()
                                ? m.format("timeline.titleOnce", p.latestTitle()) : p.latestTitle(), m.get("role." + p.role().code()))));
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
                // the tree counts articles that name a place; a timeline counts its events
                // a place that only heads others (济宁市 over its districts) is named without a 0
                setText(empty || p == null ? null : p.articles() == 0 ? p.entry().name()
                        : m.format("timeline.placeArticles", p.entry().name(), p.articles()));
                setTooltip(empty || p == null ? null : new Tooltip(p.articles() == 0
                        ? m.format("timeline.placeHeads", p.entry().name())
                        : m.format("timeline.placeTip", p.entry().name(), p.articles())));
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
        // the name and the buttons keep their whole width; the counts wrap below the name
        heading.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : List.of(zoomIn, zoomOut, fit)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox titles = new VBox(2, heading, summary);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(8, titles, zoomOut, zoomIn, fit);
        head.setAlignment(Pos.TOP_LEFT);
        changes.setId("timelineChanges");
        Label empty = new Label();
        empty.setId("timelineMessage");
        empty.getStyleClass().add("muted");
        empty.textProperty().bind(vm.message());
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);

        table.setId("timelineTable");
        table.getStyleClass().add("timeline-table");
        table.setPlaceholder(new Label(m.get("timeline.pick")));
        // the columns share the table's width and their cells wrap: nothing is cut short, and
        // nothing stands past the right edge
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(m.get("timeline.col.date"), TimelineView::date, 96, 84, 110));
        table.getColumns().add(titlesColumn);
        table.getColumns().add(column(m.get("timeline.col.article"), TimelineView::headline, 320, 100, Double.MAX_VALUE));
        table.getColumns().add(districtColumn);
        table.getColumns().add(column(m.get("timeline.col.with"), e -> String.join("、", e.with()), 160, 72,
                Double.MAX_VALUE));
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
        summary.fontProperty().addListener((o, old, f) -> fitDistricts());
        vm.pending().addListener((o, old, p) -> {
            if (p != null) {
                reading(p);
            } else if (drawn == null || drawn != vm.shown().get()) {
                // the read ended without a new timeline to draw (it failed, or brought one equal
                // to the one shown, which fires no change): what is shown replaces "reading"
                show(vm.shown().get());
            }
        });
        show(vm.shown().get());
    }

    private void fillTree(Map<GazetteerEntry, Integer> places) {
        TreeItem<Place> root = new TreeItem<>();
        Map<String, TreeItem<Place>> items = new HashMap<>();
        List<GazetteerEntry> entries = new ArrayList<>(places.keySet());
        // the larger places first; of one level, in pinyin order as the people list is
        entries.sort(Comparator.comparing((GazetteerEntry e) -> PlaceLevel.OUTERMOST_FIRST.indexOf(e.level()))
                .thenComparing(GazetteerEntry::name, TimelineService.PINYIN));
        for (GazetteerEntry e : entries) {
            TreeItem<Place> item = new TreeItem<>(new Place(e, places.get(e)));
            item.setExpanded(true);
            items.put(e.name(), item);
        }
        for (GazetteerEntry e : entries) {
            TreeItem<Place> parent = e.parent() == null ? null : items.get(e.parent());
            (parent == null ? root : parent).getChildren().add(items.get(e.name()));
        }
        prune(root);
        tree.setRoot(root);
    }

    /**
     * Drops the places no article names and under which none is named: their timelines are
     * empty. A place holding named places stays, as their heading.
     */
    private static void prune(TreeItem<Place> item) {
        item.getChildren().forEach(TimelineView::prune);
        item.getChildren().removeIf(c -> c.getChildren().isEmpty() && c.getValue().articles() == 0);
    }

    /** A timeline is being read: its name at once, and that it is coming. */
    private void reading(TimelineSubject subject) {
        if (drawn != null && drawn.subject().equals(subject)) {
            return; // read again (an import): the timeline drawn stays until the new one is there
        }
        drawn = null;
        heading.setText(subject.name());
        summary.setText(m.get("timeline.reading"));
        chart.show(null);
        changes.getChildren().clear();
        table.getItems().clear();
        table.setPlaceholder(new Label(m.get("timeline.reading")));
    }

    private void show(TimelineViewModel.Shown t) {
        drawn = t;
        chart.show(t);
        // an axis without a dated event says nothing: the message says why, the table lists them
        boolean axis = t == null || !t.events().isEmpty();
        chart.setVisible(axis);
        chart.setManaged(axis);
        changes.getChildren().clear();
        table.setPlaceholder(new Label(m.get("timeline.pick")));
        if (t == null) {
            if (vm.pending().get() != null) {
                reading(vm.pending().get());
                return;
            }
            heading.setText(m.get("timeline.pick"));
            summary.setText("");
            table.getItems().clear();
            return;
        }
        heading.setText(t.title());
        titlesColumn.setVisible(t.subject().person());
        summary.setText(m.format(t.subject().person() ? "timeline.summaryPerson" : "timeline.summaryPlace",
                t.events().size(), t.undated().size(), t.subject().person() ? t.changes().size() : t.articles()));
        for (TitleChange c : t.changes()) {
            Label l = new Label(m.format(c.confirmed() ? "timeline.change" : "timeline.changeUnconfirmed", c.from(),
                    c.to(), c.date().toString()));
            l.getStyleClass().addAll("timeline-change-text", c.confirmed() ? "confirmed" : "unconfirmed");
            l.setWrapText(true); // whole on a narrow pane: the date and the word on a misprint matter
            l.setMinHeight(Region.USE_PREF_SIZE);
            changes.getChildren().add(l);
        }
        List<TimelineEvent> rows = new ArrayList<>(t.events());
        rows.addAll(t.undated());
        table.getItems().setAll(rows);
        fitDistricts();
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
                                                             double width, double min, double max) {
        TableColumn<TimelineEvent, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setCellFactory(WrappedCell::new);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setMaxWidth(max);
        return c;
    }

    /**
     * The district column as wide as its widest name: measured again when the window's font
     * comes (a view shown for the first time is filled before its style sheet is applied, and
     * measured in the default font the names wrapped).
     */
    private void fitDistricts() {
        fitToWidest(districtColumn, table.getItems().stream().map(TimelineEvent::district).distinct());
    }

    /** Makes a column at least as wide as its widest text and its heading (with the cells' padding). */
    private void fitToWidest(TableColumn<TimelineEvent, String> column, java.util.stream.Stream<String> texts) {
        Text measure = new Text();
        measure.setFont(summary.getFont()); // the window's text, as in the cells
        double widest = Math.max(measureWidth(measure, column.getText()) + 12, 48);
        for (String s : (Iterable<String>) texts::iterator) {
            if (s != null) {
                widest = Math.max(widest, measureWidth(measure, s));
            }
        }
        double w = Math.ceil(widest + 18); // the cells' padding (app.css) and a pixel to spare
        column.setMinWidth(w);
        column.setPrefWidth(w);
    }

    private static double measureWidth(Text t, String s) {
        t.setText(s);
        return t.getLayoutBounds().getWidth();
    }

    /** A cell whose text wraps to its column's width, broken as a headline; its row grows to hold the lines. */
    private static final class WrappedCell extends TableCell<TimelineEvent, String> {
        private final Text text = new Text();

        WrappedCell(TableColumn<TimelineEvent, String> column) {
            text.getStyleClass().add("timeline-cell-text");
            text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(8, column.getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                    column.widthProperty(), paddingProperty()));
            setAlignment(Pos.TOP_LEFT);
            text.wrappingWidthProperty().addListener((o, old, w) -> fit());
            text.fontProperty().addListener((o, old, f) -> fit());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            shown = item;
            fit();
            setGraphic(text);
        }

        private String shown;

        private void fit() {
            if (shown != null) {
                text.setText(text.getWrappingWidth() > 8 ? HeadlineLabel.lines(shown, text.getWrappingWidth(), text.getFont())
                        : shown);
            }
        }
    }
}
