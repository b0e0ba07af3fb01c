package org.baokan.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aQueryIsSearchedUpToItsLimitsAndRefusedBeyond() {
        String longest = "高".repeat(QueryParser.MAX_CHARACTERS);
        assertThat(QueryParser.parseBounded(longest).include()).containsExactly(longest);
        // characters, not UTF-16 units: a character outside the BMP counts once
        String outside = "𠀀".repeat(QueryParser.MAX_CHARACTERS);
        assertThatCode(() -> QueryParser.parseBounded(outside)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QueryParser.parseBounded(longest + "新"))
                .isInstanceOfSatisfying(QueryLimitException.class, e -> {
                    assertThat(e.kind()).isEqualTo(QueryLimitException.Kind.TOO_LONG);
                    assertThat(e.args()).containsExactly(201, 200);
                    assertThat(e).hasMessage("the query is 201 characters long; search takes at most 200");
                });
        String twelve = "甲 乙 丙 丁 戊 己 庚 辛 壬 癸 -子 -丑";
        assertThat(QueryParser.parseBounded(twelve).include()).hasSize(10);
        assertThatThrownBy(() -> QueryParser.parseBounded(twelve + " \"寅 卯\""))
                .isInstanceOfSatisfying(QueryLimitException.class, e -> {
                    assertThat(e.kind()).isEqualTo(QueryLimitException.Kind.TOO_MANY_TERMS);
                    assertThat(e).hasMessage("the query has 13 words and phrases; search takes at most 12");
                });
        // highlighting what was searched reads anything
        assertThat(QueryParser.parse(longest + "新").include()).hasSize(1);
    }
}
