package org.baokan.store;

import org.baokan.archive.GuideMatcher;
import org.baokan.model.IssueInfo;
import org.baokan.model.ParsedPage;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Storing pages: idempotency, issues, conflicts, guide resolution — on real archive files. */
class ArchiveWriterTest {
    @TempDir
    Path dir;

    @Test
    void storingTheSamePagesAgainChangesNothing() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            Pages.storeSeeds(a);
            long[] before = a.reader().counts();
            assertThat(before[0]).isEqualTo(5);
            for (Path p : Pages.seeds()) {
                assertThat(a.writer(new GuideMatcher()).store(Pages.seed(p), p).outcome()).isEqualTo(ArchiveWriter.Outcome.SKIPPED);
            }
            assertThat(a.reader().counts()).containsExactly(before);
        }
    }

    @Test
    void pagesOfOnePaperAndDateFormOneIssueAndALaterPageJoinsIt() throws Exception {
        ParsedPage front = Pages.page("front.txt", "# 某区新闻", "", "2021年3月5日 星期五", "", "# 头版新闻", "",
                "本报讯(记者 张三)3月4日,某区召开会议。");
        ParsedPage inner = Pages.page("inner.txt", "2021年3月5日 星期五 02 要闻", "", "", "", "某区新闻微信公众号", "", "", "",
                "# 二版稿件", "", "本报讯(记者 李四)近日,某镇开展活动。");
        ParsedPage otherDay = Pages.page("other.txt", "# 某区新闻", "", "2021年3月6日 星期六", "", "# 另一天", "",
                "本报讯(记者 张三)近日,某区召开会议。");
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            a.writer(new GuideMatcher()).store(front, null);
            a.writer(new GuideMatcher()).store(otherDay, null);
            a.writer(new GuideMatcher()).store(inner, null);
            List<IssueInfo> issues = a.reader().issues();
            assertThat(issues).hasSize(2);
            IssueInfo mar5 = issues.stream().filter(i -> LocalDate.of(2021, 3, 5).equals(i.date())).findFirst().orElseThrow();
            assertThat(mar5.paper()).isEqualTo("某区新闻");
            assertThat(mar5.pages()).extracting(p -> p.fileName()).containsExactly("front.txt", "inner.txt");
            assertThat(mar5.weekday()).isEqualTo("星期五");
            assertThat(a.reader().newestIssue().orElseThrow().date()).isEqualTo(LocalDate.of(2021, 3, 6));
        }
    }

    @Test
    void twoFilesClaimingTheSamePageAreBothKeptAndReported() throws Exception {
        ParsedPage one = Pages.page("one.txt", "2021年3月5日 星期五 02 要闻", "", "", "", "某区新闻微信公众号", "", "", "", "# 一稿", "",
                "本报讯(记者 张三)近日,某区召开会议。");
        ParsedPage two = Pages.page("two.txt", "2021年3月5日 星期五 02 要闻", "", "", "", "某区新闻微信公众号", "", "", "", "# 二稿", "",
                "本报讯(记者 张三)近日,某区召开另一个会议。");
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            ArchiveWriter.Result first = a.writer(new GuideMatcher()).store(one, null);
            ArchiveWriter.Result second = a.writer(new GuideMatcher()).store(two, null);
            assertThat(first.conflictPageId()).isNull();
            assertThat(second.outcome()).isEqualTo(ArchiveWriter.Outcome.IMPORTED);
            assertThat(second.conflictPageId()).isEqualTo(first.pageId());
            assertThat(a.reader().issues().get(0).pages()).hasSize(2);
        }
    }

    @Test
    void guideEntriesResolveWhenTheirTargetPageArrives() throws Exception {
        ParsedPage front = Pages.page("front.txt", "# 某区新闻", "", "2021年3月5日 星期五", "", "# 今日导读", "",
                "某区第二批学校复学工作部署会议召开", "", "# 全心全力保校园平安", "", ">> 02", "", "某区举办春季招聘会", "", ">> 03",
                "", "# 头版新闻", "", "本报讯(记者 张三)3月4日,某区召开会议。");
        ParsedPage page2 = Pages.page("p2.txt", "2021年3月5日 星期五 02 要闻", "", "", "", "某区新闻微信公众号", "", "", "",
                "# 做好疫情防控", "", "本报讯(记者 王五)近日,某区检查农贸市场。", "", "## 某区召开第二批学校复学工作部署会议", "",
                "# 全心全力保校园平安", "", "本报讯(记者 李四)3月3日,某区召开第二批学校复学工作部署会议,部署校园防疫。");
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            a.writer(new GuideMatcher()).store(front, null);
            long issue = a.reader().issues().get(0).id();
            assertThat(a.reader().guideOfIssue(issue)).noneMatch(StoredGuideEntry::resolved);
            a.writer(new GuideMatcher()).store(page2, null);
            List<StoredGuideEntry> guide = a.reader().guideOfIssue(issue);
            StoredGuideEntry toPage2 = guide.get(0);
            assertThat(toPage2.resolved()).isTrue();
            StoredArticle target = a.reader().article(toPage2.targetArticleId()).orElseThrow();
            assertThat(target.article().title()).isEqualTo("全心全力保校园平安");
            assertThat(guide.get(1).resolved()).isFalse();
            assertThat(guide.get(1).targetPageId()).isNull();
        }
    }

    @Test
    void aStoredPageReadsBackAsItsParse() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            for (Path p : Pages.seeds()) {
                ParsedPage page = Pages.seed(p);
                long id = a.writer(new GuideMatcher()).store(page, p).pageId();
                ParsedPage back = a.reader().parsedPage(id).orElseThrow();
                assertThat(back.articles()).isEqualTo(page.articles());
                assertThat(back.guide()).isEqualTo(page.guide());
                assertThat(back.boilerplate()).isEqualTo(page.boilerplate());
                assertThat(back.warnings()).isEqualTo(page.warnings());
                assertThat(back.source()).isEqualTo(page.source());
                assertThat(back.date()).isEqualTo(page.date());
                assertThat(back.page()).isEqualTo(page.page());
            }
        }
    }

    @Test
    void aTeasersSummaryIsStoredWithItsEntry() throws Exception {
        ParsedPage page = Pages.page("teaser.txt", "某某日报", "2018年6月12日 星期二", "", "今日导读", "",
                "某新区规划建设全面提速", "6月11日,某新区召开规划建设推进会,32个重点项目集中签约。详见2版");
        assertThat(page.guide()).singleElement().satisfies(g -> {
            assertThat(g.title()).isEqualTo("某新区规划建设全面提速");
            assertThat(g.page()).isEqualTo("2");
            assertThat(g.summary()).isEqualTo("6月11日,某新区召开规划建设推进会,32个重点项目集中签约。");
        });
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            long id = a.writer(new GuideMatcher()).store(page, dir.resolve("teaser.txt")).pageId();
            assertThat(a.reader().parsedPage(id).orElseThrow().guide()).isEqualTo(page.guide());
        }
    }

    @Test
    void articlesComeBackInPageOrderWithWhereTheyStand() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            Pages.storeSeeds(a);
            IssueInfo sep11 = a.reader().issues().stream().filter(i -> LocalDate.of(2020, 9, 11).equals(i.date()))
                    .findFirst().orElseThrow();
            List<StoredArticle> articles = a.reader().articlesOfIssue(sep11.id());
            assertThat(articles).hasSize(7);
            assertThat(articles.get(0).article().title()).isEqualTo("定准目标攻山头 跑出发展加速度");
            assertThat(articles.get(0).paper()).isEqualTo("济宁高新新闻");
            assertThat(articles.get(0).citationPage()).isEqualTo(1);
        }
    }
}
