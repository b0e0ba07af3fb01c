package org.baokan.archive;

import org.baokan.ingest.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finding and reading page files. */
public final class PageFiles {
    /** A page is a few tens of kilobytes; anything this large is not a newspaper page. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private PageFiles() {
    }

    /** Reads a page file, turning every way it can fail into one plain sentence. */
    public static byte[] read(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(BadInputException.Problem.DIRECTORY);
        }
        if (!Files.exists(file)) {
            throw new BadInputException(BadInputException.Problem.NO_SUCH_FILE);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(BadInputException.Problem.TOO_LARGE);
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadInputException(BadInputException.Problem.PERMISSION_DENIED);
        } catch (IOException e) {
            throw new BadInputException(BadInputException.Problem.UNREADABLE, e.getClass().getSimpleName());
        }
    }

    /**
     * The files to import: files as named, folders searched recursively for {@code *.txt}, in name
     * order. Paths that do not exist are returned too, so that they are reported as failures.
     */
    public static List<Path> collect(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
