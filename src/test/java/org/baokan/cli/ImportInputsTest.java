package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.BaokanProcess;
import org.baokan.format.PageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What {@code import} and {@code parse} are given beyond plain files (issue 15.2, 15.3, 15.7):
 * folders that cannot be read, links to folders, links round in a circle, pipes and devices.
 */
class ImportInputsTest {
    private static final String SEED_A = "seeds/003_2a2e104cf04f8ed9.txt";
    private static final String SEED_B = "seeds/004_550c7470bbba2448.txt";
    private static final String SEED_C = "seeds/000_eded2beb79151fe8.txt";

    @TempDir
    Path dir;

    @Test
    void anUnreadableFolderIsReportedAndTheRestIsImported() throws Exception {
        BaokanProcess.shared(dir);
        Path batch = BaokanProcess.shared(Files.createDirectory(dir.resolve("batch")));
        Files.copy(Path.of(SEED_A), batch.resolve("a.txt"));
        Path closed = Files.createDirectory(batch.resolve("closed"));
        Files.copy(Path.of(SEED_B), closed.resolve("b.txt"));
        Path open = Files.createDirectory(batch.resolve("open"));
        Files.copy(Path.of(SEED_C), open.resolve("c.txt"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        Path db = dir.resolve("archive.db");

        // as a user the folder is closed to (root would read it anyway)
        BaokanProcess.Run r = BaokanProcess.unprivileged().dataDir(dir.resolve("userdata"))
                .run("import", "--db", db.toString(), "--json", batch.toString());
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        assertThat(r.err()).doesNotContain("Exception", "internal error");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        JsonNode report = PageJson.mapper().readTree(r.out());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("failed")).hasSize(1);
        assertThat(report.get("failed").get(0).get("file").asText()).isEqualTo(closed.toString());
        assertThat(report.get("failed").get(0).get("reason").asText()).isEqualTo("permission denied");

        BaokanProcess.Run text = BaokanProcess.unprivileged().dataDir(dir.resolve("userdata"))
                .run("import", "--db", dir.resolve("other.db").toString(), batch.toString());
        assertThat(text.out()).contains("Imported 2", "failed 1", "failed: " + closed + ": permission denied");
    }

    @Test
    void aLinkToAFolderImportsWhatTheFolderHolds() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.copy(Path.of(SEED_A), real.resolve("a.txt"));
        Path inner = Files.createDirectory(real.resolve("inner"));
        Files.copy(Path.of(SEED_B), inner.resolve("b.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        // and a link inside a folder to another folder
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.copy(Path.of(SEED_C), other.resolve("c.txt"));
        Files.createSymbolicLink(real.resolve("to-other"), other);

        ParseCommandTest.Run r = ParseCommandTest.run("import", "--db", dir.resolve("a.db").toString(), "--json",
                link.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = PageJson.mapper().readTree(r.out());
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("failed")).isEmpty();
    }

    @Test
    void aLinkRoundInACircleIsReportedNotFollowedForEver() throws Exception {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        Files.copy(Path.of(SEED_A), batch.resolve("a.txt"));
        Path inner = Files.createDirectory(batch.resolve("inner"));
        Files.createSymbolicLink(inner.resolve("up"), batch);

        ParseCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ParseCommandTest.run("import",
                "--db", dir.resolve("a.db").toString(), "--json", batch.toString()));
        JsonNode report = PageJson.mapper().readTree(r.out());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("failed")).hasSize(1);
        assertThat(report.get("failed").get(0).get("file").asText()).isEqualTo(inner.resolve("up").toString());
        assertThat(report.get("failed").get(0).get("reason").asText()).contains("links back to a folder it is in");
    }

    @Test
    void pipesAndDevicesAreRefusedInOneLine() throws Exception {
        Path fifo = dir.resolve("page.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        List<String> refused = new ArrayList<>(List.of(fifo.toString(), "/dev/zero"));
        if (Files.exists(Path.of("/dev/urandom"))) {
            refused.add("/dev/urandom");
        }
        for (String p : refused) {
            // a pipe would wait for a writer for ever, /dev/zero would fill the memory: neither may
            ParseCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> ParseCommandTest.run("parse", p));
            assertThat(r.exit()).as(p).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).isEqualTo("baokan parse: " + p
                    + ": cannot be read (it is a pipe, a socket or a device, not a file)\n");
        }
        // in a folder to import, the pipe is one failure among the pages
        Path batch = Files.createDirectory(dir.resolve("batch"));
        Files.move(fifo, batch.resolve("pipe.txt"));
        Files.copy(Path.of(SEED_A), batch.resolve("a.txt"));
        ParseCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ParseCommandTest.run("import",
                "--db", dir.resolve("a.db").toString(), "--json", batch.toString(), "/dev/zero"));
        JsonNode report = PageJson.mapper().readTree(r.out());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("failed")).hasSize(2);
        assertThat(report.get("failed").findValuesAsText("reason")).allMatch(s -> s.contains("a pipe, a socket or a device"));
    }
}
