package org.baokan.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.baokan.search.SearchHit;
import org.baokan.search.SearchResult;
import org.baokan.store.SearchIndex;
import org.baokan.ui.common.Context;

import java.time.LocalDate;

/**
 * Search: a query with a date range and a paper, ranked hits with their snippets; opening a hit
 * shows its article with the query's words marked.
 */
public final class SearchViewModel {
    /** How many hits are shown. */
    public static final int LIMIT = 100;

    private final Context context;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** The paper to search, or null for all. */
    private final ObjectProperty<String> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObservableList<String> papers = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private long generation;

    public SearchViewModel(Context context) {
        this.context = context;
        context.state().archiveVersion().addListener((o, old, v) -> loadPapers(() -> {
            // the results shown are searched again (new pages, or another archive), once a paper
            // the archive no longer has is out of the filter
            String shown = context.state().searched().get();
            if (shown != null) {
                run(shown);
            }
        }));
    }

    public StringProperty query() {
        return query;
    }

    /** The query whose results are shown, or null. */
    public String searchedQuery() {
        return context.state().searched().get();
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<String> paper() {
        return paper;
    }

    /** The archive's papers, for the paper filter. */
    public ObservableList<String> papers() {
        return papers;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** "12 articles match · 8 ms", or why there are none. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searching() {
        return searching.getReadOnlyProperty();
    }

    public void loadPapers() {
        loadPapers(() -> { });
    }

    private void loadPapers(Runnable then) {
        long request = ++papersRequest;
        context.load(s -> s.reader().papers(), list -> {
            if (request != papersRequest) {
                return; // an archive opened since: its papers are being read
            }
            String chosen = paper.get();
            papers.setAll(list);
            if (chosen != null && !list.contains(chosen)) {
                paper.set(null);
            }
            then.run();
        });
    }

    private long papersRequest;

    /** Runs the query in the background; an empty query clears the results. */
    public void search() {
        run(query.get() == null ? "" : query.get().strip());
    }

    private void run(String q) {
        long request = ++generation;
        // a search still running is superseded: its result will be dropped, so it no longer counts
        searching.set(false);
        if (q.isEmpty()) {
            hits.clear();
            summary.set("");
            context.state().searched().set(null);
            context.state().clearHighlight();
            return;
        }
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f != null && t != null && f.isAfter(t)) {
            hits.clear();
            summary.set(context.messages().get("search.badRange"));
            return;
        }
        searching.set(true);
        SearchIndex.Filter filter = new SearchIndex.Filter(paper.get(), f, t, null);
        context.tasks().run(() -> context.sessionOrFail().search().search(q, filter, LIMIT), (SearchResult r) -> {
            if (request != generation) {
                return;
            }
            searching.set(false);
            context.state().searched().set(q);
            if (!q.equals(context.state().highlight().get())) {
                // the words of the search before no longer stand marked in the article
                context.state().clearHighlight();
            }
            hits.setAll(r.hits());
            summary.set(r.total() == 0 && r.hits().isEmpty() ? context.messages().format("search.none", q)
                    : context.messages().format("search.summary", r.total(), r.elapsedMs()));
        }, e -> {
            if (request == generation) {
                searching.set(false);
                context.failed(e);
            }
        });
    }

    /** Opens a hit's article with the query's words marked; a guide entry whose page is missing says so. */
    public void open(SearchHit hit) {
        if (hit.id() == null) {
            context.state().status().set(hit.target() == null ? context.messages().get("guide.noPage")
                    : context.messages().format("guide.notInArchive", hit.target()));
            return;
        }
        context.state().openArticle(hit.id(), context.state().searched().get());
    }
}
