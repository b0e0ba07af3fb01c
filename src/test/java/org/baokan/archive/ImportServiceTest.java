package org.baokan.archive;

import org.baokan.bench.SyntheticPages;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.baokan.archive.PageEnricher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest {
    /** WriteLock.PATIENCE_PROPERTY: how long a write waits for a lock nobody commits under. */
    static final String PATIENCE = "baokan.archive.patienceMs";

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
    void anImportThatCannotGetTheArchiveSaysHowFarItGotAndKeepsWhatItStored() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, 10);
        Path db = dir.resolve("a.db");
        String before = System.getProperty(PATIENCE);
        System.setProperty(PATIENCE, "300");
        Connection[] holder = new Connection[1];
        try (Archive a = Archive.open(db)) {
            // after the third page another program takes the write lock and keeps it
            ImportListener listener = new ImportListener() {
                @Override
                public void progress(int done, int total, Path file) {
                    if (done == 3) {
                        try {
                            holder[0] = DriverManager.getConnection("jdbc:sqlite:" + db);
                            holder[0].createStatement().execute("BEGIN IMMEDIATE");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            };
            ImportService service = new ImportService(a, PageEnricher.NONE);
            assertThatThrownBy(() -> service.importFiles(List.of(pages), ImportOptions.NONE, listener, () -> false))
                    .isInstanceOfSatisfying(ImportStoppedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ArchiveException.Reason.BUSY);
                        assertThat(e.getMessage()).contains("is busy");
                        assertThat(e.done().imported()).isEqualTo(3);
                        assertThat(e.handled()).isEqualTo(3);
                        assertThat(e.files()).isEqualTo(10);
                    });
            holder[0].close();
            assertThat(a.reader().counts()[0]).isEqualTo(3);
            ImportReport rest = service.importFiles(List.of(pages), ImportOptions.NONE, ImportListener.NONE, () -> false);
            assertThat(rest.imported()).isEqualTo(7);
            assertThat(rest.skipped()).isEqualTo(3);
        } finally {
            if (before == null) {
                System.clearProperty(PATIENCE);
            } else {
                System.setProperty(PATIENCE, before);
            }
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
