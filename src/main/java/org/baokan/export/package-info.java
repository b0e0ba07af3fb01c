/**
 * Exports: a selection of articles (by id, a page, an issue, a query, a leader's timeline) written
 * as archival PDF (PDF/A-2u, through the paper renderer) or as JSON in the interchange format.
 * Files are written to a temporary file and moved into place, so a failed export leaves nothing
 * behind and an existing file is only replaced when asked to.
 */
package org.baokan.export;
