package org.baokan.archive;

import java.nio.file.Path;

/** Follows an import as it runs (progress bars, stderr lines). Called on the importing thread. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /** The batch holds {@code total} files. */
    default void started(int total) {
    }

    /** {@code done} of {@code total} files are through; {@code file} was the last. */
    default void progress(int done, int total, Path file) {
    }
}
