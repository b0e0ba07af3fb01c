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
 * new user sees real issues at once. An archive named explicitly is never filled unasked.
 */
public final class ArchiveOpener {
    private ArchiveOpener() {
    }

    /**
     * @param explicit the archive the user named, or null for the default one
     * @param enrich   makes what import adds to pages (people and places)
     * @param notice   receives what the user should know (e.g. that the sample pages were added)
     */
    public static Archive open(Path explicit, PageEnricher.Factory enrich, Consumer<OpenNotice> notice)
            throws ArchiveException {
        if (explicit != null) {
            return prepared(Archive.open(explicit), enrich, notice);
        }
        Path path = ArchiveLocation.defaultArchive();
        boolean existed = Files.exists(path);
        Archive archive = prepared(Archive.open(path), enrich, notice);
        if (!archive.isReadOnly() && archive.isEmpty()) {
            ImportReport r = new ImportService(archive, enrich.create(archive)).importSeeds(ImportListener.NONE);
            notice.accept(new OpenNotice(existed ? OpenNotice.Kind.FILLED_WITH_SAMPLES : OpenNotice.Kind.CREATED_WITH_SAMPLES,
                    path, r.imported(), r.elapsedMs() / 1000.0));
        }
        return archive;
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
