package org.baokan.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryParserTest {

    @Test
    void wordsPhrasesAndExclusions() {
        SearchQuery q = QueryParser.parse("刘章箭 \"重点 项目\" -创城 -\"文明 城市\"");
        assertThat(q.include()).containsExactly("刘章箭", "重点 项目");
        assertThat(q.exclude()).containsExactly("创城", "文明 城市");
    }

    @Test
    void chineseQuotesAreQuotesAndUnclosedOnesRunToTheEnd() {
        assertThat(QueryParser.parse("“重点项目”").include()).containsExactly("重点项目");
        assertThat(QueryParser.parse("\"重点 项目").include()).containsExactly("重点 项目");
    }

    @Test
    void operatorsAndPunctuationAreOnlyWords() {
        assertThat(QueryParser.parse("a OR b NEAR(c)").include()).containsExactly("a", "OR", "b", "NEAR(c)");
        assertThat(QueryParser.parse("，。 -- \" \"").isEmpty()).isTrue();
        assertThat(QueryParser.parse("").isEmpty()).isTrue();
    }
}
