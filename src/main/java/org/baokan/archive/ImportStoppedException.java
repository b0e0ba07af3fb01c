package org.baokan.archive;

import org.baokan.store.ArchiveException;

/**
 * An import that stopped part-way because the archive could not be written any more (another
 * program kept it locked, the disk is full): the archive's reason, and what was done before.
 * Every page counted as imported is in the archive whole; importing the same files again adds
 * the rest and skips those.
 */
public final class ImportStoppedException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    private final transient ImportReport done;
    private final int handled;
    private final int files;

    /**
     * @param cause   why it stopped
     * @param done    what was imported, skipped and failed before
     * @param handled how many of the files were dealt with before
     * @param files   how many files the import was given
     */
    public ImportStoppedException(ArchiveException cause, ImportReport done, int handled, int files) {
        super(cause.reason(), cause.path(), cause.getMessage(), cause);
        this.done = done;
        this.handled = handled;
        this.files = files;
    }

    /** What was done before the import stopped. */
    public ImportReport done() {
        return done;
    }

    /** How many files the import was given. */
    public int files() {
        return files;
    }

    /** How many of them were dealt with (imported, skipped or failed) before it stopped. */
    public int handled() {
        return handled;
    }
}
