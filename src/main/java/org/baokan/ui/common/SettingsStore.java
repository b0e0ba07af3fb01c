package org.baokan.ui.common;

import org.baokan.format.PageJson;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes the settings file. A missing or unreadable file gives the defaults (an
 * unreadable one is kept aside as {@code settings.json.bad}, never silently overwritten); the file
 * is written to a temporary name and moved into place, so a crash never leaves half a file.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULT;
        }
        try {
            // a setting the file does not name (written by an older version) keeps its default
            var mapper = PageJson.mapper();
            var read = mapper.readTree(file.toFile());
            if (!(read instanceof com.fasterxml.jackson.databind.node.ObjectNode named)) {
                throw new IOException("the settings are not a JSON object");
            }
            com.fasterxml.jackson.databind.node.ObjectNode all = mapper.valueToTree(Settings.DEFAULT);
            all.setAll(named);
            return mapper.treeToValue(all, Settings.class);
        } catch (IOException | IllegalArgumentException e) {
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the defaults are used; the next save replaces the unreadable file
            }
            return Settings.DEFAULT;
        }
    }

    public void save(Settings s) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, PageJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(s));
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
