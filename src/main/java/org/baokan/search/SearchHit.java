package org.baokan.search;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;

/**
 * A ranked hit: an article, or a 今日导读 entry or teaser.
 *
 * @param type    {@code article} or {@code guide}
 * @param id      the article's id; for a guide entry its target article, or null when that is not in the archive
 * @param paper   the paper, or null
 * @param date    the issue date, or null
 * @param page    the page as printed ({@code 03 新城}), or null
 * @param kicker  the kicker, or null
 * @param title   the title (for an untitled item, the beginning of its text)
 * @param snippet a passage around the first hit, hits marked « »
 * @param score   the bm25 score (higher is better)
 * @param guideId for a guide entry, its id; null for an article
 * @param target  for a guide entry, the page it points to as printed ({@code 02}), or null
 * @param targetInArchive for a guide entry, whether that page is in the archive; null for an article
 */
@JsonPropertyOrder({"id", "paper", "date", "page", "kicker", "title", "snippet", "type", "guideId", "target",
    "targetInArchive", "score"})
public record SearchHit(String type, Long id, String paper, LocalDate date, String page, String kicker, String title,
                        String snippet, double score, Long guideId, String target, Boolean targetInArchive) {
    public static final String ARTICLE = "article";
    public static final String GUIDE = "guide";
}
