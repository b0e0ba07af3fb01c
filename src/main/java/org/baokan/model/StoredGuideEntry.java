package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A guide entry or teaser of a page, resolved against the archive.
 *
 * @param id              the archive's id of the entry
 * @param pageId          the page it is printed on
 * @param entry           the entry as printed
 * @param targetPageId    the page it points to, when that page is in the archive, else null
 * @param targetArticleId the article it points to, when found, else null
 */
@JsonPropertyOrder({"id", "pageId", "entry", "targetPageId", "targetArticleId"})
public record StoredGuideEntry(long id, long pageId, GuideEntry entry, Long targetPageId, Long targetArticleId) {

    /** Whether the entry's target is in the archive. */
    @JsonIgnore
    public boolean resolved() {
        return targetArticleId != null;
    }
}
