package org.baokan.format;

import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The interchange format reads back into an equal model. */
class PageJsonTest {

    @Test
    void everySeedRoundTripsThroughJson() throws Exception {
        List<ParsedPage> pages = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                pages.add(new PageParser().parse(Files.readAllBytes(p), p.getFileName().toString()));
            }
        }
        assertThat(pages).hasSize(5);
        for (ParsedPage page : pages) {
            ParsedPage back = PageJson.read(PageJson.write(page));
            assertThat(back).isEqualTo(page);
        }
        assertThat(PageJson.readList(PageJson.write(pages))).isEqualTo(pages);
    }

    @Test
    void fieldsComeInTheDocumentedOrderAndDatesAsIsoStrings() throws Exception {
        Path seed = Path.of("seeds/000_eded2beb79151fe8.txt");
        String json = PageJson.write(new PageParser().parse(Files.readAllBytes(seed), "000.txt"));
        assertThat(json).contains("\"date\" : \"2020-09-11\"", "\"dateSource\" : \"masthead\"", "\"kind\" : \"news\"");
        assertThat(json.indexOf("\"source\"")).isLessThan(json.indexOf("\"paper\""));
        assertThat(json.indexOf("\"paper\"")).isLessThan(json.indexOf("\"articles\""));
        assertThat(json.indexOf("\"articles\"")).isLessThan(json.indexOf("\"guide\""));
    }
}
