package org.baokan.store;

import java.util.List;
import java.util.Map;

/**
 * Chooses what a 今日导读 entry or teaser leads to. Whenever a page is stored, the store hands the
 * issue's entries that do not yet lead to an article, with the issue's pages and articles, to this
 * choice and writes down what it chose, in the page's transaction. The choosing is not SQL and
 * lives above the store ({@code archive.GuideMatcher}).
 */
@FunctionalInterface
public interface GuideTargets {
    /** Leaves every entry without a target. */
    GuideTargets NONE = (entry, issue) -> null;

    /**
     * An entry as printed.
     *
     * @param id      the entry's id
     * @param kicker  its kicker line, or null
     * @param title   its title, or null
     * @param page    the page it names as printed ({@code 02}), or null
     * @param pageKey that page's number as pages are keyed ({@code 2}, {@code C4}), or null
     */
    record Entry(long id, String kicker, String title, String page, String pageKey) {
    }

    /**
     * An article of the issue.
     *
     * @param articleId the article
     * @param pageId    its page
     * @param pageKey   its page's number key, or null
     * @param kicker    its kicker, or null
     * @param title     its title, or null
     * @param subtitle  its subtitle, or null
     * @param lead      the first {@link #LEAD} characters of its text
     */
    record Candidate(long articleId, long pageId, String pageKey, String kicker, String title, String subtitle,
                     String lead) {
        /** How much of an article's text a candidate carries. */
        public static final int LEAD = 200;
    }

    /**
     * The issue as it is in the archive.
     *
     * @param pages    its pages by number key (the first stored when two claim one number)
     * @param articles its articles, page by page in the order stored, each page's in printed order
     */
    record Issue(Map<String, Long> pages, List<Candidate> articles) {
        public Issue {
            pages = Map.copyOf(pages);
            articles = List.copyOf(articles);
        }
    }

    /**
     * Where an entry leads.
     *
     * @param pageId    the page
     * @param articleId the article on it, or null when only the page is known
     */
    record Target(long pageId, Long articleId) {
    }

    /** Where the entry leads, or null while nothing it names is in the archive. */
    Target choose(Entry entry, Issue issue);
}
