package org.baokan.archive;

import org.baokan.model.ParsedPage;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Opens the archive the user asked for. The default archive (no path given) lives in the per-user
 * data folder and, when it is missing or empty, is filled from the bundled seed pages so that a
 * new user sees real issues at once. An archive named explicitly is never filled unasked.
 */
public final class ArchiveOpener {
    private ArchiveOpener() {
    }

    /**
     * @param explicit the archive the user named, or null for the default one
     * @param enrich   what import adds to pages (people and places)
     * @param notice   receives one-line notes for the user (e.g. that the sample pages were added)
     */
    public static Archive open(Path explicit, UnaryOperator<ParsedPage> enrich, Consumer<String> notice)
            throws ArchiveException {
        if (explicit != null) {
            return Archive.open(explicit);
        }
        Path path = ArchiveLocation.defaultArchive();
        boolean existed = Files.exists(path);
        Archive archive = Archive.open(path);
        if (!archive.isReadOnly() && archive.isEmpty()) {
            ImportReport r = new ImportService(archive, enrich).importSeeds(ImportListener.NONE);
            notice.accept((existed ? "The archive " + path + " was empty; " : "Created the archive " + path + "; ")
                    + "added the " + r.imported() + " sample pages that come with Baokan Reader.");
        }
        return archive;
    }
}
