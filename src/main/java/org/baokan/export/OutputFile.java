package org.baokan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved into
 * place. A target that exists is refused unless replacing was asked for; a protected file (the
 * archive itself) is never replaced.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException, ExportException;
    }

    /**
     * Checks the target before any work is done, so that a long export does not fail at its end.
     *
     * @param target    the file to write
     * @param replace   whether an existing file may be replaced
     * @param protect   files that must never be written over (the archive and its journal)
     */
    public static Path check(Path target, boolean replace, Collection<Path> protect) throws ExportException {
        Path t = target.toAbsolutePath().normalize();
        for (Path p : protect) {
            if (p != null && p.toAbsolutePath().normalize().equals(t)) {
                throw new ExportException(ExportException.Kind.OVER_ARCHIVE, t);
            }
        }
        Path dir = t.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(ExportException.Kind.NO_FOLDER, dir);
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException(ExportException.Kind.FOLDER_READ_ONLY, dir);
        }
        if (Files.isDirectory(t)) {
            throw new ExportException(ExportException.Kind.IS_FOLDER, t);
        }
        if (Files.exists(t) && !replace) {
            throw new ExportException(ExportException.Kind.EXISTS, t);
        }
        return t;
    }

    /** Writes the content to the target via a temporary file; nothing is left behind on failure. */
    public static void write(Path target, boolean replace, Collection<Path> protect, Content content)
            throws ExportException {
        Path t = check(target, replace, protect);
        Path tmp;
        try {
            tmp = Files.createTempFile(t.getParent(), "." + t.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new ExportException(e, ExportException.Kind.CANNOT_WRITE_IN, t.getParent(), ExportException.why(e));
        }
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            move(tmp, t, replace);
            done = true;
        } catch (IOException e) {
            throw new ExportException(e, ExportException.Kind.CANNOT_WRITE, t, ExportException.why(e));
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file's name starts with a dot and ends in .part: harmless if it stays
                }
            }
        }
    }

    private static void move(Path tmp, Path target, boolean replace) throws IOException, ExportException {
        try {
            if (replace) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a file that appeared meanwhile is not replaced
                Files.createLink(target, tmp);
                Files.delete(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(ExportException.Kind.EXISTS, target);
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            if (!replace && Files.exists(target)) {
                throw new ExportException(ExportException.Kind.EXISTS, target);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            if (replace || Files.exists(target)) {
                throw e;
            }
            // hard links are not everywhere (FAT, some network shares)
            Files.move(tmp, target);
        }
    }
}
