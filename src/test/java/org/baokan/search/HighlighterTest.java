package org.baokan.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    @Test
    void hitsAreFoundInTheOriginalTextAcrossVariantsAndPunctuation() {
        String text = "某区集裝箱碼頭完工，创城工作推进。高新区,创城再出发";
        assertThat(Highlighter.find(text, List.of("集装箱"))).containsExactly(new Highlighter.Span(2, 5));
        assertThat(Highlighter.find(text, List.of("创城"))).hasSize(2);
        assertThat(Highlighter.find(text, List.of("高新区创城"))).containsExactly(new Highlighter.Span(17, 23));
    }

    @Test
    void snippetsShowAPassageAroundTheFirstHit() {
        String text = "一二三四五六七八九十".repeat(10) + "创城工作" + "十九八七六五四三二一".repeat(10);
        String s = Highlighter.snippet(text, List.of("创城"), 30, "[", "]");
        assertThat(s).startsWith("…").endsWith("…").contains("[创城]");
        assertThat(s.replace("…", "").replace("[", "").replace("]", "")).hasSize(30);
    }
}
