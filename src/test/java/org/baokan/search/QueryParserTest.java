package org.baokan.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParserTest {

    @Test
    void wordsPhrasesAndExclusions() {
        SearchQuery q = QueryParser.parse("刘章箭 \"重点 项目\" -创城 -\"文明 城市\"");
        assertThat(q.include()).containsExactly("刘章箭", "重点 项目");
        assertThat(q.exclude()).containsExactly("创城", "文明 城市");
        assertThat(QueryParser.toFts(q)).isEqualTo("\"刘 章 箭\" AND \"重 点 项 目\" NOT \"创 城\" NOT \"文 明 城 市\"");
    }

    @Test
    void chineseQuotesAreQuotesAndUnclosedOnesRunToTheEnd() {
        assertThat(QueryParser.parse("“重点项目”").include()).containsExactly("重点项目");
        assertThat(QueryParser.parse("\"重点 项目").include()).containsExactly("重点 项目");
    }

    @Test
    void operatorsAndPunctuationAreOnlyWords() {
        assertThat(QueryParser.toFts(QueryParser.parse("a OR b NEAR(c)"))).isEqualTo("\"a\" AND \"or\" AND \"b\" AND \"near(c)\"");
        assertThat(QueryParser.parse("，。 -- \" \"").isEmpty()).isTrue();
        assertThat(QueryParser.toFts(QueryParser.parse(""))).isNull();
    }

    @Test
    void traditionalAndFullWidthAreNormalisedInTheExpression() {
        assertThat(QueryParser.toFts(QueryParser.parse("集裝箱 ＡＰＰ"))).isEqualTo("\"集 装 箱\" AND \"app\"");
    }
}
