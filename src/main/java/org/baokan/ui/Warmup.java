package org.baokan.ui;

import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.render.ArticleDocument;
import org.baokan.render.ArticleRenderer;
import org.baokan.render.FrontPageDocument;
import org.baokan.render.FrontPageRenderer;
import org.baokan.render.RenderStyle;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.Session;
import org.baokan.ui.common.Settings;

import java.util.Comparator;
import java.util.List;

/**
 * Start-up reads and renders the first screen in the background while the toolkit and WebKit
 * start on the FX thread: the issues, and the newest issue's first page. The window shows that
 * page at once when it asks for it; rendering the lead article once loads the classes and the
 * pages the article pane needs next.
 */
final class Warmup {
    /**
     * The first screen, ready.
     *
     * @param issues   the archive's issues
     * @param page     the newest issue's first page, or null when the archive is empty
     * @param style    the style it was rendered in
     * @param html     the page rendered
     * @param guide    its guide entries
     * @param lead     its lead story
     * @param articles its articles
     */
    record FirstScreen(List<IssueInfo> issues, PageInfo page, RenderStyle style, String html,
                       List<StoredGuideEntry> guide, Long lead, List<Long> articles) {
    }

    private Warmup() {
    }

    static FirstScreen firstScreen(Session s, Settings settings) {
        try {
            List<IssueInfo> issues = s.reader().issues();
            IssueInfo newest = issues.stream().filter(i -> i.date() != null)
                    .max(Comparator.comparing(IssueInfo::date).thenComparing(IssueInfo::id)).orElse(null);
            if (newest == null || newest.pages().isEmpty()) {
                return new FirstScreen(issues, null, null, null, List.of(), null, List.of());
            }
            PageInfo page = newest.pages().get(0);
            List<StoredArticle> articles = s.reader().articlesOfPage(page.id());
            List<StoredGuideEntry> guide = s.reader().guideOfPage(page.id());
            RenderStyle style = new RenderStyle(settings.dark(), settings.textPx());
            var text = new Messages(Messages.locale(settings.language())).bundle();
            String html = FrontPageRenderer.render(new FrontPageDocument(newest, page, articles, guide,
                    s.reader().pageTexts(page.id(), "boilerplate"), null), style, text);
            StoredArticle lead = FrontPageRenderer.lead(articles);
            if (lead != null) {
                StoredArticle a = s.reader().article(lead.id()).orElse(lead);
                s.reader().articlesOfIssue(newest.id());
                ArticleRenderer.render(new ArticleDocument(a, s.links(a), null, null, null), style, text);
            }
            return new FirstScreen(issues, page, style, html, guide, lead == null ? null : lead.id(),
                    articles.stream().map(StoredArticle::id).toList());
        } catch (Exception | LinkageError e) {
            return null; // only a head start: the window reads and renders for itself, and reports what fails
        }
    }
}
