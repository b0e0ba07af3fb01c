package org.baokan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then moved into
 * place. A target that exists is refused unless replacing was asked for; a protected file (the
 * archive itself) is never replaced.
 */
public final class OutputFile {
    /** The name {@link #temporaryName} gives: the writer's process id, then a random part. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,18})-[0-9a-z]+\\.part");

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

    /**
     * Writes the content to the target via a temporary file; nothing is left behind on failure.
     * The temporary file is made as any new file is, so the target gets the mode the user's umask
     * gives (0644 for most), whether it is new or replaces a file. A program killed while writing
     * cannot remove its temporary file: the next export into the same folder does.
     */
    public static void write(Path target, boolean replace, Collection<Path> protect, Content content)
            throws ExportException {
        Path t = check(target, replace, protect);
        removeLeftovers(t.getParent());
        Path tmp = t.resolveSibling(temporaryName(t, ProcessHandle.current().pid()));
        OutputStream out;
        try {
            out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ExportException(e, ExportException.Kind.CANNOT_WRITE_IN, t.getParent(), ExportException.why(e));
        }
        // interrupted (Ctrl+C, a shutdown), the program still removes what it started
        Thread cleanUp = new Thread(() -> deleteQuietly(tmp), "export-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        boolean done = false;
        try {
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            move(tmp, t, replace);
            done = true;
        } catch (IOException e) {
            throw new ExportException(e, ExportException.Kind.CANNOT_WRITE, t, ExportException.why(e));
        } finally {
            if (!done) {
                deleteQuietly(tmp);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway, and finds nothing left to remove
            }
        }
    }

    /**
     * {@code .NAME.PID-RANDOM.part}: hidden, beside the target, naming the process that writes it so
     * that another can tell whether it is still being written.
     */
    static String temporaryName(Path target, long pid) {
        return "." + target.getFileName() + "." + pid + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".part";
    }

    /** Removes the temporary files in a folder whose writing process is gone (killed, crashed). */
    static void removeLeftovers(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path f : files) {
                Matcher m = TEMPORARY.matcher(f.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    deleteQuietly(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that stays is harmless; the export itself goes on
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // the temporary file's name starts with a dot and ends in .part: harmless if it stays
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
