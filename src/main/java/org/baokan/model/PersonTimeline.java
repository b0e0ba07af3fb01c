package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A person's dated appearances in order, the undated ones apart, and the changes of title.
 *
 * @param person  the name
 * @param events  dated appearances, oldest first
 * @param undated appearances whose date is not known
 * @param changes changes of title, oldest first
 * @param bands   the stretches under one title, oldest first (a change of title separates two)
 */
@JsonPropertyOrder({"person", "events", "undated", "changes", "bands"})
public record PersonTimeline(String person, List<TimelineEvent> events, List<TimelineEvent> undated,
                             List<TitleChange> changes, List<TitleBand> bands) {
    public PersonTimeline {
        events = List.copyOf(events);
        undated = List.copyOf(undated);
        changes = List.copyOf(changes);
        bands = List.copyOf(bands);
    }
}
