package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.BaokanProcess;
import org.baokan.bench.SyntheticPages;
import org.baokan.format.PageJson;
import org.baokan.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code import} processes into one archive at once (issue 15.4): both finish, and every page
 * is in the archive once. On a new archive the two race to make its schema; on an existing one,
 * to write page after page.
 */
class ConcurrentImportTest {
    private static final int PAGES = 120;

    @TempDir
    Path dir;

    @Test
    void twoImportsIntoANewArchiveBothFinishWithEveryPageOnce() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, PAGES);
        Path db = dir.resolve("new").resolve("archive.db");
        importTwiceAtOnce(db, pages, pages);
        assertThat(count(db, "SELECT count(*) FROM page")).isEqualTo(PAGES);
    }

    @Test
    void twoImportsIntoAnExistingArchiveBothFinishWithEveryPageOnce() throws Exception {
        Path pages = dir.resolve("pages");
        SyntheticPages.generate(pages, PAGES);
        Path db = dir.resolve("archive.db");
        assertThat(ParseCommandTest.run("import", "--db", db.toString(), "seeds").exit()).isZero();
        // the second process has half its pages of its own, so the two write different pages too
        Path half = Files.createDirectories(dir.resolve("half"));
        try (var files = Files.list(pages)) {
            for (Path p : files.sorted().toList().subList(0, PAGES / 2)) {
                Files.copy(p, half.resolve(p.getFileName()));
            }
        }
        importTwiceAtOnce(db, pages, half);
        assertThat(count(db, "SELECT count(*) FROM page")).isEqualTo(PAGES + 5);
    }

    private void importTwiceAtOnce(Path db, Path first, Path second) throws Exception {
        BaokanProcess cli = BaokanProcess.asTest().dataDir(dir.resolve("userdata"));
        Process a = cli.start(dir.resolve("a.out"), dir.resolve("a.err"), "import", "--json", "--db", db.toString(),
                first.toString());
        Process b = cli.start(dir.resolve("b.out"), dir.resolve("b.err"), "import", "--json", "--db", db.toString(),
                second.toString());
        assertThat(a.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(b.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String errA = Files.readString(dir.resolve("a.err"), StandardCharsets.UTF_8);
        String errB = Files.readString(dir.resolve("b.err"), StandardCharsets.UTF_8);
        assertThat(a.exitValue()).as(errA).isZero();
        assertThat(b.exitValue()).as(errB).isZero();
        JsonNode ra = PageJson.mapper().readTree(Files.readString(dir.resolve("a.out"), StandardCharsets.UTF_8));
        JsonNode rb = PageJson.mapper().readTree(Files.readString(dir.resolve("b.out"), StandardCharsets.UTF_8));
        int filesA = countFiles(first);
        int filesB = countFiles(second);
        assertThat(ra.get("imported").asInt() + ra.get("skipped").asInt()).isEqualTo(filesA);
        assertThat(rb.get("imported").asInt() + rb.get("skipped").asInt()).isEqualTo(filesB);
        assertThat(ra.get("failed")).isEmpty();
        assertThat(rb.get("failed")).isEmpty();
        // between them they imported each page once
        assertThat(ra.get("imported").asInt() + rb.get("imported").asInt()).isEqualTo(Math.max(filesA, filesB));
        try (Archive archive = Archive.open(db, Archive.Mode.READ_ONLY)) {
            assertThat(archive.integrityCheck()).isEqualTo("ok");
        }
        assertThat(count(db, "SELECT count(*) FROM page p WHERE p.article_count != "
                + "(SELECT count(*) FROM article a WHERE a.page_id = p.id)")).as("half pages").isZero();
    }

    private static int countFiles(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return (int) files.count();
        }
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
