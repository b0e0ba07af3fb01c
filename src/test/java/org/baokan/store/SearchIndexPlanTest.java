package org.baokan.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How user terms become FTS5 expressions: always quoted phrases, on the index that answers them. */
class SearchIndexPlanTest {

    private static String plan(List<String> include, List<String> exclude) {
        return SearchIndex.expressionOf(new SearchIndex.Query(include, exclude));
    }

    @Test
    void wordsOfTwoOrMoreCharactersArePhrasesOfBigrams() {
        assertThat(plan(List.of("创城"), List.of())).isEqualTo("article_bi: \"创城\"");
        assertThat(plan(List.of("刘章箭"), List.of())).isEqualTo("article_bi: \"刘章\" + \"章箭\"");
        assertThat(plan(List.of("重点项目", "建设"), List.of("创城")))
                .isEqualTo("article_bi: \"重点\" + \"点项\" + \"项目\" AND \"建设\" NOT \"创城\"");
    }

    @Test
    void singleCharactersUseTheUnigramIndex() {
        assertThat(plan(List.of("城"), List.of())).isEqualTo("article_uni: \"城\"");
        assertThat(plan(List.of("城"), List.of("区"))).isEqualTo("article_uni: \"城\" NOT \"区\"");
    }

    @Test
    void variantsAndWidthsAreNormalisedAndLatinStaysAWord() {
        assertThat(plan(List.of("集裝箱", "ＡＰＰ"), List.of())).isEqualTo("article_bi: \"集装\" + \"装箱\" AND \"app\"");
        assertThat(plan(List.of("5G网络"), List.of())).isEqualTo("article_bi: \"5g\" + \"网络\"");
        assertThat(plan(List.of("A区"), List.of())).isEqualTo("article_bi: \"a\" + \"区\" *");
        assertThat(plan(List.of("高新区，创城"), List.of())).isEqualTo("article_bi: \"高新\" + \"新区\" + \"区\" + \"创城\"");
    }

    @Test
    void quotesAndOperatorsAreOnlyWords() {
        assertThat(plan(List.of("a\"OR\"b", "NEAR(c)"), List.of())).isEqualTo("article_bi: \"a\" + \"or\" + \"b\" AND \"near\" + \"c\"");
        assertThat(plan(List.of("，。"), List.of())).isNull();
    }

    @Test
    void bigramTokensOfTheIndexedText() {
        assertThat(FtsText.bigrams("高新区召开，APP上线").trim().replaceAll("\\s+", " "))
                .isEqualTo("高新 新区 区召 召开 开 ,app 上线 线");
        assertThat(FtsText.unigrams("創城").trim().replaceAll("\\s+", " ")).isEqualTo("创 城");
    }
}
