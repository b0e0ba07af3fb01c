package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A place in the gazetteer: city → district → 街道/镇 → 园区/社区.
 *
 * @param name    the canonical name
 * @param level   its level
 * @param parent  the canonical name of the place it belongs to, or null
 * @param aliases other names that mean it ({@code 高新区})
 * @param source  where it came from: {@code seed} (shipped), {@code pattern} (found in pages), {@code archivist}
 */
@JsonPropertyOrder({"name", "level", "parent", "aliases", "source"})
public record GazetteerEntry(String name, PlaceLevel level, String parent, List<String> aliases, String source) {
    public GazetteerEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
