package org.baokan.ui.common;

import org.baokan.entities.Gazetteer;
import org.baokan.entities.TimelineService;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.Person;
import org.baokan.model.Place;
import org.baokan.model.StoredArticle;
import org.baokan.render.ArticleDocument;
import org.baokan.render.TextMarks;
import org.baokan.search.Highlighter;
import org.baokan.search.QueryParser;
import org.baokan.search.SearchQuery;
import org.baokan.search.SearchService;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveReader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The open archive and the services over it, as the desktop uses them. Called from background
 * threads only (the archive serialises access to its connection).
 */
public final class Session implements AutoCloseable {
    private final Archive archive;
    private final SearchService search;
    private final TimelineService timelines;
    private volatile Gazetteer gazetteer;
    private final Latest<List<StoredArticle>> pageArticles = new Latest<>();
    private final Latest<List<StoredArticle>> issueArticles = new Latest<>();

    public Session(Archive archive) {
        this.archive = archive;
        this.search = new SearchService(archive);
        this.timelines = new TimelineService(archive);
    }

    public Archive archive() {
        return archive;
    }

    public Path path() {
        return archive.path();
    }

    public ArchiveReader reader() {
        return archive.reader();
    }

    public SearchService search() {
        return search;
    }

    public TimelineService timelines() {
        return timelines;
    }

    /** The gazetteer, read once until {@link #changed()}. */
    public Gazetteer gazetteer() throws ArchiveException {
        Gazetteer g = gazetteer;
        if (g == null) {
            g = timelines.gazetteer();
            gazetteer = g;
        }
        return g;
    }

    /**
     * A page's articles in reading order, kept for the page last read: the layout view and the
     * guide's list of titles ask for the same page at once. Dropped by {@link #changed()}.
     */
    public List<StoredArticle> articlesOfPage(long pageId) throws ArchiveException {
        return pageArticles.get(pageId, () -> List.copyOf(archive.reader().articlesOfPage(pageId)));
    }

    /**
     * An issue's articles in reading order, kept for the issue last read: moving through an issue
     * article by article reads it once. Dropped by {@link #changed()}.
     */
    public List<StoredArticle> articlesOfIssue(long issueId) throws ArchiveException {
        return issueArticles.get(issueId, () -> List.copyOf(archive.reader().articlesOfIssue(issueId)));
    }

    /** The archive's content changed (import, gazetteer edit): cached reads are dropped. */
    public void changed() {
        gazetteer = null;
        pageArticles.clear();
        issueArticles.clear();
    }

    /** One value kept for the key read last; a second caller of the same key waits for the first. */
    private static final class Latest<V> {
        private long key = -1;
        private V value;

        synchronized V get(long k, Read<V> read) throws ArchiveException {
            if (value == null || key != k) {
                value = read.read();
                key = k;
            }
            return value;
        }

        synchronized void clear() {
            value = null;
        }
    }

    @FunctionalInterface
    private interface Read<V> {
        V read() throws ArchiveException;
    }

    /**
     * What to link in an article: its people by name, its places by name and by every alias the
     * gazetteer knows (高新区 links to 济宁高新区).
     */
    public Map<String, TextMarks.Link> links(StoredArticle s) throws ArchiveException {
        Map<String, TextMarks.Link> links = new HashMap<>();
        Gazetteer g = gazetteer();
        for (Place p : s.article().places()) {
            TextMarks.Link l = new TextMarks.Link("place", p.name());
            links.put(p.name(), l);
            g.entry(p.name()).map(GazetteerEntry::aliases).orElse(List.of()).stream()
                    .filter(a -> a.length() >= 2 && !a.equals("新区"))
                    .forEach(a -> links.putIfAbsent(a, l));
        }
        for (Person p : s.article().people()) {
            links.put(p.name(), new TextMarks.Link("person", p.name()));
        }
        return links;
    }

    /** Where a query's words stand in a text: what the article pane marks after a search. */
    public static ArticleDocument.Highlights highlights(String query) {
        if (query == null || query.isBlank()) {
            return ArticleDocument.Highlights.NONE;
        }
        SearchQuery q = QueryParser.parse(query);
        List<String> terms = q.highlightTerms();
        if (terms.isEmpty()) {
            return ArticleDocument.Highlights.NONE;
        }
        return text -> Highlighter.find(text, terms).stream().map(s -> new int[]{s.start(), s.end()}).toList();
    }

    @Override
    public void close() {
        archive.close();
    }
}
