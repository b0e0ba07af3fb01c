package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 3: paragraphs rebuilt from hard-wrapped narrow columns and broken long lines. */
class ParagraphRebuildTest {

    @Test
    void narrowColumnsWithABlankLineAfterEveryLineBecomeParagraphs() {
        ParsedPage page = Pages.parse(
                "本报讯(记者 李华)3日，某",
                "",
                "区召开了全区安全生产工作会",
                "",
                "议。会上听取了各街道安全生",
                "",
                "产工作汇报，研究部署下一步",
                "",
                "工作。区长王明出席会议并讲",
                "",
                "话。",
                "",
                "会议要求，各部门要压实责",
                "",
                "任，强化隐患排查，严格落实",
                "",
                "各项安全措施。要加强应急值",
                "",
                "守，确保安全形势平稳。",
                "",
                "区领导参加会议。");
        Article a = page.articles().get(0);
        assertThat(a.paragraphs()).containsExactly(
                "3日，某区召开了全区安全生产工作会议。会上听取了各街道安全生产工作汇报，研究部署下一步工作。区长王明出席会议并讲话。",
                "会议要求，各部门要压实责任，强化隐患排查，严格落实各项安全措施。要加强应急值守，确保安全形势平稳。",
                "区领导参加会议。");
    }

    @Test
    void aFullColumnLineAfterASentenceEndRunsOnInNarrowColumns() {
        // columns of 12 em; a paragraph's first line is indented by two. …加强工作考核。 fills its line and the
        // next line is full too, so the column ended there, not the paragraph; 会议强调… starts short: a new one.
        ParsedPage page = Pages.parse(
                "本报讯(记者 李华)3日，某区",
                "召开脱贫攻坚工作推进会议。",
                "会议强调，各街道要配齐",
                "配强扶贫队伍，提高扶贫干",
                "部能力。要强化督导考核严格",
                "落实帮扶责任，加强工作考核。",
                "要探索建立脱贫激励机制和",
                "长效机制，坚决打赢攻坚战。",
                "区领导参加会议。");
        assertThat(page.articles().get(0).paragraphs()).containsExactly(
                "3日，某区召开脱贫攻坚工作推进会议。",
                "会议强调，各街道要配齐配强扶贫队伍，提高扶贫干部能力。要强化督导考核严格落实帮扶责任，加强工作考核。"
                        + "要探索建立脱贫激励机制和长效机制，坚决打赢攻坚战。",
                "区领导参加会议。");
    }

    @Test
    void aBlankLineInsideASentenceDoesNotEndTheParagraph() {
        ParsedPage page = Pages.parse(
                "## 稳增长 促发展",
                "",
                "本报讯(记者 李华)近日,某区召开经济运行分析会,在全区上下众志成城奋",
                "",
                "力攻坚下,各项指标稳中有进。会议要求,各部门要抓紧抓实。",
                "",
                "会议强调,要坚定信心,攻坚克难。");
        assertThat(page.articles().get(0).paragraphs()).containsExactly(
                "近日,某区召开经济运行分析会,在全区上下众志成城奋力攻坚下,各项指标稳中有进。会议要求,各部门要抓紧抓实。",
                "会议强调,要坚定信心,攻坚克难。");
    }

    @Test
    void anIndentedColumnPieceAfterABrokenSentenceStartsAParagraphAndTheGapIsReported() {
        // long extracted lines keep a space where each column line ended; a paragraph's first piece is indented
        ParsedPage page = Pages.parse(
                "## 创城推进会召开",
                "",
                "本报讯(记者 李华)近日,某区召开全区创城工作推进会。",
                "",
                "会议指出,各级各部门要强化归零意识,坚持 问题导向,注重细节提升,树立创则必成的信心决 心,拿出誓不罢休的拼劲,坚决打赢",
                "",
                "今年是创城的收官之年,也是出成绩之年 为确保打赢这场硬仗,会议强调,要坚定创则必 成的决心,向全国文明城市发起冲刺。");
        Article a = page.articles().get(0);
        assertThat(a.paragraphs()).containsExactly(
                "近日,某区召开全区创城工作推进会。",
                "会议指出,各级各部门要强化归零意识,坚持问题导向,注重细节提升,树立创则必成的信心决心,拿出誓不罢休的拼劲,坚决打赢",
                "今年是创城的收官之年,也是出成绩之年为确保打赢这场硬仗,会议强调,要坚定创则必成的决心,向全国文明城市发起冲刺。");
        assertThat(a.warnings()).anyMatch(w -> w.toString().startsWith("text seems to be missing")
                && w.toString().endsWith("坚决打赢"));
    }

    @Test
    void aFullColumnPieceAfterABrokenSentenceRunsOn() {
        ParsedPage page = Pages.parse(
                "## 创城推进会召开",
                "",
                "本报讯(记者 李华)近日,某区召开全区创城工作推进会。",
                "",
                "会议指出,各级各部门要强化归零意识,坚持 问题导向,注重细节提升,树立创则必成的信心决 心,拿出誓不罢休的拼劲,坚决打赢创城攻",
                "",
                "坚战,确保今年各项目标任务圆满完成,全力 冲刺全国文明城市创建工作,以优异成绩迎接 测评。");
        Article a = page.articles().get(0);
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(1)).contains("坚决打赢创城攻坚战,确保");
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void pagesThatIndentEveryParagraphAreReadByTheirIndents() {
        ParsedPage page = Pages.parse(
                "# 某区召开安全生产会议",
                "",
                "　　本报讯(记者 张三)近日，某区召开安全生产工作会议。",
                "　　会议要求，各部门要压实责任。",
                "要强化隐患排查，确保安全。",
                "　　会议强调，要坚守安全底线，",
                "全力保障群众生命财产安全。",
                "　　区领导参加会议。");
        assertThat(page.articles().get(0).paragraphs()).containsExactly(
                "近日，某区召开安全生产工作会议。",
                "会议要求，各部门要压实责任。要强化隐患排查，确保安全。",
                "会议强调，要坚守安全底线，全力保障群众生命财产安全。",
                "区领导参加会议。");
    }
}
