package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;

/**
 * A change of a person's title between two dated appearances.
 *
 * @param from     the title before, without the district's name ({@code 党工委副书记、管委会副主任})
 * @param fromDate the last date the old title was printed
 * @param to       the title after ({@code 党工委书记})
 * @param date     the first date the new title was printed
 * @param confirmed whether the new title is printed on more than one day; a single day may be a misprint
 */
@JsonPropertyOrder({"from", "fromDate", "to", "date", "confirmed"})
public record TitleChange(String from, LocalDate fromDate, String to, LocalDate date, boolean confirmed) {
}
