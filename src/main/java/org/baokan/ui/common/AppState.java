package org.baokan.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.render.RenderStyle;

/**
 * The selection every view follows: the open issue, page and article, the screen, whose timeline,
 * and the search whose hits are marked. Views and ViewModels observe it instead of each other.
 * Changed on the FX thread only.
 */
public final class AppState {
    private final ObjectProperty<IssueInfo> issue = new SimpleObjectProperty<>(this, "issue");
    private final ObjectProperty<PageInfo> page = new SimpleObjectProperty<>(this, "page");
    private final ObjectProperty<Long> article = new SimpleObjectProperty<>(this, "article");
    private final ObjectProperty<Long> articleShown = new SimpleObjectProperty<>(this, "articleShown");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.PAGE);
    private final ObjectProperty<TimelineSubject> timeline = new SimpleObjectProperty<>(this, "timeline");
    private final StringProperty highlight = new SimpleStringProperty(this, "highlight");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final IntegerProperty textPx = new SimpleIntegerProperty(this, "textPx", RenderStyle.DEFAULT_TEXT_PX);
    private final LongProperty archiveVersion = new SimpleLongProperty(this, "archiveVersion");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObservableList<Long> chosen = FXCollections.observableArrayList();
    private final StringProperty searched = new SimpleStringProperty(this, "searched");

    public AppState() {
        // a notice in the status bar is about what the reader was looking at: it goes when the
        // reader moves on to another screen, issue, page or article (not when the first one opens)
        screen.addListener((o, old, now) -> status.set(""));
        issue.addListener((o, old, now) -> {
            if (old != null && now != null && old.id() != now.id()) {
                status.set("");
            }
        });
        page.addListener((o, old, now) -> {
            if (old != null && now != null && old.id() != now.id()) {
                status.set("");
            }
        });
        article.addListener((o, old, now) -> {
            if (old != null && now != null && !old.equals(now)) {
                status.set("");
            }
        });
    }

    /** The issue shown. */
    public ObjectProperty<IssueInfo> issue() {
        return issue;
    }

    /** The page of that issue shown in the layout view. */
    public ObjectProperty<PageInfo> page() {
        return page;
    }

    /** The article in the article pane (its archive id), or null. */
    public ObjectProperty<Long> article() {
        return article;
    }

    /**
     * The article on screen in the article pane: follows {@link #article()} once the article is
     * painted, so that what else marks it (the layout view) waits until the reader sees it.
     */
    public ObjectProperty<Long> articleShown() {
        return articleShown;
    }

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ObjectProperty<TimelineSubject> timeline() {
        return timeline;
    }

    /** The search query whose hits the article pane marks, or null. */
    public StringProperty highlight() {
        return highlight;
    }

    public BooleanProperty dark() {
        return dark;
    }

    /** The reading text's size in pixels (Ctrl +, Ctrl −, Ctrl 0). */
    public IntegerProperty textPx() {
        return textPx;
    }

    /** Raised when the archive's content changed (an import, a gazetteer edit): lists reload. */
    public LongProperty archiveVersion() {
        return archiveVersion;
    }

    /** A one-line message for the status bar; cleared when the reader moves on (see the constructor). */
    public StringProperty status() {
        return status;
    }

    /**
     * The articles chosen in the list that was used last (search results, the page's titles, a
     * timeline's events), in list order: what "export the selected articles" exports.
     */
    public ObservableList<Long> chosen() {
        return chosen;
    }

    /** The query whose results the search list shows, or null. */
    public StringProperty searched() {
        return searched;
    }

    public RenderStyle style() {
        return new RenderStyle(dark.get(), textPx.get());
    }

    /**
     * Takes the marks of an earlier search off the article shown (it is shown again without them);
     * nothing happens when it has none.
     */
    public void clearHighlight() {
        highlight.set(null);
    }

    /** Opens an article, with or without a search's hits marked. */
    public void openArticle(long id, String highlightQuery) {
        highlight.set(highlightQuery);
        if (Long.valueOf(id).equals(article.get())) {
            article.set(null); // a re-open (e.g. with another highlight) renders again
        }
        article.set(id);
    }
}
