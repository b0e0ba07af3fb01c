package org.baokan.ui;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportService;
import org.baokan.entities.Enrichment;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The archive the UI tests read: the five seeds, and page 02 of 济宁高新新闻 2020-05-12 (a page
 * written for the tests), so that one 今日导读 entry of the seeds leads to its article and the
 * others to the notice that their page is not in the archive.
 */
public final class UiFixtures {
    public static final String PAGE_02 = "/ui/gaoxin-2020-05-12-p02.txt";

    private UiFixtures() {
    }

    /** Fills an archive file with the seeds and the extra page. */
    public static void fill(Path db) throws IOException, ArchiveException {
        try (Archive a = Archive.open(db)) {
            fill(a, db.resolveSibling("fixture-pages"));
        }
    }

    static void fill(Archive a, Path folder) throws IOException, ArchiveException {
        ImportService service = new ImportService(a, Enrichment.forArchive(a));
        service.importSeeds(ImportListener.NONE);
        Files.createDirectories(folder);
        Path page = folder.resolve("gaoxin-2020-05-12-p02.txt");
        try (InputStream in = UiFixtures.class.getResourceAsStream(PAGE_02)) {
            Files.copy(in, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        service.importFiles(List.of(page), new ImportOptions("济宁高新新闻", LocalDate.of(2020, 5, 12)),
                ImportListener.NONE, () -> false);
    }
}
