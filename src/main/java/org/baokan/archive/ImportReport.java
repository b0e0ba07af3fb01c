package org.baokan.archive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.baokan.ingest.BadInputException;
import org.baokan.model.Warning;

import java.util.List;

/**
 * The summary of an import.
 *
 * @param imported  pages added
 * @param skipped   files already in the archive (same content)
 * @param conflicts pages added although another file claims the same paper, date and page
 * @param failed    files that could not be imported, with the reason
 * @param warnings  what the parser was unsure of, per file
 * @param elapsedMs how long it took
 * @param cancelled whether the user stopped it (what was imported stays)
 * @param pageIds   the pages added, in the order they were added: what the desktop offers to open
 *                  (not part of the JSON summary, which counts them)
 */
@JsonPropertyOrder({"imported", "skipped", "conflicts", "failed", "warnings", "elapsedMs", "cancelled"})
public record ImportReport(int imported, int skipped, List<Conflict> conflicts, List<Failure> failed,
                           List<FileWarning> warnings, long elapsedMs, boolean cancelled,
                           @JsonIgnore List<Long> pageIds) {

    public ImportReport {
        pageIds = List.copyOf(pageIds);
        conflicts = List.copyOf(conflicts);
        failed = List.copyOf(failed);
        warnings = List.copyOf(warnings);
    }

    /**
     * A file that failed.
     *
     * @param file    its name
     * @param reason  why, as one English sentence
     * @param problem why, for the desktop to say in the reader's language; null when the parser
     *                itself failed on the file
     * @param detail  the word the sentence needs (an encoding, an error), or null
     */
    @JsonPropertyOrder({"file", "reason"})
    public record Failure(String file, String reason, @JsonIgnore BadInputException.Problem problem,
                          @JsonIgnore String detail) {
    }

    /** A parser warning of a file; in JSON its sentence. */
    @JsonPropertyOrder({"file", "warning"})
    public record FileWarning(String file, Warning warning) {
    }

    /** Two files claiming the same paper, date and page; both are kept. */
    @JsonPropertyOrder({"file", "existingFile", "paper", "date", "page"})
    public record Conflict(String file, String existingFile, String paper, String date, String page) {
    }
}
