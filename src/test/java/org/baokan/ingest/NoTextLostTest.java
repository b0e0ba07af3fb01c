package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every character of the input ends up in exactly one place: an article field, a guide entry,
 * boilerplate, or the unplaced list. Exempt are whitespace, the markup marks {@code #} (markdown),
 * {@code >} (guide references) and {@code ◎} (brief items), and the second copy of each
 * character of a line that is doubled as a whole. The count is made here independently of the
 * parser's own code.
 */
class NoTextLostTest {
    private static final String MARKS = "#>◎";

    static Stream<Path> seeds() {
        return Pages.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyCharacterOfTheSeedIsPlacedOnce(Path seed) throws Exception {
        String text = Files.readString(seed);
        ParsedPage page = new PageParser().parse(Files.readAllBytes(seed), seed.getFileName().toString());
        assertThat(placed(page)).isEqualTo(expected(text));
    }

    @Test
    void textThatFitsNowhereIsKeptAsUnplaced() {
        ParsedPage page = Pages.parse(">> 05", "", "本报讯(记者 张三)近日,某区召开会议。");
        assertThat(page.unplaced()).contains("05");
        assertThat(page.warnings()).anyMatch(w -> w.toString().startsWith("text could not be placed"));
    }

    static Map<Integer, Integer> expected(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String s = line.strip().replaceAll("[\\s\u3000]", "");
            if (isWholeLineDoubled(s)) {
                StringBuilder half = new StringBuilder();
                for (int i = 0; i < s.length(); i += 2) {
                    half.append(s.charAt(i));
                }
                s = half.toString();
            }
            count(s, counts);
        }
        return counts;
    }

    private static boolean isWholeLineDoubled(String s) {
        if (s.length() < 10 || s.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i += 2) {
            if (s.charAt(i) != s.charAt(i + 1)) {
                return false;
            }
        }
        return true;
    }

    static Map<Integer, Integer> placed(ParsedPage page) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Article a : page.articles()) {
            count(a.kicker(), counts);
            count(a.title(), counts);
            count(a.subtitle(), counts);
            count(a.byline(), counts);
            count(a.dateline(), counts);
            a.paragraphs().forEach(p -> count(p, counts));
        }
        for (GuideEntry g : page.guide()) {
            count(g.kicker(), counts);
            count(g.title(), counts);
            count(g.page(), counts);
            count(g.section(), counts);
        }
        page.boilerplate().forEach(b -> count(b, counts));
        page.unplaced().forEach(u -> count(u, counts));
        return counts;
    }

    private static void count(String s, Map<Integer, Integer> counts) {
        if (s == null) {
            return;
        }
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000' && MARKS.indexOf(c) < 0)
                .forEach(c -> counts.merge(c, 1, Integer::sum));
    }
}
