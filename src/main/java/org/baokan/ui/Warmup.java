package org.baokan.ui;

import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.render.ArticleDocument;
import org.baokan.render.ArticleRenderer;
import org.baokan.render.RenderStyle;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.Session;
import org.baokan.ui.common.Settings;
import org.baokan.ui.frontpage.FrontPageViewModel;

import java.util.List;
import java.util.Optional;

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
     * @param issues the archive's issues
     * @param page   the newest issue's first page, or null when the archive is empty
     * @param style  the style it was rendered in
     * @param page1  that page rendered
     */
    record FirstScreen(List<IssueInfo> issues, PageInfo page, RenderStyle style, FrontPageViewModel.Rendered page1) {
    }

    private Warmup() {
    }

    static FirstScreen firstScreen(Session s, Settings settings) {
        try {
            List<IssueInfo> issues = s.reader().issues();
            IssueInfo newest = ArchiveNavigatorViewModel.newest(issues);
            if (newest == null || newest.pages().isEmpty()) {
                return new FirstScreen(issues, null, null, null);
            }
            PageInfo page = newest.pages().get(0);
            RenderStyle style = new RenderStyle(settings.dark(), settings.textPx());
            var text = new Messages(Messages.locale(settings.language())).bundle();
            FrontPageViewModel.Rendered rendered = FrontPageViewModel.render(s, newest, page, null, style, text);
            if (rendered.lead() != null) {
                // the lead story opens next: its issue's order is kept by the session, and rendering
                // it once loads the classes and the pages the article pane needs
                s.articlesOfIssue(newest.id());
                Optional<StoredArticle> lead = s.reader().article(rendered.lead());
                if (lead.isPresent()) {
                    StoredArticle a = lead.get();
                    ArticleRenderer.render(new ArticleDocument(a, s.links(a), null, null, null), style, text);
                }
            }
            return new FirstScreen(issues, page, style, rendered);
        } catch (Exception | LinkageError e) {
            return null; // only a head start: the window reads and renders for itself, and reports what fails
        }
    }
}
