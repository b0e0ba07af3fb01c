package org.baokan.ui.settings;

import org.baokan.ui.common.Settings;
import org.baokan.ui.common.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void settingsAreKeptBetweenRuns() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertThat(store.load()).isEqualTo(Settings.DEFAULT);
        Settings s = Settings.DEFAULT.withArchive(dir.resolve("other.db").toString()).withLook(true, 22, "en")
                .withWindow(40.0, 30.0, 1200, 800, true, List.of(0.2, 0.5, 0.8), false, true);
        store.save(s);
        assertThat(new SettingsStore(dir.resolve("settings.json")).load()).isEqualTo(s);
        assertThat(dir.resolve("settings.json.tmp")).doesNotExist();
    }

    @Test
    void aSettingTheFileDoesNotNameKeepsItsDefault() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"dark\": true, \"textPx\": 20}");
        Settings s = new SettingsStore(file).load();
        assertThat(s.dark()).isTrue();
        assertThat(s.textPx()).isEqualTo(20);
        assertThat(s.showArchive()).isTrue();
        assertThat(s.showGuide()).isTrue();
        assertThat(s.language()).isEqualTo(Settings.DEFAULT.language());
        assertThat(s.dividers()).isEqualTo(Settings.DEFAULT.dividers());
        assertThat(s.x()).as("no saved place: the window opens centred").isNull();
        assertThat(s.y()).isNull();
        assertThat(file).exists();
        // JSON, but not settings: kept aside like any unreadable file
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        assertThat(new SettingsStore(list).load()).isEqualTo(Settings.DEFAULT);
        assertThat(dir.resolve("list.json.bad")).exists();
    }

    @Test
    void anUnreadableFileIsKeptAsideAndTheDefaultsUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.DEFAULT);
        assertThat(dir.resolve("settings.json.bad")).hasContent("{ this is not json");
    }

    @Test
    void theDialogChecksTheArchiveLocation() throws Exception {
        SettingsViewModel vm = new SettingsViewModel(Settings.DEFAULT);
        assertThat(vm.problem()).isNull();
        vm.archive().set(dir.toString());
        assertThat(vm.problem()).isEqualTo("settings.archiveIsFolder");
        vm.archive().set(dir.resolve("missing/folder/a.db").toString());
        assertThat(vm.problem()).isEqualTo("settings.archiveNoFolder");
        vm.archive().set(dir.resolve("a.db").toString());
        vm.textPx().set(99);
        vm.dark().set(true);
        vm.language().set("en");
        assertThat(vm.problem()).isNull();
        Settings s = vm.result();
        assertThat(s.archive()).isEqualTo(dir.resolve("a.db").toAbsolutePath().toString());
        assertThat(s.textPx()).isEqualTo(SettingsViewModel.MAX_TEXT_PX);
        assertThat(s.dark()).isTrue();
        assertThat(s.language()).isEqualTo("en");
        vm.archive().set("  ");
        assertThat(vm.result().archive()).isNull();
    }
}
