package org.baokan.model;

import java.util.List;

/**
 * What entity extraction found in one article, in the form the archive stores for timelines.
 *
 * @param mentions the appearances of people (one per person, or per person and brief item)
 * @param places   the places the article names, first mention first
 * @param events   the events it reports: one for the article, or one per item of a brief column
 */
public record ArticleEntities(List<PersonMention> mentions, List<Place> places, List<ArticleEvent> events) {
    public static final ArticleEntities NONE = new ArticleEntities(List.of(), List.of(), List.of());

    public ArticleEntities {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        places = places == null ? List.of() : List.copyOf(places);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
