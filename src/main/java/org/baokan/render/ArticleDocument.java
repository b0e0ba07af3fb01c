package org.baokan.render;

import org.baokan.model.StoredArticle;

import java.util.List;
import java.util.Map;

/**
 * What the article pane shows: the article, and what to mark in it.
 *
 * @param article    the article with its people and places
 * @param links      surface forms to link (people's names; places' names and aliases)
 * @param highlights where a search hit stands in a text
 * @param previous   the article before it in the issue, or null
 * @param next       the article after it, or null
 */
public record ArticleDocument(StoredArticle article, Map<String, TextMarks.Link> links, Highlights highlights,
                              Neighbour previous, Neighbour next) {
    public ArticleDocument {
        links = Map.copyOf(links);
        highlights = highlights == null ? Highlights.NONE : highlights;
    }

    /** An article next to this one: its id and title. */
    public record Neighbour(long id, String title) {
    }

    /** Finds the ranges of a text to mark. */
    @FunctionalInterface
    public interface Highlights {
        Highlights NONE = text -> List.of();

        /** Ranges {@code [start, end)} of {@code text}. */
        List<int[]> in(String text);
    }
}
