package org.baokan.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The answer to one query.
 *
 * @param query     the query as typed
 * @param elapsedMs how long it took
 * @param total     how many articles match in all
 * @param hits      the ranked hits asked for
 */
@JsonPropertyOrder({"query", "elapsedMs", "total", "hits"})
public record SearchResult(String query, long elapsedMs, int total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
