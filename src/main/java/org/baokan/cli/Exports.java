package org.baokan.cli;

import org.baokan.store.Archive;

import java.nio.file.Path;
import java.util.List;

/** What the export commands share. */
final class Exports {
    private Exports() {
    }

    /** The archive file and its journals: an export never writes over them, --force or not. */
    static List<Path> protectedFiles(Archive a) {
        Path db = a.path();
        return List.of(db, db.resolveSibling(db.getFileName() + "-wal"), db.resolveSibling(db.getFileName() + "-shm"),
                db.resolveSibling(db.getFileName() + "-journal"));
    }
}
