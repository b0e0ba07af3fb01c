package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * A person named in an article.
 *
 * @param name   the name as printed
 * @param titles the titles printed next to the name in this article, exactly as printed
 * @param role   leader, visitor or other
 */
@JsonPropertyOrder({"name", "titles", "role"})
public record Person(String name, List<String> titles, PersonRole role) {
    public Person {
        Objects.requireNonNull(name, "name");
        titles = titles == null ? List.of() : List.copyOf(titles);
        role = role == null ? PersonRole.OTHER : role;
    }
}
