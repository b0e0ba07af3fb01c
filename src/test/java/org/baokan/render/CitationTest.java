package org.baokan.render;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.PageLabel;
import org.baokan.model.StoredArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {
    private static Article article(String kicker, String title, List<String> reporters, List<String> correspondents) {
        return new Article(ArticleKind.NEWS, kicker, title, null, null, reporters, correspondents, List.of(), List.of(),
                null, null, List.of("正文。"), List.of(), List.of(), List.of());
    }

    private static StoredArticle stored(Article a, String paper, LocalDate date, PageLabel page, boolean front) {
        return new StoredArticle(1, 1, 1, 0, paper, date, page, front, a);
    }

    @Test
    void theIssuesExampleExactly() {
        Article a = article("刘章箭在全区经济运行分析调度会议上强调", "定准目标攻山头 跑出发展加速度", List.of("薛坤"), List.of());
        assertThat(Citation.gbt7714(stored(a, "济宁高新新闻", LocalDate.of(2020, 9, 11), null, true)))
                .isEqualTo("薛坤. 定准目标攻山头 跑出发展加速度[N]. 济宁高新新闻, 2020-09-11(1).");
    }

    @Test
    void authorsPagesAndWhatIsNotKnown() {
        Article four = article(null, "题", List.of("甲", "乙", "丙", "丁"), List.of());
        assertThat(Citation.gbt7714(stored(four, "某报", LocalDate.of(2019, 8, 4), new PageLabel("03", "新城"), false)))
                .isEqualTo("甲, 乙, 丙, 等. 题[N]. 某报, 2019-08-04(3).");
        Article byCorrespondent = article(null, "题", List.of(), List.of("骆青"));
        assertThat(Citation.gbt7714(stored(byCorrespondent, null, null, new PageLabel("C4", "视觉"), false)))
                .isEqualTo("骆青. 题[N]. [报纸名不详], [出版日期不详](C4).");
        Article nobody = article(null, "题", List.of(), List.of());
        assertThat(Citation.gbt7714(stored(nobody, "某报", LocalDate.of(2020, 1, 2), null, false)))
                .isEqualTo("题[N]. 某报, 2020-01-02.");
    }

    @Test
    void risRecord() {
        Article a = article("引题", "主题", List.of("薛坤", "陈曦"), List.of());
        String ris = Citation.ris(stored(a, "济宁高新新闻", LocalDate.of(2020, 9, 11), new PageLabel("01", null), true));
        assertThat(ris).startsWith("TY  - NEWS\r\n").contains("AU  - 薛坤\r\n", "AU  - 陈曦\r\n", "TI  - 主题\r\n",
                "T2  - 引题\r\n", "JO  - 济宁高新新闻\r\n", "DA  - 2020/09/11\r\n", "SP  - 1\r\n").endsWith("ER  - \r\n");
    }
}
