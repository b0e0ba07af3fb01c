package org.baokan.archive;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Something the user should know about the archive that was just opened. The command line prints
 * {@link #toString()}; the desktop says it in the chosen language from the kind and the values.
 *
 * @param kind    what happened
 * @param path    the archive
 * @param pages   how many pages it concerns
 * @param seconds how long it took (re-extraction)
 */
public record OpenNotice(Kind kind, Path path, int pages, double seconds) {
    /** What happened. */
    public enum Kind {
        /** The default archive did not exist: it was made and filled with the sample pages. */
        CREATED_WITH_SAMPLES,
        /** The default archive was empty: the sample pages were added. */
        FILLED_WITH_SAMPLES,
        /** People and places were extracted again with this version's rules. */
        REEXTRACTED
    }

    @Override
    public String toString() {
        return switch (kind) {
            case CREATED_WITH_SAMPLES -> "Created the archive " + path + "; added the " + pages
                    + " sample pages that come with Baokan Reader.";
            case FILLED_WITH_SAMPLES -> "The archive " + path + " was empty; added the " + pages
                    + " sample pages that come with Baokan Reader.";
            case REEXTRACTED -> String.format(Locale.ROOT,
                    "Extracted people and places again with this version's rules (%d pages, %.1f s).", pages, seconds);
        };
    }
}
