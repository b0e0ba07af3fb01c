package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One appearance of a person, as the archive keeps it for timelines: in an article, or in one
 * item of a brief column. Its date and district are those of the {@link ArticleEvent} of the same item.
 *
 * @param name   the person's name
 * @param item   the brief column item (paragraph index) the appearance is in, or -1 for the whole article
 * @param titles the titles printed next to the name there
 * @param role   leader, visitor or other
 */
@JsonPropertyOrder({"name", "item", "titles", "role"})
public record PersonMention(String name, int item, List<String> titles, PersonRole role) {
    public PersonMention {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }
}
