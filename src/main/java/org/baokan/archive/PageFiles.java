package org.baokan.archive;

import org.baokan.ingest.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Finding and reading page files. */
public final class PageFiles {
    /** A page is a few tens of kilobytes; anything this large is not a newspaper page. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private PageFiles() {
    }

    /**
     * Reads a page file, turning every way it can fail into one plain sentence. Only regular files
     * are read (a link is followed to its file): a pipe would wait for a writer for ever and a
     * device such as {@code /dev/zero} would never end. No more than {@link #MAX_BYTES} are read,
     * whatever size the file claims.
     */
    public static byte[] read(Path file) throws BadInputException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw problem(e);
        }
        if (attrs.isDirectory()) {
            throw new BadInputException(BadInputException.Problem.DIRECTORY);
        }
        if (!attrs.isRegularFile()) {
            throw new BadInputException(BadInputException.Problem.UNREADABLE, "it is a pipe, a socket or a device, not a file");
        }
        if (attrs.size() > MAX_BYTES) {
            throw new BadInputException(BadInputException.Problem.TOO_LARGE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new BadInputException(BadInputException.Problem.TOO_LARGE);
            }
            return bytes;
        } catch (IOException e) {
            throw problem(e);
        }
    }

    private static BadInputException problem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BadInputException(BadInputException.Problem.NO_SUCH_FILE);
        }
        if (e instanceof AccessDeniedException) {
            return new BadInputException(BadInputException.Problem.PERMISSION_DENIED);
        }
        return new BadInputException(BadInputException.Problem.UNREADABLE, why(e));
    }

    /** What the system said, without the path it repeats and never a Java class name. */
    static String why(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "it links back to a folder it is in";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e.getMessage() != null && !(e instanceof FileSystemException)) {
            return e.getMessage();
        }
        return "an input or output error";
    }

    /**
     * What a list of files and folders holds to import.
     *
     * @param files      the files to import, in order; paths that do not exist are among them, so
     *                   that they are reported as failures
     * @param unreadable folders that could not be searched, each with why
     */
    public record Found(List<Path> files, List<Unreadable> unreadable) {
        public Found {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** A folder that could not be searched: its files are not imported, the rest are. */
    public record Unreadable(Path folder, BadInputException problem) {
    }

    /**
     * The files to import: files as named, folders searched recursively for {@code *.txt}, in name
     * order. Links are followed, to folders as to files, given or found; a link back into a folder
     * above it is reported, not followed round. A folder that cannot be read is reported and the
     * search goes on.
     */
    public static Found find(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                                // a pipe, or a link whose file is gone, is a page that cannot be read: reported
                                if (!attrs.isDirectory() && isPageName(f)) {
                                    found.add(f);
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path f, IOException e) {
                                if (e instanceof FileSystemLoopException || Files.isDirectory(f)) {
                                    unreadable.add(new Unreadable(f, problem(e)));
                                } else if (isPageName(f)) {
                                    found.add(f); // a page that cannot be looked at: read reports why
                                }
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                unreadable.add(new Unreadable(p, problem(e)));
            }
            found.sort(null);
            out.addAll(found);
        }
        return new Found(out, unreadable);
    }

    private static boolean isPageName(Path f) {
        return f.getFileName() != null && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
