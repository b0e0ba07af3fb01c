package org.baokan.export;

import org.baokan.render.PaperLayout;

/**
 * What the user chose in the print dialog, free of any toolkit: the printer, the sheet, copies and
 * pages.
 *
 * @param printer  the printer's name as the system knows it, or null for the default printer
 * @param layout   the sheet the document is set on
 * @param copies   how many copies, at least 1
 * @param fromPage first page to print, from 1, or 0 for all
 * @param toPage   last page to print, or 0 for all
 * @param jobName  the job's name in the printer queue
 */
public record PrintRequest(String printer, PaperLayout layout, int copies, int fromPage, int toPage, String jobName) {
    public PrintRequest {
        copies = Math.max(1, copies);
        if (fromPage < 0 || toPage < 0 || (toPage > 0 && fromPage > toPage)) {
            throw new IllegalArgumentException("pages " + fromPage + "–" + toPage + " are not a range");
        }
    }

    /** The default printer, A4, one copy, all pages. */
    public static PrintRequest defaults(String jobName) {
        return new PrintRequest(null, PaperLayout.A4, 1, 0, 0, jobName);
    }
}
