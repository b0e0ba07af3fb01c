package org.baokan.render;

import org.baokan.ingest.PageParser;
import org.baokan.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Headlines broken as a Chinese paper breaks them. */
class HeadlineBreaksTest {

    @Test
    void aPairedHeadlineBreaksBetweenItsHalves() {
        assertThat(HeadlineBreaks.lines("聚焦民生重点 提升服务质量", 2)).containsExactly("聚焦民生重点", "提升服务质量");
        assertThat(HeadlineBreaks.lines("创新共建模式 促进优势互补", 2)).containsExactly("创新共建模式", "促进优势互补");
    }

    @Test
    void aBreakBetweenPhrasesIsPreferredToAnEvenerOneInsideAPhrase() {
        assertThat(HeadlineBreaks.lines("凝心聚力，全力推进重点项目建设", 2)).containsExactly("凝心聚力，", "全力推进重点项目建设");
        assertThat(HeadlineBreaks.lines("党工委副书记、管委会副主任", 2)).containsExactly("党工委副书记、", "管委会副主任");
    }

    @Test
    void aHeadlineWithoutPhrasesBreaksIntoEvenLines() {
        List<String> two = HeadlineBreaks.lines("以创则必成的决心向全市创城工作奉献高新力量", 2);
        assertThat(two).hasSize(2);
        assertThat(Math.abs(two.get(0).length() - two.get(1).length())).isLessThanOrEqualTo(1);
        List<String> three = HeadlineBreaks.lines("以创则必成的决心向全市创城工作奉献高新力量", 3);
        assertThat(three).extracting(String::length).containsExactly(7, 7, 7);
    }

    @Test
    void numbersAndLatinWordsStayWholeAndPunctuationStaysWithItsWord() {
        for (Article a : seedHeadlines()) {
            for (String h : Stream.of(a.kicker(), a.title(), a.subtitle() == null ? null : "——" + a.subtitleText())
                    .filter(java.util.Objects::nonNull).toList()) {
                for (HeadlineBreaks.Layout l : HeadlineBreaks.layouts(h)) {
                    List<String> lines = HeadlineBreaks.split(h, l);
                    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(h.replace(" ", ""));
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        assertThat(line.codePoints().filter(Character::isLetterOrDigit).count())
                                .as("no lone character in %s", lines).isGreaterThanOrEqualTo(2);
                        if (i > 0) {
                            assertThat("，。、；：？！）》”’…—").as("%s starts with closing punctuation", lines)
                                    .doesNotContain(line.substring(0, 1));
                            char before = lines.get(i - 1).charAt(lines.get(i - 1).length() - 1);
                            assertThat(Character.isDigit(before) && Character.isDigit(line.charAt(0)))
                                    .as("a number torn apart in %s", lines).isFalse();
                            assertThat("（《“‘").as("%s ends with opening punctuation", lines)
                                    .doesNotContain(String.valueOf(before));
                        }
                    }
                }
            }
        }
    }

    @Test
    void theLayoutsGoFromOneLineToMoreEachNarrowerThanTheOneBefore() {
        List<HeadlineBreaks.Layout> ls = HeadlineBreaks.layouts("做好财务经审工作 加强党风廉政建设");
        assertThat(ls.get(0).lines()).isEqualTo(1);
        assertThat(ls.get(0).width()).isEqualTo(16.25); // sixteen Han characters and a space
        for (int i = 1; i < ls.size(); i++) {
            assertThat(ls.get(i).lines()).isGreaterThanOrEqualTo(ls.get(i - 1).lines());
            assertThat(ls.get(i).width()).isLessThan(ls.get(i - 1).width());
        }
        assertThat(ls.get(1).starts()).containsExactly(9);
        assertThat(ls.get(1).width()).isEqualTo(8.0);
        // digits are narrower than Han characters
        assertThat(HeadlineBreaks.layouts("2020年").get(0).width()).isEqualTo(4 * 0.56 + 1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theDocumentReadsTheLayoutsFromOneAttribute() {
        assertThat(HeadlineBreaks.attribute("聚焦民生重点 提升服务质量")).startsWith("12.25:12:;6.00:6:7;");
        assertThat(HeadlineBreaks.attribute("实战演练")).isEqualTo("4.00:4:;2.00:2:2");
        assertThat(HeadlineBreaks.attribute("量")).isEmpty();
        assertThat(HeadlineBreaks.dataLines(null)).isEmpty();
        // a straight quote opens, then closes: no line ends on the one or starts with the other
        assertThat(HeadlineBreaks.layouts("——山东首家\"青鸟计划\"青年人才加速器落地济宁高新区")).allSatisfy(l -> assertThat(
                HeadlineBreaks.split("——山东首家\"青鸟计划\"青年人才加速器落地济宁高新区", l)).noneMatch(line ->
                line.endsWith("首家\"") || line.startsWith("\"青年")));
    }

    private static List<Article> seedHeadlines() {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                out.addAll(new PageParser().parse(Files.readAllBytes(p), p.getFileName().toString()).articles());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out;
    }
}
