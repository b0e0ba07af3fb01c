package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A place an article names, resolved to its gazetteer name.
 *
 * @param name  the canonical name, e.g. {@code 济宁高新区}
 * @param level its level in the hierarchy
 */
@JsonPropertyOrder({"name", "level"})
public record Place(String name, PlaceLevel level) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
