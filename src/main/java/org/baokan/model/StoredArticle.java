package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;

/**
 * An article as the archive holds it, with where it stands.
 *
 * @param id        the archive's id of the article
 * @param pageId    its page
 * @param issueId   its issue
 * @param order     its place on the page, from 0
 * @param paper     the paper's name, or null
 * @param issueDate the issue date, or null
 * @param page      the page's label, or null
 * @param frontPage whether its page is a front page
 * @param article   the article itself
 */
@JsonPropertyOrder({"id", "pageId", "issueId", "order", "paper", "issueDate", "page", "frontPage", "article"})
public record StoredArticle(long id, long pageId, long issueId, int order, String paper, LocalDate issueDate,
                            PageLabel page, boolean frontPage, Article article) {

    /** The same article where it stands, its content replaced (e.g. with its people and places). */
    public StoredArticle withArticle(Article replaced) {
        return new StoredArticle(id, pageId, issueId, order, paper, issueDate, page, frontPage, replaced);
    }

    /** The page number for citations: the label's number, 1 for an unlabelled front page, else -1. */
    @JsonIgnore
    public int citationPage() {
        if (page != null && page.numeric() > 0) {
            return page.numeric();
        }
        return frontPage ? 1 : -1;
    }

    /** The date an event is shown under: the event date, else the issue date, else null. */
    @JsonIgnore
    public LocalDate displayDate() {
        return article.eventDate() != null ? article.eventDate() : issueDate;
    }
}
