package org.baokan.store;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportReport;
import org.baokan.archive.ImportService;
import org.baokan.bench.SyntheticPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.baokan.archive.PageEnricher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import process killed with SIGKILL in the middle of a batch leaves a sound archive with no
 * half page, and the next import completes the batch.
 */
class CrashRecoveryTest {
    private static final int PAGES = 400;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesNoHalfPageAndTheNextImportCompletesIt() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, PAGES);
        Path db = dir.resolve("archive.db");
        try (Archive a = Archive.open(db)) {
            assertThat(a.isEmpty()).isTrue();
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.baokan.Main");
        command.add("import");
        command.add("--db");
        command.add(db.toString());
        command.add(pages.toString());
        Process importer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("import.log").toFile()).start();
        // wait until part of the batch is in, then kill without warning
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long imported = 0;
        while (System.nanoTime() < deadline && importer.isAlive()) {
            imported = pageCount(db);
            if (imported >= 40) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(importer.isAlive()).as("the import was still running when it was killed").isTrue();
        importer.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(importer.exitValue()).isNotZero();

        try (Archive a = Archive.open(db)) {
            assertThat(a.integrityCheck()).isEqualTo("ok");
            long done = a.reader().counts()[0];
            assertThat(done).isBetween(40L, (long) PAGES - 1);
            assertThat(halfPages(db)).as("pages whose articles are not all there").isZero();

            ImportReport rest = new ImportService(a, PageEnricher.NONE)
                    .importFiles(List.of(pages), ImportOptions.NONE, ImportListener.NONE, () -> false);
            assertThat(rest.failed()).isEmpty();
            assertThat(rest.imported() + rest.skipped()).isEqualTo(PAGES);
            assertThat(rest.skipped()).isEqualTo((int) done);
            assertThat(a.reader().counts()[0]).isEqualTo(PAGES);
            assertThat(a.integrityCheck()).isEqualTo("ok");
        }
        assertThat(halfPages(db)).isZero();
    }

    private static long pageCount(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 2000");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM page")) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (Exception e) {
            return 0;
        }
    }

    /** Pages whose stored article count differs from the articles present, or without their index rows. */
    private static long halfPages(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM page p WHERE p.article_count != "
                     + "(SELECT count(*) FROM article a WHERE a.page_id = p.id)")) {
            return r.getLong(1);
        }
    }
}
