package org.baokan;

import org.baokan.store.ArchiveLocation;

import java.nio.file.Path;

/** Points the per-user data folder at a test's own folder, and back again when closed. */
public final class UserDataDir implements AutoCloseable {
    private final String previous;

    private UserDataDir(String previous) {
        this.previous = previous;
    }

    public static UserDataDir use(Path dir) {
        UserDataDir d = new UserDataDir(System.getProperty(ArchiveLocation.DATA_DIR_PROPERTY));
        System.setProperty(ArchiveLocation.DATA_DIR_PROPERTY, dir.toString());
        return d;
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(ArchiveLocation.DATA_DIR_PROPERTY);
        } else {
            System.setProperty(ArchiveLocation.DATA_DIR_PROPERTY, previous);
        }
    }
}
