package org.baokan.ui.frontpage;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.render.ArticleRenderer;
import org.baokan.render.FrontPageDocument;
import org.baokan.render.FrontPageRenderer;
import org.baokan.render.RenderStyle;
import org.baokan.ui.common.AppState;
import org.baokan.store.ArchiveException;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The front-page layout view: the pages of the issue shown (the page strip), and the chosen page
 * rendered as a newspaper page. A story clicked opens in the article pane. The article pane
 * keeps to the page shown: a page that does not hold the article open brings its lead story
 * into the pane, or empties it when it has none.
 */
public final class FrontPageViewModel {
    private final Context context;
    private final ObservableList<PageInfo> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html");
    private final Map<Long, StoredGuideEntry> guide = new HashMap<>();
    private long generation;
    /**
     * Set when another page is shown: unless it holds the article open, its lead story opens in the
     * article pane once the page is painted.
     */
    private boolean openLead;
    /** The article open when the page shown changed: one opened since then is left alone. */
    private Long articleBefore;
    private Pending pending;
    private boolean painting;

    public FrontPageViewModel(Context context) {
        this.context = context;
        AppState state = context.state();
        state.issue().addListener((o, old, issue) -> issueChanged(issue));
        state.page().addListener((o, old, page) -> {
            openLead = true;
            articleBefore = state.article().get();
            render();
        });
        state.dark().addListener((o, old, dark) -> render());
    }

    /** The issue's pages, in page order: the page strip. */
    public ObservableList<PageInfo> pages() {
        return pages;
    }

    /** The page as an HTML document. */
    public ReadOnlyStringProperty html() {
        return html.getReadOnlyProperty();
    }

    private void issueChanged(IssueInfo issue) {
        pages.setAll(issue == null ? List.of() : issue.pages());
        PageInfo current = context.state().page().get();
        if (issue == null) {
            context.state().page().set(null);
        } else if (current == null || current.issueId() != issue.id()) {
            context.state().page().set(issue.pages().isEmpty() ? null : issue.pages().get(0));
        } else {
            render();
        }
    }

    /** Shows the page before (-1) or after (+1); false at either end. */
    public boolean step(int direction) {
        PageInfo current = context.state().page().get();
        // by id: the page a guide entry opens is read on its own and need not equal the strip's record
        int i = -1;
        for (int k = 0; current != null && k < pages.size(); k++) {
            if (pages.get(k).id() == current.id()) {
                i = k;
            }
        }
        int j = i + direction;
        if (i < 0 || j < 0 || j >= pages.size()) {
            return false;
        }
        context.state().page().set(pages.get(j));
        return true;
    }

    public void show(PageInfo page) {
        context.state().page().set(page);
    }

    /** A story was clicked. */
    public void openStory(long articleId) {
        context.state().openArticle(articleId, null);
    }

    /** The 今日导读 entry of the page shown with this id, or null. */
    public StoredGuideEntry guideEntry(long id) {
        return guide.get(id);
    }

    /**
     * A page rendered ahead (at start-up, while the window was being built): shown at once if it
     * is the page asked for next, in the same style.
     */
    public void prime(PageInfo page, RenderStyle style, Rendered rendered) {
        primed = new Primed(page, style, rendered);
    }

    private record Primed(PageInfo page, RenderStyle style, Rendered rendered) {
    }

    private Primed primed;

    /** Shows a sentence where the page would be (no archive could be opened); a page asked for earlier is not shown. */
    public void say(String message) {
        ++generation;
        html.set(ArticleRenderer.empty(message, context.state().style()));
    }

    /** Renders the page shown, in the background; only the latest request is shown. */
    public void render() {
        IssueInfo issue = context.state().issue().get();
        PageInfo page = context.state().page().get();
        RenderStyle style = context.state().style();
        long request = ++generation;
        if (issue == null || page == null) {
            html.set(ArticleRenderer.empty(context.messages().get("page.none"), style));
            return;
        }
        Primed p = primed;
        primed = null;
        if (p != null && p.page().equals(page) && p.style().equals(style) && context.state().article().get() == null) {
            shown(p.rendered());
            return;
        }
        Long current = context.state().article().get();
        context.load(s -> render(s, issue, page, current, style, context.messages().bundle()), r -> {
            if (request == generation && Objects.equals(page, context.state().page().get())) {
                shown(r);
            }
        });
    }

    private void shown(Rendered r) {
        guide.clear();
        r.guide().forEach(g -> guide.put(g.id(), g));
        html.set(r.html());
        Long open = context.state().article().get();
        pending = openLead && (open == null || !r.articles().contains(open))
                ? new Pending(context.state().page().get(), r.lead(), articleBefore) : null;
        openLead = false;
        if (!painting) {
            painted();
        }
    }

    /**
     * The article pane waits for this page to be painted to follow it.
     *
     * @param page   the page rendered
     * @param lead   its lead story, or null when it has none
     * @param before the article open when the page changed
     */
    private record Pending(PageInfo page, Long lead, Long before) {
    }

    /**
     * A view paints this page: the lead story of a page newly shown then opens once the page is
     * painted, so that the page comes first and the article after it.
     */
    public void paintedBy() {
        painting = true;
    }

    /**
     * The page was painted: its lead story opens, unless the reader opened an article since the
     * page changed (that article brings its own page into view). A page without stories empties
     * the article pane, which then says so.
     */
    public void painted() {
        Pending p = pending;
        pending = null;
        AppState state = context.state();
        if (p == null || !p.page().equals(state.page().get()) || !Objects.equals(state.article().get(), p.before())) {
            return;
        }
        if (p.lead() != null) {
            state.openArticle(p.lead(), null);
        } else {
            state.article().set(null);
        }
    }

    /**
     * A page rendered.
     *
     * @param guide    its 今日导读 entries
     * @param html     the document
     * @param lead     its lead story, or null
     * @param articles its articles' ids
     */
    public record Rendered(List<StoredGuideEntry> guide, String html, Long lead, List<Long> articles) {
    }

    /** Reads and renders a page, with {@code current} (or none) marked as the story open; in the background. */
    public static Rendered render(Session s, IssueInfo issue, PageInfo page, Long current, RenderStyle style,
                                  ResourceBundle text) throws ArchiveException {
        List<StoredGuideEntry> entries = s.reader().guideOfPage(page.id());
        FrontPageDocument d = new FrontPageDocument(issue, page, s.articlesOfPage(page.id()), entries,
                s.reader().pageTexts(page.id(), "boilerplate"), current);
        StoredArticle lead = FrontPageRenderer.lead(d.articles());
        return new Rendered(entries, FrontPageRenderer.render(d, style, text), lead == null ? null : lead.id(),
                d.articles().stream().map(StoredArticle::id).toList());
    }
}
