package org.baokan.ui.article;

import org.baokan.model.StoredArticle;
import org.baokan.ui.TestContexts;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.common.Context;
import org.baokan.ui.frontpage.FrontPageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private ArticleViewModel vm;
    private List<StoredArticle> issue;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new ArticleViewModel(context);
        new FrontPageViewModel(context);
        new ArchiveNavigatorViewModel(context).reload(true);
        issue = context.session().get().reader().articlesOfIssue(context.state().issue().get().id());
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    private StoredArticle titled(String title) {
        return issue.stream().filter(a -> title.equals(a.article().title())).findFirst().orElseThrow();
    }

    @Test
    void theArticleWithItsHeadlineGroupBylineAndLinkedPeople() {
        StoredArticle a = titled("聚焦民生重点 提升服务质量");
        context.state().openArticle(a.id(), null);
        String html = vm.html().get();
        assertThat(html).contains("刘章箭在济宁高新区民生专项工作会议上强调", "聚焦民生重点 提升服务质量", "(记者 陈曦 曹俐)",
                "济宁高新新闻 · 2020年9月11日 · 第1版", "data-person=\"刘章箭\"", "data-person=\"鹿洪超\"",
                "data-place=\"济宁高新区\"");
        // 高新区 in the text links to the district it means
        assertThat(html).contains("<a class=\"place\" data-place=\"济宁高新区\">高新区</a>");
        assertThat(vm.current().get().article().id()).isEqualTo(a.id());
    }

    @Test
    void previousAndNextFollowTheIssuesOrder() {
        context.state().openArticle(issue.get(0).id(), null);
        assertThat(vm.current().get().previous()).isNull();
        assertThat(vm.step(-1)).isFalse();
        assertThat(vm.step(1)).isTrue();
        assertThat(context.state().article().get()).isEqualTo(issue.get(1).id());
        assertThat(vm.current().get().previous().id()).isEqualTo(issue.get(0).id());
        context.state().openArticle(issue.get(issue.size() - 1).id(), null);
        assertThat(vm.step(1)).isFalse();
    }

    @Test
    void theHitsOfASearchAreMarked() {
        context.state().openArticle(titled("定准目标攻山头 跑出发展加速度").id(), "经济运行");
        assertThat(vm.html().get()).contains("<mark>经济运行</mark>");
        context.state().openArticle(titled("定准目标攻山头 跑出发展加速度").id(), null);
        assertThat(vm.html().get()).doesNotContain("<mark>");
    }

    @Test
    void zoomStaysWithinItsBounds() {
        for (int i = 0; i < 30; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoom().get()).isEqualTo(ArticleViewModel.MAX_ZOOM);
        for (int i = 0; i < 30; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoom().get()).isEqualTo(ArticleViewModel.MIN_ZOOM);
        vm.zoomReset();
        assertThat(vm.zoom().get()).isEqualTo(1.0);
    }

    @Test
    void theTextGoesToTheClipboardWithItsCitation() {
        assertThat(vm.textWithCitation()).isNotNull(); // the lead story is open
        context.state().openArticle(titled("定准目标攻山头 跑出发展加速度").id(), null);
        String text = vm.textWithCitation();
        assertThat(text).startsWith("刘章箭在全区经济运行分析调度会议上强调\n定准目标攻山头 跑出发展加速度\n")
                .contains("　　9月5日,济宁高新区召开全区经济运行分析调度会议")
                .endsWith("薛坤. 定准目标攻山头 跑出发展加速度[N]. 济宁高新新闻, 2020-09-11(1).");
        assertThat(vm.citation()).isEqualTo("薛坤. 定准目标攻山头 跑出发展加速度[N]. 济宁高新新闻, 2020-09-11(1).");
    }

    @Test
    void openingAnArticleOfAnotherIssueBringsItsIssueAndPage() throws Exception {
        long id = context.session().get().search().search("全心全力保校园平安", org.baokan.store.SearchIndex.Filter.NONE, 5)
                .hits().get(0).id();
        context.state().openArticle(id, null);
        assertThat(context.state().issue().get().date()).hasToString("2020-05-12");
        assertThat(context.state().page().get().label().number()).isEqualTo("02");
    }

    @Test
    void withAPainterTheArticleComesFirstAndItsPageFollowsOnceItIsPainted() throws Exception {
        vm.paintedBy();
        var before = context.state().page().get();
        long id = context.session().get().search().search("全心全力保校园平安", org.baokan.store.SearchIndex.Filter.NONE, 5)
                .hits().get(0).id();
        context.state().openArticle(id, null);

        assertThat(vm.current().get().article().id()).isEqualTo(id);
        assertThat(vm.html().get()).contains("全心全力保校园平安");
        assertThat(context.state().page().get()).isEqualTo(before);
        assertThat(context.state().articleShown().get()).isNotEqualTo(id);

        vm.painted("<p>another document, painted before the article</p>");
        assertThat(context.state().page().get()).isEqualTo(before);
        vm.painted(vm.html().get());
        assertThat(context.state().issue().get().date()).hasToString("2020-05-12");
        assertThat(context.state().page().get().label().number()).isEqualTo("02");
        assertThat(context.state().articleShown().get()).isEqualTo(id);

        // a request that supersedes one not yet painted takes its place; a painted note brings nothing
        long other = titled("聚焦民生重点 提升服务质量").id();
        context.state().openArticle(other, null);
        String notYetPainted = vm.html().get();
        context.state().article().set(null);
        vm.painted(notYetPainted);
        vm.painted(vm.html().get());
        assertThat(context.state().page().get().label().number()).isEqualTo("02");
        assertThat(context.state().articleShown().get()).isNull();
    }

    @Test
    void marksTakenOffRenderTheSameArticleAgainWithoutAMomentOfNoArticle() {
        StoredArticle a = titled("定准目标攻山头 跑出发展加速度");
        context.state().openArticle(a.id(), "经济运行");
        assertThat(vm.html().get()).contains("<mark>经济运行</mark>");
        List<String> shown = new java.util.ArrayList<>();
        vm.html().addListener((o, old, h) -> shown.add(h));
        context.state().clearHighlight();
        assertThat(shown).isNotEmpty().allSatisfy(h -> assertThat(h).contains("定准目标攻山头").doesNotContain("<mark>"));
        assertThat(context.state().article().get()).isEqualTo(a.id());
    }
}
