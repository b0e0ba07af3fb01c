package org.baokan.cli;

import org.baokan.BaokanProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An archive the user cannot write (issue 15.5) is read by every reading command, and nothing
 * appears beside it: a file of mode 0444, and a writable file in a folder that is not. The
 * commands run in a process of their own as a user permissions apply to: as {@code nobody} when
 * the tests run as root (CI), for root would write anyway.
 */
class ReadOnlyArchiveTest {
    @TempDir
    Path dir;
    private Path made;

    @BeforeEach
    void makeAnArchive() throws Exception {
        BaokanProcess.shared(dir);
        made = dir.resolve("made.db");
        assertThat(ParseCommandTest.run("import", "--db", made.toString(), "seeds").exit()).isZero();
        assertThat(journals(made)).as("a closed archive leaves no journal").isEmpty();
    }

    @Test
    void aFileOfMode0444IsReadAndNothingIsWrittenBesideIt() throws Exception {
        Path folder = BaokanProcess.shared(Files.createDirectory(dir.resolve("writable-folder")));
        Path db = Files.copy(made, folder.resolve("archive.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        readsAndLeavesNoTrace(db);
    }

    @Test
    void aWritableFileInAFolderThatIsNotIsReadAndNothingIsWrittenBesideIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only-folder"));
        Path db = Files.copy(made, folder.resolve("archive.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        readsAndLeavesNoTrace(db);
    }

    @Test
    void anArchiveWhoseWriterWasKilledIsReadWithItsLastPagesFromAReadOnlyFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("crashed"));
        Path db = folder.resolve("archive.db");
        // a writer that committed into the write-ahead log and then died: copy the files as it left them
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + made); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("UPDATE article SET title = '只在日志里的标题' WHERE id = 1");
            for (String suffix : new String[]{"", "-wal", "-shm"}) {
                Files.copy(Path.of(made + suffix), Path.of(db + suffix));
            }
        }
        assertThat(Files.size(Path.of(db + "-wal"))).isPositive();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        BaokanProcess.Run show = BaokanProcess.unprivileged().dataDir(dir.resolve("userdata")).run("show", "--db=" + db, "1");
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("只在日志里的标题");
    }

    private void readsAndLeavesNoTrace(Path db) throws Exception {
        String before = hash(db);
        BaokanProcess user = BaokanProcess.unprivileged().dataDir(dir.resolve("userdata"));
        String at = "--db=" + db;

        BaokanProcess.Run search = user.run("search", at, "--json", "创城");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("\"total\"");
        assertThat(search.err()).isEmpty();
        for (List<String> cmd : List.of(List.of("issues", at), List.of("show", at, "1"), List.of("people", at),
                List.of("timeline", at, "--person=刘章箭"), List.of("gazetteer", at), List.of("export-json", at, "--article=1"))) {
            BaokanProcess.Run r = user.run(cmd.toArray(String[]::new));
            assertThat(r.exit()).as(cmd + ": " + r.err()).isZero();
            assertThat(r.out()).as(cmd.toString()).isNotBlank();
        }
        assertThat(journals(db)).as("files beside the archive").isEmpty();

        // the user really cannot write it: import is refused in one line, and still nothing appears
        BaokanProcess.Run write = user.run("import", at, "seeds/003_2a2e104cf04f8ed9.txt");
        assertThat(write.exit()).isEqualTo(2);
        assertThat(write.err().strip().lines()).hasSize(1);
        assertThat(write.err()).contains("is read-only; nothing was changed").doesNotContain("Exception");
        assertThat(journals(db)).isEmpty();
        assertThat(hash(db)).isEqualTo(before);
    }

    /** The files SQLite keeps beside an archive while it is open. */
    private static List<Path> journals(Path db) {
        return ArchiveFiles.journals(db).stream().filter(Files::exists).toList();
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The journal names of an archive. */
    private static final class ArchiveFiles {
        static List<Path> journals(Path db) {
            String name = db.getFileName().toString();
            return List.of(db.resolveSibling(name + "-wal"), db.resolveSibling(name + "-shm"),
                    db.resolveSibling(name + "-journal"));
        }
    }
}
