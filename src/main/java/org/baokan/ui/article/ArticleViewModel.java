package org.baokan.ui.article;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.render.ArticleDocument;
import org.baokan.render.ArticleRenderer;
import org.baokan.render.Citation;
import org.baokan.render.RenderStyle;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Session;

import java.util.List;
import java.util.Optional;

/**
 * The article pane: the article chosen anywhere in the window, rendered with its people and places
 * linked and a search's hits marked; its neighbours in the issue; text zoom; its text with its
 * citation for the clipboard. Opening an article also brings its issue and page into view.
 */
public final class ArticleViewModel {
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 0.1;

    private final Context context;
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html");
    private final ReadOnlyObjectWrapper<Loaded> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private long generation;

    /**
     * The article shown and its neighbours in its issue.
     *
     * @param article  the article with its people and places
     * @param previous the article before it, or null
     * @param next     the article after it, or null
     */
    public record Loaded(StoredArticle article, ArticleDocument.Neighbour previous, ArticleDocument.Neighbour next) {
    }

    public ArticleViewModel(Context context) {
        this.context = context;
        AppState state = context.state();
        state.article().addListener((o, old, id) -> load());
        state.dark().addListener((o, old, d) -> load());
        state.textPx().addListener((o, old, d) -> load());
        // a search's marks taken off the article shown: rendered again in place, without a
        // moment of "no article" (an article opened with other marks comes through article())
        state.highlight().addListener((o, old, q) -> {
            if (q == null && state.article().get() != null) {
                load();
            }
        });
        html.set(ArticleRenderer.empty(context.messages().get("article.none"), state.style()));
    }

    public ReadOnlyStringProperty html() {
        return html.getReadOnlyProperty();
    }

    /** The article shown, or null. */
    public ReadOnlyObjectProperty<Loaded> current() {
        return current.getReadOnlyProperty();
    }

