package org.baokan.store;

import org.baokan.archive.GuideMatcher;
import org.baokan.ingest.BadInputException;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test pages for the store: the seeds, and pages written inline. */
final class Pages {
    private static final PageParser PARSER = new PageParser();

    private Pages() {
    }

    static List<Path> seeds() {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedPage seed(Path p) {
        try {
            return PARSER.parse(Files.readAllBytes(p), p.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    static ParsedPage page(String name, String... lines) {
        try {
            return PARSER.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), name);
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    /** Stores every seed page into the archive. */
    static void storeSeeds(Archive archive) throws ArchiveException {
        ArchiveWriter w = archive.writer(new GuideMatcher());
        for (Path p : seeds()) {
            w.store(seed(p), p);
        }
    }
}
