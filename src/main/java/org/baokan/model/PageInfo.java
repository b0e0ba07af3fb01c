package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A page of the archive.
 *
 * @param id           the archive's id of the page
 * @param issueId      the issue it belongs to
 * @param label        its own label ({@code 03 新城}), or null
 * @param frontPage    whether it is a front page
 * @param fileName     the file it was imported from
 * @param sha256       the file's hash, the page's identity
 * @param encoding     the file's encoding
 * @param articleCount how many articles it holds
 */
@JsonPropertyOrder({"id", "issueId", "label", "frontPage", "fileName", "sha256", "encoding", "articleCount"})
public record PageInfo(long id, long issueId, PageLabel label, boolean frontPage, String fileName, String sha256,
                       String encoding, int articleCount) {

    /** How the page is named in lists: {@code 03 新城}, {@code 01}, or the file name when nothing is known. */
    @JsonIgnore
    public String displayName() {
        if (label != null) {
            return label.display();
        }
        return frontPage ? "01" : fileName;
    }
}
