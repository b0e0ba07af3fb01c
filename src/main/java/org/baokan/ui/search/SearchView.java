package org.baokan.ui.search;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.baokan.render.IssueText;
import org.baokan.search.SearchHit;
import org.baokan.search.SearchService;
import org.baokan.ui.common.Choosing;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;

import java.time.format.DateTimeFormatter;

/** Search: the query box with date range and paper, and the ranked hits with their snippets. */
public final class SearchView extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final TextField query = new TextField();

    public SearchView(SearchViewModel vm, Context context) {
        Messages m = context.messages();
        setId("searchView");
        setSpacing(6);
        setPadding(new Insets(8));
        query.setId("searchField");
        query.setPromptText(m.get("search.prompt"));
        query.textProperty().bindBidirectional(vm.query());
        query.setOnAction(e -> vm.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button(m.get("search.go"));
        go.setId("searchButton");
        go.setDefaultButton(false);
        go.setOnAction(e -> vm.search());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.searching());
        HBox line = new HBox(6, query, go, busy);
        line.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = datePicker("searchFrom", m.get("search.datePrompt"));
        from.valueProperty().bindBidirectional(vm.from());
        DatePicker to = datePicker("searchTo", m.get("search.datePrompt"));
        to.valueProperty().bindBidirectional(vm.to());
        ComboBox<String> paper = new ComboBox<>();
        paper.setId("searchPaper");
        paper.getItems().add(null);
        vm.papers().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String chosen = paper.getValue();
            paper.getItems().setAll(vm.papers());
            paper.getItems().add(0, null);
            paper.setValue(chosen);
        });
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? m.get("search.allPapers") : s;
            }

            @Override
            public String fromString(String s) {
                return s == null || s.equals(m.get("search.allPapers")) ? null : s;
            }
        });
        paper.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? m.get("search.allPapers") : s);
            }
        });
        paper.valueProperty().bindBidirectional(vm.paper());
        paper.valueProperty().addListener((o, old, p) -> vm.search());
        from.valueProperty().addListener((o, old, d) -> vm.search());
        to.valueProperty().addListener((o, old, d) -> vm.search());
        Button clear = new Button(m.get("search.clearFilters"));
        clear.setOnAction(e -> {
            from.setValue(null);
            to.setValue(null);
            paper.setValue(null);
        });
        HBox filters = new HBox(6, new Label(m.get("search.from")), from, new Label(m.get("search.to")), to, paper, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("searchSummary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(vm.summary());

        ListView<SearchHit> hits = new ListView<>(vm.hits());
        hits.setId("searchResults");
        hits.setPlaceholder(new Label(m.get("search.help")));
        hits.setCellFactory(l -> new HitCell(m, l));
        // Ctrl/Shift-click chooses several hits to export together
        Choosing.articlesOf(hits.getSelectionModel(), context.state(),
                h -> SearchHit.ARTICLE.equals(h.type()) ? h.id() : null);
        Choosing.opens(hits, hits.getSelectionModel()::getSelectedItem, vm::open);
        VBox.setVgrow(hits, Priority.ALWAYS);
        getChildren().addAll(line, filters, summary, hits);
        vm.loadPapers();
    }

    /** Puts the caret in the query box (Ctrl+F). */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker d = new DatePicker();
        d.setId(id);
        d.setPromptText(prompt);
        // wide enough for the whole placeholder and a date (a fixed 130 px cut it to YYYY-MM-DI);
        // a column is as wide as a W, wider than any character of either
        d.getEditor().setPrefColumnCount(9);
        d.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate date) {
                return date == null ? "" : DATE.format(date);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip(), DATE);
                } catch (java.time.format.DateTimeParseException e) {
                    return null; // a date that cannot be read is no filter
                }
            }
        });
        return d;
    }

    /** A hit: headline, where it was printed, and the snippet with the words found in bold. */
    private static final class HitCell extends ListCell<SearchHit> {
        private final Messages m;

        HitCell(Messages m, ListView<SearchHit> list) {
            this.m = m;
            prefWidthProperty().bind(list.widthProperty().subtract(20));
        }

        @Override
        protected void updateItem(SearchHit h, boolean empty) {
            super.updateItem(h, empty);
            setText(null);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label((h.kicker() == null ? "" : h.kicker() + "｜") + h.title());
            title.getStyleClass().add("hit-title");
            title.setWrapText(true);
            String where = IssueText.paper(h.paper(), m.bundle()) + " · "
                    + (h.date() == null ? m.get("render.dateUnknown") : DATE.format(h.date()))
                    + (h.page() == null ? "" : " · " + h.page());
            if (SearchHit.GUIDE.equals(h.type())) {
                where += " · " + m.get("search.guideHit") + (Boolean.FALSE.equals(h.targetInArchive())
                        ? " · " + m.get("guide.missing") : "");
            }
            Label meta = new Label(where);
            meta.getStyleClass().add("muted");
            TextFlow snippet = snippet(h.snippet());
            snippet.getStyleClass().add("hit-snippet");
            VBox box = new VBox(2, title, meta, snippet);
            box.setPadding(new Insets(2, 0, 4, 0));
            setGraphic(box);
        }

        private static TextFlow snippet(String s) {
            TextFlow flow = new TextFlow();
            if (s == null) {
                return flow;
            }
            boolean hit = false;
            int i = 0;
            while (i < s.length()) {
                String mark = hit ? SearchService.MARK_CLOSE : SearchService.MARK_OPEN;
                int j = s.indexOf(mark, i);
                String piece = s.substring(i, j < 0 ? s.length() : j);
                if (!piece.isEmpty()) {
                    Text t = new Text(piece);
                    t.getStyleClass().add(hit ? "hit-mark" : "hit-text");
                    flow.getChildren().add(t);
                }
                if (j < 0) {
                    break;
                }
                hit = !hit;
                i = j + mark.length();
            }
            return flow;
        }
    }
}
