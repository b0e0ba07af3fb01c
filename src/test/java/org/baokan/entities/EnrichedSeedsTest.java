package org.baokan.entities;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.format.PageJson;
import org.baokan.ingest.GoldenPagesTest;
import org.baokan.ingest.PageParser;
import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.baokan.model.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed page as {@code parse} prints it, people and places included, against the golden file
 * checked by hand; and the properties the issue asks of every page: nobody from a byline is a
 * person of the story, and no place is taken for a person.
 */
class EnrichedSeedsTest {
    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static ParsedPage enriched(Path seed) throws Exception {
        ParsedPage page = new PageParser().parse(Files.readAllBytes(seed), seed.getFileName().toString());
        return EntityExtractor.standalone().enrich(page).page();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void peopleAndPlacesAsExpected(Path seed) throws Exception {
        Path expectedFile = GoldenPagesTest.GOLDEN.resolve(seed.getFileName().toString().replace(".txt", ".expected.json"));
        JsonNode actual = PageJson.mapper().readTree(PageJson.write(enriched(seed)));
        JsonNode expected = PageJson.mapper().readTree(Files.readString(expectedFile));
        assertThat(GoldenPagesTest.firstDifference("", expected, actual)).as("first difference from %s", expectedFile)
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void noBylineAndNoPlaceIsAPerson(Path seed) throws Exception {
        ParsedPage page = enriched(seed);
        Set<String> bylines = new HashSet<>();
        page.articles().forEach(a -> bylines.addAll(a.authors()));
        Gazetteer g = Gazetteer.builtIn();
        for (Article a : page.articles()) {
            for (Person p : a.people()) {
                assertThat(bylines).as("byline names in %s", a.title()).doesNotContain(p.name());
                assertThat(g.canonical(p.name())).as("%s is a place", p.name()).isEmpty();
                assertThat(p.name()).doesNotEndWith("镇").doesNotEndWith("街道").doesNotEndWith("区");
                List<String> places = a.places().stream().map(x -> x.name()).toList();
                assertThat(places).doesNotContain(p.name());
            }
        }
    }
}
