package org.baokan.archive;

import org.baokan.store.GuideTargets.Candidate;
import org.baokan.store.GuideTargets.Entry;
import org.baokan.store.GuideTargets.Issue;
import org.baokan.store.GuideTargets.Target;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which article a 今日导读 entry leads to, chosen from the issue as the store hands it over. */
class GuideMatcherTest {
    private final GuideMatcher matcher = new GuideMatcher();

    private static Entry entry(String kicker, String title, String page) {
        return new Entry(1, kicker, title, page, page == null ? null : page.replaceFirst("^0+", ""));
    }

    private static Candidate article(long id, long page, String key, String kicker, String title, String lead) {
        return new Candidate(id, page, key, kicker, title, null, lead);
    }

    /** An issue of three pages: 1, 2 and 3, page 2 holding two stories. */
    private static Issue issue(Candidate... articles) {
        return new Issue(Map.of("1", 10L, "2", 20L, "3", 30L), List.of(articles));
    }

    private static final Candidate FRONT = article(1, 10, "1", null, "以创则必成的决心推进创城", "本报讯 全区上下……");
    private static final Candidate SCHOOLS = article(2, 20, "2", "济宁高新区第二批学校复学工作部署会议召开",
            "全心全力保校园平安", "本报讯 5月11日，济宁高新区召开第二批学校复学工作部署会议。");
    private static final Candidate MARKET = article(3, 20, "2", null, "做好农贸市场疫情防控", "近日，检查组来到农贸市场。");
    private static final Candidate STREET = article(4, 30, "3", null, "集装箱餐饮特色小镇火爆开街", "5月9日晚，小镇开街。");

    @Test
    void anEntryLeadsToTheArticleOnItsPageThatRepeatsItsWordsMost() {
        Target t = matcher.choose(entry("第二批学校复学工作部署会议召开", "全心全力保校园平安", "02"),
                issue(FRONT, SCHOOLS, MARKET, STREET));
        assertThat(t).isEqualTo(new Target(20, 2L));
    }

    @Test
    void onlyThePageWhenNoArticleThereRepeatsEnoughOfItsWords() {
        Target t = matcher.choose(entry(null, "百日攻坚擂台赛现场观摩", "02"), issue(FRONT, SCHOOLS, MARKET, STREET));
        assertThat(t).isEqualTo(new Target(20, null));
    }

    @Test
    void nothingWhileThePageItNamesIsNotInTheArchive() {
        assertThat(matcher.choose(entry(null, "百日攻坚擂台赛现场观摩", "05"), issue(FRONT, SCHOOLS))).isNull();
    }

    @Test
    void articlesOnOtherPagesAreNotWeighed() {
        // the words are all on page 3, but the entry names page 2
        Target t = matcher.choose(entry(null, "特色小镇开街 餐饮集装箱", "02"), issue(SCHOOLS, MARKET, STREET));
        assertThat(t).isEqualTo(new Target(20, null));
    }

    @Test
    void anEntryWithoutAPageLeadsToTheArticleOfTheSameTitleAnywhereInTheIssue() {
        // the entry prints 裝 where the article prints 装, and the article's title has a space
        Candidate street = article(4, 30, "3", null, "集装箱餐饮特色小镇 火爆开街", "5月9日晚，小镇开街。");
        Target t = matcher.choose(entry(null, "集裝箱餐饮特色小镇火爆开街", null), issue(FRONT, SCHOOLS, MARKET, street));
        assertThat(t).isEqualTo(new Target(30, 4L));
        // punctuation and full-width forms do not count either
        Candidate quoted = article(5, 30, "3", null, "“百日攻坚擂台赛”现场观摩", "");
        assertThat(matcher.choose(entry(null, "\"百日攻坚擂台赛\" 现场观摩", null), issue(FRONT, quoted)))
                .isEqualTo(new Target(30, 5L));
    }

    @Test
    void kickerAndTitleAreMatchedTogetherOrTheTitleAlone() {
        assertThat(matcher.choose(entry(null, "全心全力保校园平安", null), issue(FRONT, SCHOOLS, MARKET)))
                .isEqualTo(new Target(20, 2L));
        assertThat(matcher.choose(entry("济宁高新区第二批学校复学工作部署会议召开", "全心全力保校园平安", null),
                issue(FRONT, SCHOOLS, MARKET))).isEqualTo(new Target(20, 2L));
    }

    @Test
    void anEntryWithoutAPageStaysUnlinkedWhenNoTitleOrTwoTitlesMatch() {
        assertThat(matcher.choose(entry(null, "集装箱餐饮特色小镇火爆开街", null), issue(FRONT, SCHOOLS))).isNull();
        // words in common are not enough without a page to say where
        assertThat(matcher.choose(entry(null, "特色小镇开街", null), issue(FRONT, STREET))).isNull();
        Candidate again = article(6, 10, "1", null, "集装箱餐饮特色小镇火爆开街", "");
        assertThat(matcher.choose(entry(null, "集装箱餐饮特色小镇火爆开街", null), issue(again, STREET))).isNull();
    }

    @Test
    void aShortTitleIsMatchedOnlyOnThePageItNames() {
        Candidate briefs = article(7, 30, "3", null, "一周速读", "");
        assertThat(matcher.choose(entry(null, "一周速读", null), issue(FRONT, briefs))).isNull();
        assertThat(matcher.choose(entry(null, "一周速读", "03"), issue(FRONT, briefs))).isEqualTo(new Target(30, 7L));
    }

    @Test
    void anExactTitleOnAnotherPageOutweighsTheWrongPageNumberPrinted() {
        // the entry says page 2, the story of that title is on page 3: a misprint; page 2 has no story of it
        Target t = matcher.choose(entry(null, "集装箱餐饮特色小镇火爆开街", "02"), issue(SCHOOLS, MARKET, STREET));
        assertThat(t).isEqualTo(new Target(30, 4L));
        // and when the page it names is not in the archive
        assertThat(matcher.choose(entry(null, "集装箱餐饮特色小镇火爆开街", "05"), issue(SCHOOLS, STREET)))
                .isEqualTo(new Target(30, 4L));
    }

    @Test
    void onThePageItNamesTheSameTitleComesFirst() {
        // page 2 has the story; a story of the same title on page 3 (a reprint) does not take it away
        Candidate reprint = article(8, 30, "3", null, "全心全力保校园平安", "");
        assertThat(matcher.choose(entry(null, "全心全力保校园平安", "02"), issue(SCHOOLS, MARKET, reprint)))
                .isEqualTo(new Target(20, 2L));
    }
}
