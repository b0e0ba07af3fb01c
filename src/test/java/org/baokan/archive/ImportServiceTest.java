package org.baokan.archive;

import org.baokan.bench.SyntheticPages;
import org.baokan.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.baokan.archive.PageEnricher;

import static org.assertj.core.api.Assertions.assertThat;

class ImportServiceTest {
    @TempDir
    Path dir;

    @Test
    void progressIsReportedForEveryFileAndCancellingKeepsWhatWasImported() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, 60);
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            List<Integer> seen = new ArrayList<>();
            AtomicInteger total = new AtomicInteger();
            ImportListener listener = new ImportListener() {
                @Override
                public void started(int t) {
                    total.set(t);
                }

                @Override
                public void progress(int done, int t, Path file) {
                    seen.add(done);
                }
            };
            ImportReport r = new ImportService(a, PageEnricher.NONE)
                    .importFiles(List.of(pages), ImportOptions.NONE, listener, () -> seen.size() >= 20);
            assertThat(total.get()).isEqualTo(60);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.imported()).isEqualTo(20);
            assertThat(seen).startsWith(1, 2, 3).hasSize(20);
            assertThat(a.reader().counts()[0]).isEqualTo(20);

            ImportReport rest = new ImportService(a, PageEnricher.NONE)
                    .importFiles(List.of(pages), ImportOptions.NONE, ImportListener.NONE, () -> false);
            assertThat(rest.imported()).isEqualTo(40);
            assertThat(rest.skipped()).isEqualTo(20);
        }
    }

    @Test
    void theBundledSeedsImport() throws Exception {
        assertThat(SeedPages.all()).hasSize(5).allSatisfy(s -> assertThat(s.bytes()).isNotEmpty());
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            ImportReport r = new ImportService(a, PageEnricher.NONE).importSeeds(ImportListener.NONE);
            assertThat(r.imported()).isEqualTo(5);
            assertThat(r.failed()).isEmpty();
        }
    }
}
