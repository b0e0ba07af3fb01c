package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * A page's label as printed, e.g. {@code 03 新城} or {@code C4 视觉}.
 *
 * @param number  the page number as printed ({@code "03"}, {@code "C4"})
 * @param section the section name, or null when none is printed
 */
@JsonPropertyOrder({"number", "section"})
public record PageLabel(String number, String section) {
    public PageLabel {
        Objects.requireNonNull(number, "number");
    }

    /** The page number as an integer for citations ({@code "03"} gives 3, {@code "C4"} gives 4), or -1. */
    public int numeric() {
        int value = 0;
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
            }
        }
        return digits == 0 || digits > 4 ? -1 : value;
    }

    /** The label as a reader sees it: {@code 03 新城}. */
    public String display() {
        return section == null ? number : number + " " + section;
    }
}
