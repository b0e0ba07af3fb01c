package org.baokan.archive;

import org.baokan.model.EnrichedPage;
import org.baokan.model.ParsedPage;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What import adds to a parsed page before it is stored (people and places), and what it learns
 * once the page is in. Called from several import threads at once.
 */
public interface PageEnricher extends Function<ParsedPage, EnrichedPage> {
    /** Stores pages as parsed, without people and places. */
    PageEnricher NONE = EnrichedPage::plain;

    /** The page is stored; called on the importing thread, in order. */
    default void stored(EnrichedPage page) {
    }

    /** Makes the enricher for an archive once it is open. */
    @FunctionalInterface
    interface Factory {
        Factory NONE = archive -> PageEnricher.NONE;

        PageEnricher create(Archive archive) throws ArchiveException;

        /**
         * Brings a writable archive up to date once it is open, before anything is imported: e.g.
         * re-extracts people and places stored by older rules. Notes for the user go to {@code notice}.
         */
        default void prepare(Archive archive, Consumer<OpenNotice> notice) throws ArchiveException {
        }
    }
}
