package org.baokan.export;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportService;
import org.baokan.entities.Enrichment;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;

import java.io.IOException;
import java.nio.file.Path;

/** An archive of the five seed pages, with people and places, for the export tests. */
final class SeedArchive {
    private SeedArchive() {
    }

    static Archive open(Path db) throws ArchiveException, IOException {
        Archive a = Archive.open(db);
        new ImportService(a, Enrichment.forArchive(a)).importSeeds(ImportListener.NONE);
        return a;
    }
}
