package org.baokan.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveLocationTest {
    private static final Path HOME = Path.of("/home/archivist");

    @Test
    void thePerUserDataFolderOfEachPlatform() {
        assertThat(ArchiveLocation.dataFolder("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/archivist/.local/share/baokan"));
        assertThat(ArchiveLocation.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/me"), HOME))
                .isEqualTo(Path.of("/data/me/baokan"));
        assertThat(ArchiveLocation.dataFolder("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME))
                .isEqualTo(Path.of("/home/archivist/.local/share/baokan"));
        assertThat(ArchiveLocation.dataFolder("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/archivist/Library/Application Support/Baokan"));
        assertThat(ArchiveLocation.dataFolder("Windows 11", Map.of("APPDATA", "/c/Users/a/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/c/Users/a/AppData/Roaming/Baokan"));
    }
}
