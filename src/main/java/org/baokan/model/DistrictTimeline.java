package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * A district's dated events (articles about it), the undated ones apart, and counts per month.
 *
 * @param district the district's canonical name
 * @param events   dated events, oldest first, with the leaders involved
 * @param undated  events whose date is not known
 * @param perMonth events per month ({@code 2020-05} → 3), in order
 * @param changes  always empty for a district (kept so both timelines share one shape)
 */
@JsonPropertyOrder({"district", "events", "undated", "perMonth", "changes"})
public record DistrictTimeline(String district, List<TimelineEvent> events, List<TimelineEvent> undated,
                               Map<String, Integer> perMonth, List<TitleChange> changes) {
    public DistrictTimeline {
        events = List.copyOf(events);
        undated = List.copyOf(undated);
        perMonth = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perMonth));
        changes = List.copyOf(changes);
    }
}
