package org.baokan.cli;

import org.baokan.BaokanProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an export leaves in the user's folder (issue 15.10): no temporary file once the next export
 * has run, even after one was killed while writing, and files of the mode the user's umask gives,
 * new or replaced.
 */
class ExportFileModesTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void importSeeds() {
        db = dir.resolve("archive.db").toString();
        assertThat(ParseCommandTest.run("import", "--db", db, "seeds").exit()).isZero();
    }

    @Test
    void aKilledExportsTemporaryFileIsRemovedByTheNextExport() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path pdf = out.resolve("all.pdf");
        Process export = BaokanProcess.asTest().dataDir(dir.resolve("userdata")).start(dir.resolve("o.txt"),
                dir.resolve("e.txt"), "export-pdf", "--db", db, "--query", "高新区", "-o", pdf.toString());
        // kill it without warning while it writes its temporary file
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (temporary(out).isEmpty() && export.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(export.isAlive()).as("the export was still writing when it was killed").isTrue();
        export.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<Path> left = temporary(out);
        assertThat(left).as("what a killed export leaves").hasSize(1);
        assertThat(left.get(0).getFileName().toString()).startsWith(".all.pdf." + export.pid() + "-");
        assertThat(pdf).doesNotExist();

        // the next export into that folder, of any file, clears it away
        ParseCommandTest.Run next = ParseCommandTest.run("export-pdf", "--db", db, "--article", "1", "-o",
                out.resolve("one.pdf").toString());
        assertThat(next.exit()).as(next.err()).isZero();
        assertThat(temporary(out)).isEmpty();
        assertThat(out.resolve("one.pdf")).exists();
    }

    @Test
    void anExportedFileHasTheModeTheUmaskGives() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path pdf = out.resolve("a.pdf");
        Path json = out.resolve("a.json");
        BaokanProcess strict = BaokanProcess.asTest().dataDir(dir.resolve("userdata")).umask("027");
        assertThat(strict.run("export-pdf", "--db", db, "--article", "1", "-o", pdf.toString()).exit()).isZero();
        assertThat(strict.run("export-json", "--db", db, "--article", "1", "-o", json.toString()).exit()).isZero();
        assertThat(mode(pdf)).isEqualTo("rw-r-----");
        assertThat(mode(json)).isEqualTo("rw-r-----");

        // replacing a file gives it the umask's mode too, not a private one
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r--r--"));
        BaokanProcess usual = BaokanProcess.asTest().dataDir(dir.resolve("userdata")).umask("022");
        assertThat(usual.run("export-pdf", "--db", db, "--article", "2", "-o", pdf.toString(), "--force").exit()).isZero();
        assertThat(mode(pdf)).isEqualTo("rw-r--r--");
        assertThat(usual.run("export-json", "--db", db, "--article", "2", "-o", json.toString(), "--force").exit())
                .isZero();
        assertThat(mode(json)).isEqualTo("rw-r--r--");
        assertThat(temporary(out)).isEmpty();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<Path> temporary(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
