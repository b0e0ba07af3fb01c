package org.baokan.model;

import java.util.List;

/**
 * A parsed page with people and places filled in, and per article what the archive stores for
 * timelines.
 *
 * @param page       the page, its articles' {@code people} and {@code places} filled
 * @param entities   per article, in the page's order
 * @param discovered places found by their pattern that the gazetteer did not know yet
 */
public record EnrichedPage(ParsedPage page, List<ArticleEntities> entities, List<GazetteerEntry> discovered) {
    public EnrichedPage {
        entities = List.copyOf(entities);
        discovered = List.copyOf(discovered);
        if (entities.size() != page.articles().size()) {
            throw new IllegalArgumentException("one entry per article");
        }
    }

    /** A page without entity data: every article's entities empty. */
    public static EnrichedPage plain(ParsedPage page) {
        return new EnrichedPage(page, java.util.Collections.nCopies(page.articles().size(), ArticleEntities.NONE),
                List.of());
    }
}
