package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An entry of the 今日导读 box or a front-page teaser pointing to another page.
 *
 * @param kicker  the entry's kicker line, or null
 * @param title   the entry's title
 * @param page    the target page as printed ({@code "02"}), or null when the reference is missing
 * @param section the target page's section when the reference prints one ({@code 03 新城}), or null
 * @param summary the teaser's sentence under the title ({@code 6月11日,…总投资186亿元。} before 详见2版), or null
 */
@JsonPropertyOrder({"kicker", "title", "page", "section", "summary"})
public record GuideEntry(String kicker, String title, String page, String section,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String summary) {

    /** An entry without a summary: the title and its reference only. */
    public GuideEntry(String kicker, String title, String page, String section) {
        this(kicker, title, page, section, null);
    }
}
