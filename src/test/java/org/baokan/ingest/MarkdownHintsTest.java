package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 2: markdown marks are hints, and their levels are unreliable. */
class MarkdownHintsTest {

    @Test
    void aDoubleHashBeforeASingleHashIsAKicker() {
        ParsedPage page = Pages.parse(
                "## 王明在全市项目建设调度会上强调",
                "",
                "# 抓项目促发展 强担当求实效",
                "",
                "本报讯(记者 李华)3月2日,全市项目建设调度会召开。王明出席会议并讲话。");
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isEqualTo("王明在全市项目建设调度会上强调");
        assertThat(a.title()).isEqualTo("抓项目促发展 强担当求实效");
        assertThat(a.subtitle()).isNull();
    }

    @Test
    void aDoubleHashStandingAloneIsATitle() {
        ParsedPage page = Pages.parse(
                "## 做好春耕备耕 夯实粮食基础",
                "",
                "本报讯(记者 李华)近日,某镇组织农技人员深入田间地头指导春耕生产。");
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isNull();
        assertThat(a.title()).isEqualTo("做好春耕备耕 夯实粮食基础");
    }

    @Test
    void aDeeperMarkAfterATitleIsItsSubtitleAndAFourHashBeforeItIsAKicker() {
        ParsedPage page = Pages.parse(
                "#### 某区召开安全生产工作会议",
                "",
                "# 守牢安全底线",
                "",
                "本报讯(记者 李华)近日,某区召开安全生产工作会议。",
                "",
                "## 共建共享 共治共赢",
                "",
                "### 某市首个社区治理学院揭牌",
                "",
                "本报讯(记者 赵敏)日前,社区治理学院揭牌成立,共建共享共治共赢。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).kicker()).isEqualTo("某区召开安全生产工作会议");
        assertThat(page.articles().get(0).title()).isEqualTo("守牢安全底线");
        assertThat(page.articles().get(1).title()).isEqualTo("共建共享 共治共赢");
        assertThat(page.articles().get(1).subtitle()).isEqualTo("某市首个社区治理学院揭牌");
    }

    @Test
    void unmarkedHeadlinesAreFoundByTheirPlaceBeforeADateline() {
        ParsedPage page = Pages.parse(
                "某县召开乡村振兴工作推进会",
                "",
                "聚力攻坚 全面推进乡村振兴",
                "",
                "本报讯(通讯员 周明)4月3日,某县召开乡村振兴工作推进会。");
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isEqualTo("某县召开乡村振兴工作推进会");
        assertThat(a.title()).isEqualTo("聚力攻坚 全面推进乡村振兴");
    }
}
