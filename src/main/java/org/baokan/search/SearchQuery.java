package org.baokan.search;

import java.util.List;

/**
 * A parsed query: words and phrases that must all occur, and words and phrases that must not.
 * Terms are kept as the user typed them; matching normalises them.
 *
 * @param include terms that must all match
 * @param exclude terms that must not match
 */
public record SearchQuery(List<String> include, List<String> exclude) {
    public SearchQuery {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Whether there is anything to search for (exclusions alone select nothing). */
    public boolean isEmpty() {
        return include.isEmpty();
    }

    /** The terms as the store's index takes them. */
    public org.baokan.store.SearchIndex.Query forIndex() {
        return new org.baokan.store.SearchIndex.Query(include, exclude);
    }

    /** Every term that may be highlighted in a hit. */
    public List<String> highlightTerms() {
        return include;
    }
}
