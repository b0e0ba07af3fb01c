package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: pages written inline, and the seed pages of the repository. */
final class Pages {
    static final Path SEEDS = Path.of("seeds");
    private static final PageParser PARSER = new PageParser();

    private Pages() {
    }

    /** Parses lines joined with newlines as a UTF-8 page. */
    static ParsedPage parse(String... lines) {
        try {
            return PARSER.parseUtf8(String.join("\n", lines), "test.txt");
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    static ParsedPage parseBytes(byte[] bytes) throws BadInputException {
        return PARSER.parse(bytes, "test.txt");
    }

    /** The seed page whose file name starts with {@code prefix} ({@code "002"}). */
    static Path seed(String prefix) {
        return seeds().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed " + prefix));
    }

    static Stream<Path> seeds() {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedPage parseSeed(String prefix) {
        try {
            Path p = seed(prefix);
            return PARSER.parse(Files.readAllBytes(p), p.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    static String seedText(String prefix) {
        try {
            return Files.readString(seed(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article whose title (or kicker) contains the text. */
    static Article article(ParsedPage page, String titlePart) {
        return page.articles().stream()
                .filter(a -> contains(a.title(), titlePart) || contains(a.kicker(), titlePart))
                .findFirst().orElseThrow(() -> new AssertionError("no article titled " + titlePart + " in "
                        + page.articles().stream().map(Article::displayTitle).toList()));
    }

    static List<String> titles(ParsedPage page) {
        return page.articles().stream().map(Article::displayTitle).toList();
    }

    private static boolean contains(String s, String part) {
        return s != null && s.contains(part);
    }
}
