package org.baokan.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembler's second stage: headline groups and bodies paired into articles. */
class HeadlinePairerTest {

    @Test
    void aBodyGoesToTheHeadlineBeforeIt() {
        List<DraftArticle> drafts = Stages.drafts(
                "# 某区召开会议",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。",
                "",
                "# 某街道开展志愿服务",
                "",
                "本报讯(记者 王强)4日,某街道开展志愿服务活动。");
        assertThat(drafts).hasSize(2);
        assertThat(drafts.get(0).headline.title()).isEqualTo("某区召开会议");
        assertThat(drafts.get(0).bodyText(1)).contains("某区召开会议,部署工作");
        assertThat(drafts.get(1).headline.title()).isEqualTo("某街道开展志愿服务");
    }

    @Test
    void ofTwoGroupsBeforeOneBodyTheOneItsWordsRepeatGetsIt() {
        List<DraftArticle> drafts = Stages.drafts(
                "# 定准目标攻山头 跑出发展加速度",
                "",
                "# 创新共建模式 促进优势互补",
                "",
                "### 我市高端化工产业公共实训基地在高新区揭牌",
                "",
                "本报讯(记者 李华)5日,某区召开经济运行分析调度会议,要求定准目标、攻下山头,跑出发展加速度。");
        assertThat(drafts).hasSize(2);
        DraftArticle withBody = drafts.stream().filter(d -> !d.paragraphs.isEmpty()).findFirst().orElseThrow();
        assertThat(withBody.headline.title()).isEqualTo("定准目标攻山头 跑出发展加速度");
        assertThat(withBody.warnings).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("headline assigned to a body by its wording"));
        DraftArticle other = drafts.stream().filter(d -> d.paragraphs.isEmpty()).findFirst().orElseThrow();
        assertThat(other.warnings).extracting(Object::toString).anyMatch(w -> w.startsWith("headline without body"));
    }

    @Test
    void aHeadlineAfterAHeadlessBodyThatRepeatsItsWordsIsThatBodysHeadline() {
        List<DraftArticle> drafts = Stages.drafts(
                "本报讯(记者 李华)3日,某区召开消防安全工作会议,部署冬季消防安全工作。",
                "",
                "# 某区部署冬季消防安全工作");
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).headline.title()).isEqualTo("某区部署冬季消防安全工作");
        assertThat(drafts.get(0).paragraphs).hasSize(1);
    }

    @Test
    void aBodyAfterFurnitureStartsAnArticleOfItsOwn() {
        List<DraftArticle> drafts = Stages.drafts(
                "# 某区召开会议",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。",
                "",
                "欢迎关注某区微信公众号",
                "",
                "这是另一篇没有标题的短文,它在页脚之后。");
        assertThat(drafts).hasSize(2);
        assertThat(drafts.get(1).headline).isNull();
    }
}
