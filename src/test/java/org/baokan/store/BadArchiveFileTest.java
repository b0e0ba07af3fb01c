package org.baokan.store;

import org.baokan.archive.GuideMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Files that are not usable archives get a clear message and are never changed. */
class BadArchiveFileTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsNotAnArchiveAndStaysAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "这不是数据库\n");
        String before = hash(file);
        assertThatThrownBy(() -> Archive.open(file)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("is not a Baokan archive").hasMessageContaining("left unchanged")
                .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(ArchiveException.Reason.NOT_AN_ARCHIVE);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndStaysAsItWas() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('张三')");
        }
        String before = hash(file);
        assertThatThrownBy(() -> Archive.open(file)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("another program's SQLite database");
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aDamagedArchiveIsReportedAndNotRepaired() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Archive a = Archive.open(file)) {
            Pages.storeSeeds(a);
        }
        // overwrite everything after the first page (the schema) with garbage
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long size = raf.length();
            byte[] junk = new byte[4096];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (i * 31 + 7);
            }
            for (long pos = 4096; pos < size; pos += junk.length) {
                raf.seek(pos);
                raf.write(junk, 0, (int) Math.min(junk.length, size - pos));
            }
        }
        String before = hash(file);
        assertThatThrownBy(() -> {
            try (Archive a = Archive.open(file)) {
                a.reader().issues();
                a.writer(new GuideMatcher()).store(Pages.seed(Pages.seeds().get(0)), null);
            }
        }).isInstanceOf(ArchiveException.class).hasMessageContaining("damaged").hasMessageContaining("left unchanged");
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyArchiveCanBeReadButNotWritten() throws Exception {
        assumeFalse(System.getProperty("user.name").equals("root") && canRootWriteAnyway(),
                "root ignores file permissions here");
        Path file = dir.resolve("readonly.db");
        try (Archive a = Archive.open(file)) {
            Pages.storeSeeds(a);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        String before = hash(file);
        try (Archive a = Archive.open(file)) {
            assertThat(a.isReadOnly()).isTrue();
            assertThat(a.reader().issues()).hasSize(5);
            assertThatThrownBy(() -> a.writer(GuideTargets.NONE)).isInstanceOf(ArchiveException.class).hasMessageContaining("read-only")
                    .extracting(e -> ((ArchiveException) e).reason()).isEqualTo(ArchiveException.Reason.READ_ONLY);
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void anArchiveOpenedReadOnlyRefusesEveryWrite() throws Exception {
        Path file = dir.resolve("ro.db");
        try (Archive a = Archive.open(file)) {
            Pages.storeSeeds(a);
        }
        String before = hash(file);
        try (Archive a = Archive.open(file, Archive.Mode.READ_ONLY)) {
            assertThat(a.reader().issues()).hasSize(5);
            assertThatThrownBy(() -> a.writer(GuideTargets.NONE)).isInstanceOf(ArchiveException.class)
                    .hasMessage("The archive " + file + " is read-only; nothing was changed.");
        }
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void anArchiveFromANewerVersionIsRefused() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Archive a = Archive.open(file)) {
            a.isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        String before = hash(file);
        assertThatThrownBy(() -> Archive.open(file)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("newer version");
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void aFolderIsNotAnArchive() {
        assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(ArchiveException.class).hasMessageContaining("folder");
    }

    /** Root can write read-only files; the read-only test then proves nothing and is skipped. */
    private boolean canRootWriteAnyway() throws Exception {
        Path probe = Files.writeString(dir.resolve("probe"), "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r--r--r--"));
        return Files.isWritable(probe);
    }

    static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
