package org.baokan.render;

import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;

import java.util.List;

/**
 * What the front-page layout view shows: one page of an issue.
 *
 * @param issue       the issue (masthead facts)
 * @param page        the page
 * @param articles    its articles in page order
 * @param guide       its 今日导读 entries and teasers, resolved against the archive
 * @param boilerplate its masthead and footer lines (the slogan is taken from them)
 * @param current     the article open in the article pane, marked on the page; or null
 */
public record FrontPageDocument(IssueInfo issue, PageInfo page, List<StoredArticle> articles,
                                List<StoredGuideEntry> guide, List<String> boilerplate, Long current) {
    public FrontPageDocument {
        articles = List.copyOf(articles);
        guide = List.copyOf(guide);
        boilerplate = List.copyOf(boilerplate);
    }
}
