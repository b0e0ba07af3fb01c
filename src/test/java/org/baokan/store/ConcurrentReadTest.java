package org.baokan.store;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportReport;
import org.baokan.archive.ImportService;
import org.baokan.bench.SyntheticPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.baokan.archive.PageEnricher;

import static org.assertj.core.api.Assertions.assertThat;

/** With WAL, a reader searches while an import is writing. */
class ConcurrentReadTest {
    @TempDir
    Path dir;

    @Test
    void searchesRunWhileAnImportWrites() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, 150);
        Path db = dir.resolve("archive.db");
        try (Archive writer = Archive.open(db); Archive reader = Archive.open(db)) {
            AtomicBoolean importing = new AtomicBoolean(true);
            CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return new ImportService(writer, PageEnricher.NONE)
                            .importFiles(List.of(pages), ImportOptions.NONE, ImportListener.NONE, () -> false);
                } catch (ArchiveException e) {
                    throw new IllegalStateException(e);
                } finally {
                    importing.set(false);
                }
            });
            int searches = 0;
            int sawGrowing = 0;
            long last = -1;
            SearchIndex.Query fts = new SearchIndex.Query(List.of("刘章箭"), List.of());
            while (importing.get()) {
                int total = reader.searchIndex().match(fts, SearchIndex.Filter.NONE, 20, 0).total();
                if (total > last && last >= 0) {
                    sawGrowing++;
                }
                last = total;
                searches++;
            }
            ImportReport report = running.get();
            assertThat(report.imported()).isEqualTo(150);
            assertThat(searches).isGreaterThan(1);
            assertThat(sawGrowing).as("the reader saw the import's progress").isPositive();
        }
    }
}
