package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An entry of the 今日导读 box or a front-page teaser pointing to another page.
 *
 * @param kicker  the entry's kicker line, or null
 * @param title   the entry's title
 * @param page    the target page as printed ({@code "02"}), or null when the reference is missing
 * @param section the target page's section when the reference prints one ({@code 03 新城}), or null
 */
@JsonPropertyOrder({"kicker", "title", "page", "section"})
public record GuideEntry(String kicker, String title, String page, String section) {
}
