package org.baokan.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The choosers open where the reader was last, else at home: never in the program's working folder. */
class FoldersTest {
    private static final Path HOME = Path.of(System.getProperty("user.home"));

    @Test
    void aChooserOpensInTheFolderUsedLast(@TempDir Path last) {
        assertThat(Folders.initial(last)).isEqualTo(last.toFile());
    }

    @Test
    void withoutOneOrWhenItIsGoneItOpensAtHome(@TempDir Path dir) throws Exception {
        assertThat(Folders.initial(null)).isEqualTo(HOME.toFile());
        assertThat(Folders.initial(dir.resolve("removed"))).isEqualTo(HOME.toFile());
        Path file = Files.writeString(dir.resolve("a.db"), "");
        assertThat(Folders.initial(file)).as("a file is no folder").isEqualTo(HOME.toFile());
    }

    @Test
    void theFolderOfAPathTypedInTheSettings(@TempDir Path dir) {
        assertThat(Folders.parentOf(dir.resolve("archive.db").toString())).isEqualTo(dir);
        assertThat(Folders.parentOf("  ")).isNull();
        assertThat(Folders.parentOf(null)).isNull();
        assertThat(Folders.parentOf("a\u0000b")).isNull();
    }
}
