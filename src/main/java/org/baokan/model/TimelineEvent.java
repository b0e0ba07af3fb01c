package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * One event on a timeline: an appearance of a person, or an article about a district.
 *
 * @param date      the event date, else the issue date; null when neither is known
 * @param monthDay  when {@code date} is null: the month and day printed without a year ({@code --05-28}), or null
 * @param titles    the person's titles as printed that day (empty on district timelines)
 * @param articleId the article
 * @param kicker    the article's kicker, or null
 * @param title     the article's title (or the beginning of an untitled item)
 * @param district  the district the article is about, or null
 * @param with      the other leaders present (on a district timeline: the leaders involved)
 * @param paper     the paper, or null
 * @param issueDate the issue date, or null
 * @param excerpt   for an item of a brief column, the beginning of its text; null for a whole article
 */
@JsonPropertyOrder({"date", "monthDay", "titles", "articleId", "kicker", "title", "district", "with", "paper", "issueDate", "excerpt"})
public record TimelineEvent(LocalDate date, MonthDay monthDay, List<String> titles, long articleId, String kicker, String title,
                            String district, List<String> with, String paper, LocalDate issueDate, String excerpt) {
    public TimelineEvent {
        titles = titles == null ? List.of() : List.copyOf(titles);
        with = with == null ? List.of() : List.copyOf(with);
    }
}
