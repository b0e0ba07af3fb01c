package org.baokan.search;

import org.baokan.model.GuideEntry;
import org.baokan.model.StoredArticle;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveReader;
import org.baokan.store.SearchIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranked full-text search over an archive, with filters and snippets. */
public final class SearchService {
    /** Snippet width in characters. */
    static final int SNIPPET_WIDTH = 60;
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";

    private final Archive archive;

    public SearchService(Archive archive) {
        this.archive = archive;
    }

    /**
     * Every article matching the query, unranked: for exporting all of them. Empty for an empty query.
     *
     * @throws QueryLimitException for a query beyond the limits of {@link QueryParser#parseBounded}
     */
    public List<Long> allArticleIds(String query, SearchIndex.Filter filter) throws ArchiveException {
        SearchQuery q = QueryParser.parseBounded(query);
        if (q.isEmpty()) {
            return List.of();
        }
        return archive.searchIndex().match(q.forIndex(), filter, Integer.MAX_VALUE, 0).matches().stream()
                .map(SearchIndex.Match::articleId).toList();
    }

    public SearchResult search(String query, SearchIndex.Filter filter, int limit) throws ArchiveException {
        return search(query, filter, limit, 0);
    }

    /**
     * The hits on one page of results and how many there are in all; a limit of 0 only counts them.
     *
     * @throws QueryLimitException for a query beyond the limits of {@link QueryParser#parseBounded}
     */
    public SearchResult search(String query, SearchIndex.Filter filter, int limit, int offset) throws ArchiveException {
        long start = System.nanoTime();
        SearchQuery q = QueryParser.parseBounded(query);
        if (q.isEmpty()) {
            return new SearchResult(query, elapsed(start), 0, List.of());
        }
        limit = Math.max(0, limit);
        SearchIndex.Matches matches = archive.searchIndex().match(q.forIndex(), filter, limit, Math.max(0, offset));
        List<Long> ids = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        for (SearchIndex.Match m : matches.matches()) {
            ids.add(m.articleId());
            scores.put(m.articleId(), m.score());
        }
        List<SearchHit> hits = new ArrayList<>();
        for (StoredArticle a : archive.reader().articles(ids)) {
            hits.add(hit(a, q, scores.get(a.id())));
        }
        int total = matches.total();
        if (filter.kind() == null && offset == 0) {
            // guide entries and teasers follow the articles: they may be all the archive has of a page
            // ranked only when there is room for them on this page of results
            SearchIndex.Matches guide = archive.searchIndex().matchGuide(q.forIndex(), filter, limit - hits.size());
            List<Long> guideIds = guide.matches().stream().map(SearchIndex.Match::articleId).toList();
            Map<Long, Double> guideScores = new HashMap<>();
            guide.matches().forEach(m -> guideScores.put(m.articleId(), m.score()));
            for (ArchiveReader.PlacedGuideEntry g : archive.reader().guideEntries(guideIds)) {
                if (hits.size() >= limit) {
                    break;
                }
                hits.add(guideHit(g, q, guideScores.get(g.entry().id())));
            }
            total += guide.total();
        }
        return new SearchResult(query, elapsed(start), total, hits);
    }

    static SearchHit guideHit(ArchiveReader.PlacedGuideEntry g, SearchQuery q, double score) {
        GuideEntry e = g.entry().entry();
        String text = (e.kicker() == null ? "" : e.kicker() + " ") + e.title();
        String snippet = Highlighter.snippetAt(text, Highlighter.find(text, q.highlightTerms()), SNIPPET_WIDTH, MARK_OPEN,
                MARK_CLOSE) + (e.page() == null ? "" : " ▶ " + e.page());
        String page = g.page() == null ? (g.frontPage() ? "01" : null) : g.page().display();
        return new SearchHit(SearchHit.GUIDE, g.entry().targetArticleId(), g.paper(), g.date(), page, e.kicker(),
                e.title(), snippet, score, g.entry().id(), e.page(), e.page() == null ? null : g.entry().targetPageId() != null);
    }

    static SearchHit hit(StoredArticle a, SearchQuery q, double score) {
        String body = String.join("\n", a.article().paragraphs());
        List<Highlighter.Span> spans = Highlighter.find(body, q.highlightTerms());
        String text = body;
        if (spans.isEmpty()) {
            // the hit is in the headline or byline only: show those words
            String headline = SearchIndex.titleText(a.article()) + SearchIndex.bodyText(a.article());
            List<Highlighter.Span> inHeadline = Highlighter.find(headline, q.highlightTerms());
            if (!inHeadline.isEmpty()) {
                text = headline;
                spans = inHeadline;
            }
        }
        String snippet = Highlighter.snippetAt(text, spans, SNIPPET_WIDTH, MARK_OPEN, MARK_CLOSE);
        return new SearchHit(SearchHit.ARTICLE, a.id(), a.paper(), a.issueDate(), a.page() == null
                ? (a.frontPage() ? "01" : null) : a.page().display(), a.article().kicker(), a.article().displayTitle(),
                snippet, score, null, null, null);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
