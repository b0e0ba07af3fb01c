package org.baokan.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baokan.format.PageJson;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed page against its expected parse, written by hand from the page and kept in
 * {@code src/test/resources/golden/<seed>.expected.json}. A difference names the first field
 * that differs. The golden files hold what {@code parse} prints, people and places included;
 * the parser alone leaves those empty, and {@code entities.EnrichedSeedsTest} checks them.
 */
public class GoldenPagesTest {
    public static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Path> seeds() {
        return Pages.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedParsesAsExpected(Path seed) throws Exception {
        String name = seed.getFileName().toString().replace(".txt", "");
        Path expectedFile = GOLDEN.resolve(name + ".expected.json");
        assertThat(expectedFile).exists();
        ParsedPage page = new PageParser().parse(Files.readAllBytes(seed), seed.getFileName().toString());

        JsonNode actual = PageJson.mapper().readTree(PageJson.write(page));
        JsonNode expected = PageJson.mapper().readTree(Files.readString(expectedFile));
        for (JsonNode a : expected.get("articles")) {
            ((ObjectNode) a).putArray("people");
            ((ObjectNode) a).putArray("places");
        }
        String difference = firstDifference("", expected, actual);
        assertThat(difference).as("first difference from %s", expectedFile).isNull();
    }

    /** The path and values of the first difference, or null. */
    public static String firstDifference(String path, JsonNode expected, JsonNode actual) throws IOException {
        if (expected.isObject() && actual.isObject()) {
            var names = expected.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                String d = firstDifference(path + "." + n, expected.get(n), actual.path(n));
                if (d != null) {
                    return d;
                }
            }
            var actualNames = actual.fieldNames();
            while (actualNames.hasNext()) {
                String n = actualNames.next();
                if (!expected.has(n)) {
                    return path + "." + n + ": not expected, got " + actual.get(n);
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (i >= expected.size() || i >= actual.size()) {
                    return path + ": expected " + expected.size() + " items, got " + actual.size();
                }
                String d = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : path + ": expected " + expected + ", got " + actual;
    }
}
