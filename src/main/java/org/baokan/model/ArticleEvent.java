package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * An event an article reports, as timelines show it: the whole article, or one item of a brief
 * column (each item of 一周速读 is its own event, with its own date and people).
 *
 * @param item     the brief column item (paragraph index), or -1 for the whole article
 * @param district the district the event is about, or null
 * @param date     the event's date when the page gives it; null means the issue date (or none)
 * @param monthDay the month and day printed when no year is known (then {@code date} is null), or null
 * @param leaders  the leaders present
 * @param places   the places its text names (canonical names), first named first
 * @param excerpt  for a brief item, the beginning of its text; null for a whole article
 */
@JsonPropertyOrder({"item", "district", "date", "monthDay", "leaders", "places", "excerpt"})
public record ArticleEvent(int item, String district, LocalDate date, MonthDay monthDay, List<String> leaders,
                           List<String> places, String excerpt) {
    public ArticleEvent {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
