package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;

/**
 * A stretch of a person's timeline under one title: consecutive dated appearances whose title, as
 * printed without the district's name, is the same.
 *
 * @param title  the title without the district's name ({@code 党工委书记})
 * @param from   its first date
 * @param to     its last date
 * @param events how many appearances
 */
@JsonPropertyOrder({"title", "from", "to", "events"})
public record TitleBand(String title, LocalDate from, LocalDate to, int events) {
}
