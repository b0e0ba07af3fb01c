package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 7: datelines and bylines in the forms papers print. */
class BylineTest {

    @Test
    void aDatelineAndBylineSplitOverTwoLines() {
        ParsedPage page = Pages.parse("# 项目推进会召开", "", "本报济宁8月4日讯(记者", "", "王博文) 2日，济宁高新区召开会议。");
        Article a = page.articles().get(0);
        assertThat(a.dateline()).isEqualTo("本报济宁8月4日讯");
        assertThat(a.reporters()).containsExactly("王博文");
        assertThat(a.paragraphs()).containsExactly("2日，济宁高新区召开会议。");
    }

    @Test
    void bylinesWithAndWithoutSpacesAndFullWidthBrackets() {
        assertThat(lead("本报讯(记者曹俐)5月8日,某区召开会议。").reporters()).containsExactly("曹俐");
        assertThat(lead("本报讯（记者 陈曦 曹俐）近日,某区召开会议。").reporters()).containsExactly("陈曦", "曹俐");
        Article c = lead("本报济宁4月7日讯(通讯员 段亚洲) 6日,某区召开会议。");
        assertThat(c.reporters()).isEmpty();
        assertThat(c.correspondents()).containsExactly("段亚洲");
        assertThat(c.byline()).isEqualTo("(通讯员 段亚洲)");
    }

    @Test
    void severalReportersAndCorrespondentsAndANameBrokenByASpace() {
        Article a = lead("本报济宁讯(记者 薛坤 董绍进 通讯员 庄 亚楠)为更好地服务人才,某区揭牌成立人才驿站。");
        assertThat(a.reporters()).containsExactly("薛坤", "董绍进");
        assertThat(a.correspondents()).containsExactly("庄亚楠");
        assertThat(a.dateline()).isEqualTo("本报济宁讯");
    }

    @Test
    void photoCreditsNameThePhotographers() {
        ParsedPage page = Pages.parse(
                "# 春色满园",
                "",
                "清明假期,湿地公园十万株郁金香竞相开放,吸引大批市民前来观赏游玩。",
                "",
                "本报记者 孔茜 通讯员 臧盛博 摄");
        Article a = page.articles().get(0);
        assertThat(a.kind().code()).isEqualTo("photo");
        assertThat(a.photographers()).containsExactly("孔茜", "臧盛博");
        assertThat(a.reporters()).isEmpty();
        assertThat(BylineParser.parseCredit("本报记者 邓超 见习记者 周治深 摄").orElseThrow().photographers())
                .containsExactly("邓超", "周治深");
    }

    @Test
    void theEditorOfABriefColumn() {
        assertThat(BylineParser.parseCredit("本报记者 邓超 整理").orElseThrow().editors()).containsExactly("邓超");
    }

    @Test
    void ordinaryLinesEndingInTheSameWordsAreNotCredits() {
        assertThat(BylineParser.parseCredit("市民纷纷拿出手机拍摄")).isEmpty();
        assertThat(BylineParser.parseCredit("会议要求把材料认真整理")).isEmpty();
        assertThat(BylineParser.parseCredit("城市规划图")).isEmpty();
    }

    @Test
    void otherDatelineForms() {
        assertThat(BylineParser.parseLead("新华社北京5月3日电(记者 张三)国务院近日印发通知。").orElseThrow().dateline())
                .isEqualTo("新华社北京5月3日电");
        BylineParser.Lead l = BylineParser.parseLead("本报讯 (记者 张三 通讯员 李四) 近日,某镇开展活动。").orElseThrow();
        assertThat(l.dateline()).isEqualTo("本报讯");
        assertThat(l.names().reporters()).containsExactly("张三");
        assertThat(l.names().correspondents()).containsExactly("李四");
        assertThat(l.rest()).isEqualTo("近日,某镇开展活动。");
    }

    private static Article lead(String line) {
        return Pages.parse("# 标题一则", "", line).articles().get(0);
    }

    @Test
    void aBylineWithoutBracketsAfterTheDateline() {
        Article a = lead("本报讯 记者 王五 通讯员 赵六 近日，某镇开展文明创建活动，群众积极参与。");
        assertThat(a.dateline()).isEqualTo("本报讯");
        assertThat(a.reporters()).containsExactly("王五");
        assertThat(a.correspondents()).containsExactly("赵六");
        assertThat(a.paragraphs()).containsExactly("近日，某镇开展文明创建活动，群众积极参与。");
        // 记者从…获悉 is the story, not a byline
        Article b = lead("本报讯 记者从市统计局获悉，今年一季度全市经济稳中有进。");
        assertThat(b.reporters()).isEmpty();
        assertThat(b.paragraphs()).containsExactly("记者从市统计局获悉，今年一季度全市经济稳中有进。");
    }

    @Test
    void bylineLinesOfTheirOwnBeforeOrAfterTheTextDoNotSplitTheStory() {
        ParsedPage page = Pages.parse(
                "# 某区召开安全生产会议",
                "",
                "本报记者 张三 通讯员 李四",
                "",
                "近日，某区召开安全生产工作会议，部署下一步工作。",
                "",
                "会议要求，各部门要压实责任。",
                "",
                "（记者 钱七）");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.reporters()).containsExactly("张三", "钱七");
        assertThat(a.correspondents()).containsExactly("李四");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.byline()).isEqualTo("本报记者 张三 通讯员 李四 （记者 钱七）");
    }

    @Test
    void textAndPhotoCreditsAndBracketedCredits() {
        assertThat(BylineParser.parseCredit("文/图 记者 孙八").orElseThrow().photographers()).containsExactly("孙八");
        assertThat(BylineParser.parseCredit("（本报记者 张三 摄）").orElseThrow().photographers()).containsExactly("张三");
        assertThat(BylineParser.parseBylineLine("记者从市统计局获悉")).isEmpty();
        assertThat(BylineParser.parseBylineLine("本报记者 张三").orElseThrow().reporters()).containsExactly("张三");
    }
}
