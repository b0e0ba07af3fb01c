package org.baokan.ingest;

import org.baokan.model.Article;

/**
 * An article with its text final, before dates are resolved.
 *
 * @param article       the article (event date not yet set)
 * @param datelineMonth the dateline's month, or 0
 * @param datelineDay   the dateline's day, or 0
 * @param leadIndex     the paragraph that follows the dateline (the lead), 0 when there is none
 */
record FinishedArticle(Article article, int datelineMonth, int datelineDay, int leadIndex) {
}
