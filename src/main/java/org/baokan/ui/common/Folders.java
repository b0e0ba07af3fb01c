package org.baokan.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where the file and folder choosers open: the folder the reader used last for the same task,
 * else the reader's home folder; never the folder the program happened to be started in.
 */
public final class Folders {
    private Folders() {
    }

    /** The folder a chooser opens in: {@code preferred} when it is a folder, else the home folder (null if there is none). */
    public static File initial(Path preferred) {
        if (preferred != null && Files.isDirectory(preferred)) {
            return preferred.toFile();
        }
        Path home = home();
        return home != null && Files.isDirectory(home) ? home.toFile() : null;
    }

    /** The folder a path typed by the reader stands in, or null when the text is no path. */
    public static Path parentOf(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        try {
            return Path.of(path.strip()).toAbsolutePath().getParent();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path home() {
        String h = System.getProperty("user.home");
        try {
            return h == null || h.isBlank() ? null : Path.of(h);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
