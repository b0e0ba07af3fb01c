package org.baokan.store;

import java.nio.file.Path;

/**
 * The archive cannot be used as asked. The message is one plain sentence for the user and says
 * that the file was left as it was.
 */
public class ArchiveException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Reason {
        /** The file is not a Baokan archive (not SQLite, or another program's database). */
        NOT_AN_ARCHIVE,
        /** The file is an archive but damaged. */
        DAMAGED,
        /** The file cannot be written. */
        READ_ONLY,
        /** The archive needs upgrading to this version's format, but cannot be written. */
        READ_ONLY_NEEDS_UPGRADE,
        /** The archive was made by a newer version of the program. */
        NEWER_VERSION,
        /** Another program holds the archive locked. */
        BUSY,
        /** There is no archive file where one was to be read. */
        MISSING,
        /** The path names a folder, not an archive file. */
        FOLDER,
        /** The file or its folder cannot be read or created. */
        IO;

        /** A stable code for translations: {@code not-an-archive}. */
        public String code() {
            return org.baokan.model.Sentence.code(this);
        }
    }

    private final Reason reason;
    private final transient Path path;

    public ArchiveException(Reason reason, Path path, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.path = path;
    }

    public ArchiveException(Reason reason, Path path, String message) {
        this(reason, path, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path path() {
        return path;
    }

    /**
     * What the system said, for a failure to read or write: the underlying error's own first line
     * (e.g. {@code [SQLITE_IOERR] Disk I/O error}), a file system error's reason or kind (a file
     * system error's message is only its path); null when there is none.
     */
    public String detail() {
        Throwable c = getCause();
        while (c != null && c.getCause() != null && c.getMessage() == null) {
            c = c.getCause();
        }
        if (c instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        }
        if (c == null || c.getMessage() == null) {
            return null;
        }
        String m = c.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
