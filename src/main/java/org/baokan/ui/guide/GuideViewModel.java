package org.baokan.ui.guide;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.ui.common.Context;

/**
 * The 今日导读 sidebar: the issue's guide entries and teasers, each leading to its article or
 * saying plainly that its page is not in the archive; below them the titles of the page shown.
 */
public final class GuideViewModel {
    private final Context context;
    private final ObservableList<StoredGuideEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<StoredArticle> titles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public GuideViewModel(Context context) {
        this.context = context;
        context.state().issue().addListener((o, old, issue) -> loadEntries(issue));
        context.state().page().addListener((o, old, page) -> {
            notice.set("");
            loadTitles(page);
        });
        // the notice is about the entry followed last: it goes when the reader moves on
        context.state().screen().addListener((o, old, s) -> notice.set(""));
        context.state().article().addListener((o, old, id) -> {
            if (id != null && !id.equals(old)) {
                notice.set("");
            }
        });
        context.state().archiveVersion().addListener((o, old, v) -> {
            loadEntries(context.state().issue().get());
            loadTitles(context.state().page().get());
        });
    }

    public ObservableList<StoredGuideEntry> entries() {
        return entries;
    }

    /** The titles on the page shown (本版标题). */
    public ObservableList<StoredArticle> titles() {
        return titles;
    }

    /**
     * What the last entry followed led to when it led nowhere: "the page is not in the archive".
     * Cleared when the reader moves on: another screen, issue, page or article.
     */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    private void loadEntries(IssueInfo issue) {
        notice.set("");
        if (issue == null) {
            entries.clear();
            return;
        }
        context.load(s -> s.reader().guideOfIssue(issue.id()), list -> {
            if (issue.equals(context.state().issue().get())) {
                entries.setAll(list);
            }
        });
    }

    private void loadTitles(PageInfo page) {
        if (page == null) {
            titles.clear();
            return;
        }
        context.load(s -> s.articlesOfPage(page.id()), list -> {
            if (page.equals(context.state().page().get())) {
                titles.setAll(list);
            }
        });
    }

    /** Follows an entry: to its article, or to the notice that its page is not in the archive. */
    public void follow(StoredGuideEntry e) {
        if (e.targetArticleId() != null) {
            notice.set("");
            context.state().openArticle(e.targetArticleId(), null);
            return;
        }
        IssueInfo issue = context.state().issue().get();
        if (e.targetPageId() != null && issue != null) {
            // the page is here, but no article on it repeats the entry's words: show the page, with
            // the article pane empty rather than on that page's lead story, and say why
            issue.pages().stream().filter(p -> p.id() == e.targetPageId()).findFirst().ifPresent(p -> {
                context.state().screen().set(org.baokan.ui.common.Screen.PAGE);
                context.state().page().set(p);
                context.state().article().set(null);
            });
            notice.set(context.messages().format("guide.pageOnly", e.entry().page()));
            return;
        }
        String target = e.entry().page() == null ? context.messages().get("guide.noPage")
                : context.messages().format("guide.notInArchive", e.entry().page());
        notice.set(target);
        context.state().status().set(target);
    }

    public void open(StoredArticle a) {
        context.state().openArticle(a.id(), null);
    }
}
