package org.baokan.archive;

import java.time.LocalDate;

/**
 * What the archivist knows about a batch that its pages may not print.
 *
 * @param paper the paper's name for pages that print none, or null
 * @param date  the issue date for pages that print none, or null
 */
public record ImportOptions(String paper, LocalDate date) {
    public static final ImportOptions NONE = new ImportOptions(null, null);
}
