package org.baokan.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the archive lives by default: the per-user data folder of the platform, so that
 * installing, upgrading or removing the program never touches it.
 * Linux {@code $XDG_DATA_HOME/baokan/} (default {@code ~/.local/share/baokan/}), Windows
 * {@code %APPDATA%\Baokan\}, macOS {@code ~/Library/Application Support/Baokan/}.
 */
public final class ArchiveLocation {
    public static final String FILE_NAME = "archive.db";
    /** A system property that puts the data folder elsewhere (a portable install, the tests). */
    public static final String DATA_DIR_PROPERTY = "baokan.data.dir";

    private ArchiveLocation() {
    }

    /** The archive file and the journals SQLite keeps beside it: what must never be written over. */
    public static List<Path> files(Path db) {
        String name = db.getFileName().toString();
        return List.of(db, db.resolveSibling(name + "-wal"), db.resolveSibling(name + "-shm"),
                db.resolveSibling(name + "-journal"));
    }

    public static Path defaultArchive() {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).resolve(FILE_NAME);
        }
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")))
                .resolve(FILE_NAME);
    }

    /** The per-user data folder for the given platform and environment. */
    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming")).resolve("Baokan");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Baokan");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("baokan");
    }
}