    /** The text zoom, 1 for the base size. */
    public DoubleProperty zoom() {
        return zoom;
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, round(zoom.get() + ZOOM_STEP)));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, round(zoom.get() - ZOOM_STEP)));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    private static double round(double z) {
        return Math.round(z * 10) / 10.0;
    }

    /** Renders the chosen article in the background; only the latest request is shown. */
    public void load() {
        Long id = context.state().article().get();
        RenderStyle style = context.state().style();
        String query = context.state().highlight().get();
        IssueInfo shown = context.state().issue().get();
        long request = ++generation;
        pendingView = null;
        if (id == null) {
            note("article.none", style);
            return;
        }
        context.load(s -> build(s, id, query, style, shown), r -> {
            if (request != generation) {
                return;
            }
            if (r.loaded() == null) {
                note("article.missing", style);
                return;
            }
            current.set(r.loaded());
            String before = html.get();
            html.set(r.html());
            Runnable follow = () -> {
                bringIntoView(r.loaded().article(), r.issue());
                context.state().articleShown().set(id);
            };
            if (painting && !r.html().equals(before)) {
                pendingView = follow; // the article first: the layout view follows once it is on screen
                pendingHtml = r.html();
            } else {
                follow.run();
            }
        }, () -> {
            // the status bar says why; the pane says that it could not
            if (request == generation) {
                note("article.failed", style);
            }
        });
    }

    /** No article: the pane says why. */
    private void note(String key, RenderStyle style) {
        current.set(null);
        context.state().articleShown().set(null);
        html.set(ArticleRenderer.empty(context.messages().get(key), style));
    }

    private record Result(Loaded loaded, String html, IssueInfo issue) {
    }

    /** Reads and renders the article, in the background; {@code shown} is the issue shown when it was asked for. */
    private Result build(Session s, long id, String query, RenderStyle style, IssueInfo shown) throws Exception {
        Optional<StoredArticle> found = s.reader().article(id);
        if (found.isEmpty()) {
            return new Result(null, null, null);
        }
        StoredArticle a = found.get();
        List<ArticleDocument.Neighbour> issue = issueOrder(s, a.issueId());
        ArticleDocument.Neighbour previous = null;
        ArticleDocument.Neighbour next = null;
        for (int i = 0; i < issue.size(); i++) {
            if (issue.get(i).id() == id) {
                previous = i > 0 ? issue.get(i - 1) : null;
                next = i + 1 < issue.size() ? issue.get(i + 1) : null;
            }
        }
        ArticleDocument d = new ArticleDocument(a, s.links(a), Session.highlights(query), previous, next);
        IssueInfo issueInfo = shown != null && shown.id() == a.issueId() ? shown
                : s.reader().issue(a.issueId()).orElse(null);
        return new Result(new Loaded(a, previous, next), ArticleRenderer.render(d, style, context.messages().bundle()),
                issueInfo);
    }

    /** The articles of an issue in reading order (the session keeps the issue last read). */
    private static List<ArticleDocument.Neighbour> issueOrder(Session s, long issueId) throws Exception {
        return s.articlesOfIssue(issueId).stream()
                .map(x -> new ArticleDocument.Neighbour(x.id(), x.article().displayTitle())).toList();
    }

    /**
     * A view paints this pane's documents: the layout view then follows an opened article (its
     * issue, page and marked story) once the article is painted, so that the article does not
     * wait for its page to be laid out and painted too.
     */
    public void paintedBy() {
        painting = true;
    }

    /**
     * A document was painted: if it is the article waiting for it, the article's issue and page
     * come into view.
     */
    public void painted(String document) {
        Runnable r = pendingView;
        if (r != null && pendingHtml.equals(document)) {
            pendingView = null;
            pendingHtml = null;
            r.run();
        }
    }

    private boolean painting;
    private Runnable pendingView;
    private String pendingHtml;

    /** The issue and page of the article become the ones shown, so the layout view follows. */
    private void bringIntoView(StoredArticle a, IssueInfo issue) {
        AppState state = context.state();
        if (issue != null && (state.issue().get() == null || state.issue().get().id() != issue.id())) {
            state.issue().set(issue);
        }
        IssueInfo shown = state.issue().get();
        if (shown == null) {
            return;
        }
        PageInfo page = state.page().get();
        if (page == null || page.id() != a.pageId()) {
            shown.pages().stream().filter(p -> p.id() == a.pageId()).findFirst().ifPresent(p -> state.page().set(p));
        }
    }

    /** Opens the article before (-1) or after (+1) in the issue; false when there is none. */
    public boolean step(int direction) {
        Loaded l = current.get();
        ArticleDocument.Neighbour n = l == null ? null : direction < 0 ? l.previous() : l.next();
        if (n == null) {
            return false;
        }
        context.state().openArticle(n.id(), context.state().highlight().get());
        return true;
    }

    /** The article's text with its GB/T 7714 citation, for the clipboard; null when none is shown. */
    public String textWithCitation() {
        Loaded l = current.get();
        if (l == null) {
            return null;
        }
        var a = l.article().article();
        StringBuilder b = new StringBuilder();
        if (a.kicker() != null) {
            b.append(a.kicker()).append('\n');
        }
        b.append(Citation.title(a)).append('\n');
        if (a.subtitle() != null) {
            b.append("——").append(a.subtitleText()).append('\n');
        }
        if (a.dateline() != null || a.byline() != null) {
            b.append('\n').append(String.join(" ", java.util.stream.Stream.of(a.dateline(), a.byline())
                    .filter(java.util.Objects::nonNull).toList())).append('\n');
        }
        b.append('\n');
        a.paragraphs().forEach(p -> b.append("　　").append(p).append('\n'));
        b.append('\n').append(Citation.gbt7714(l.article()));
        return b.toString();
    }

    /** The article's citation alone (GB/T 7714); null when none is shown. */
    public String citation() {
        Loaded l = current.get();
        return l == null ? null : Citation.gbt7714(l.article());
    }

    /** The article as an RIS record, for reference managers; null when none is shown. */
    public String ris() {
        Loaded l = current.get();
        return l == null ? null : Citation.ris(l.article());
    }
}
