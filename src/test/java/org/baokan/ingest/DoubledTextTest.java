package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 5: doubled characters from bold extraction, repaired only where a whole line is doubled. */
class DoubledTextTest {

    @Test
    void aWholeDoubledLineIsHalvedIncludingItsPunctuation() {
        assertThat(DoubledText.isDoubled("凝凝心心聚聚力力，，全全力力推推进进重重点点项项目目建建设设")).isTrue();
        assertThat(DoubledText.undouble("凝凝心心聚聚力力，，全全力力推推进进重重点点项项目目建建设设"))
                .isEqualTo("凝心聚力，全力推进重点项目建设");
        assertThat(DoubledText.undouble("奋奋力力 开开创创 新新局局面面")).isEqualTo("奋力 开创 新局面");
    }

    @Test
    void realReduplicationStays() {
        assertThat(DoubledText.isDoubled("扎扎实实做好服务工作")).isFalse();
        assertThat(DoubledText.isDoubled("以钉钉子的精神抓好落实")).isFalse();
        assertThat(DoubledText.isDoubled("横跨跨广河的四座桥梁")).isFalse();
        assertThat(DoubledText.isDoubled("红红火火")).isFalse();
        assertThat(DoubledText.isDoubled("哈哈哈哈哈哈哈哈哈哈")).isFalse();
    }

    @Test
    void aDoubledLineIsABoldTitleAndTheBodyKeepsItsReduplication() {
        ParsedPage page = Pages.parse(
                "某区召开项目建设推进会议",
                "",
                "抓抓项项目目促促发发展展见见实实效效",
                "",
                "本报讯(记者 李华)2日,某区召开项目建设推进会议,要求扎扎实实做好服务,以钉钉子的精神抓好落实。");
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isEqualTo("某区召开项目建设推进会议");
        assertThat(a.title()).isEqualTo("抓项目促发展见实效");
        assertThat(a.paragraphs().get(0)).contains("扎扎实实", "钉钉子");
    }
}
