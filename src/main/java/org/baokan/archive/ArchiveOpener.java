package org.baokan.archive;

import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens the archive the user asked for. The default archive (no path given) lives in the per-user
 * data folder and, when it is missing or empty, is filled from the bundled seed pages so that a
 * new user sees real issues at once. An archive named explicitly is never filled unasked, and only
 * {@link Use#IMPORT} makes one that is not there (docs/decisions/0016).
 */
public final class ArchiveOpener {
    private ArchiveOpener() {
    }

    /** What the caller will do with the archive. */
    public enum Use {
        /**
         * Only read (search, show, list, export): opened read-only, so that an archive on read-only
         * media or in a folder of someone else's can be read, and nothing is written. An archive of
         * an older version is upgraded first when it can be written.
         */
        READ,
        /** Change an archive that exists (the archivist's gazetteer edits, re-extraction). */
        CHANGE,
        /** Import into it: the one use that makes a new archive. */
        IMPORT
    }

    /**
     * Opens for reading and writing, making the archive when it is missing: what the desktop does
     * with the archive of its settings.
     */
    public static Archive open(Path explicit, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        return open(explicit, Use.IMPORT, enrich, notice);
    }

    /**
     * @param explicit the archive the user named, or null for the default one
     * @param use      what will be done with it
     * @param enrich   makes what import adds to pages (people and places)
     * @param notice   receives what the user should know (e.g. that the sample pages were added)
     */
    public static Archive open(Path explicit, Use use, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        if (explicit == null) {
            return openDefault(use, enrich, notice);
        }
        if (use == Use.READ) {
            return forReading(explicit, enrich, notice);
        }
        if (use == Use.CHANGE && !Files.exists(explicit)) {
            throw Archive.missing(explicit.toAbsolutePath());
        }
        return prepared(Archive.open(explicit), enrich, notice);
    }

    /** The default archive: made and filled with the seed pages on first use, whatever the use. */
    private static Archive openDefault(Use use, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        Path path = ArchiveLocation.defaultArchive();
        boolean existed = Files.exists(path);
        if (use == Use.READ && existed) {
            Archive archive = forReading(path, enrich, notice);
            if (!archive.isEmpty() || !Archive.isWritable(path)) {
                return archive;
            }
            archive.close();
        }
        Archive archive = prepared(Archive.open(path), enrich, notice);
        if (!archive.isReadOnly() && archive.isEmpty()) {
            ImportReport r = new ImportService(archive, enrich.create(archive)).importSeeds(ImportListener.NONE);
            notice.accept(new OpenNotice(existed ? OpenNotice.Kind.FILLED_WITH_SAMPLES : OpenNotice.Kind.CREATED_WITH_SAMPLES,
                    path, r.imported(), r.elapsedMs() / 1000.0));
        }
        return archive;
    }

    /**
     * Read-only; an archive that must be upgraded before this version can read it is upgraded when
     * it can be written, and refused, unchanged, when it cannot.
     */
    private static Archive forReading(Path path, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        try {
            return Archive.open(path, Archive.Mode.READ_ONLY);
        } catch (ArchiveException e) {
            if (e.reason() != ArchiveException.Reason.READ_ONLY_NEEDS_UPGRADE || !Archive.isWritable(path)) {
                throw e;
            }
        }
        return prepared(Archive.open(path), enrich, notice);
    }

    private static Archive prepared(Archive archive, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        if (!archive.isReadOnly()) {
            try {
                enrich.prepare(archive, notice);
            } catch (ArchiveException | RuntimeException e) {
                archive.close();
                throw e;
            }
        }
        return archive;
    }
}
