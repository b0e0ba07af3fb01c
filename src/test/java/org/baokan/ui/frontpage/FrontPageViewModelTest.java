package org.baokan.ui.frontpage;

import org.baokan.model.PageInfo;
import org.baokan.ui.TestContexts;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.common.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FrontPageViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private FrontPageViewModel vm;
    private ArchiveNavigatorViewModel navigator;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new FrontPageViewModel(context);
        navigator = new ArchiveNavigatorViewModel(context);
        navigator.reload(true);
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    @Test
    void theNewestIssuesFrontPageWithItsMastheadAndTheLeadStoryOpen() {
        assertThat(vm.pages()).extracting(PageInfo::frontPage).containsExactly(true);
        String html = vm.html().get();
        assertThat(html).contains("济宁高新新闻", "2020年9月11日", "农历庚子年七月廿四", "总第478期", "2020年第50期",
                "活力·魅力·热点·焦点", "定准目标攻山头 跑出发展加速度", "创新共建模式 促进优势互补", "推进路网桥梁建设 确保年底竣工通车");
        // the lead story opens in the article pane with the issue
        assertThat(context.state().article().get()).isNotNull();
        assertThat(html).contains("story-" + context.state().article().get());
    }

    @Test
    void thePageStripMovesBetweenTheIssuesPages() {
        navigator.step(-1); // 2020-05-12: the front page and page 02
        assertThat(vm.pages()).hasSize(2);
        assertThat(context.state().page().get().frontPage()).isTrue();
        assertThat(vm.step(1)).isTrue();
        assertThat(context.state().page().get().label().number()).isEqualTo("02");
        assertThat(vm.html().get()).contains("全心全力保校园平安", "要闻");
        assertThat(vm.step(1)).isFalse();
        assertThat(vm.step(-1)).isTrue();
        // the guide entries of the page are known by their id, for clicks on the page
        assertThat(vm.html().get()).contains("data-guide=");
    }

    @Test
    void clickingAStoryOpensIt() throws Exception {
        long id = context.session().get().reader().articlesOfPage(context.state().page().get().id()).stream()
                .filter(a -> "创新共建模式 促进优势互补".equals(a.article().title())).findFirst().orElseThrow().id();
        assertThat(vm.html().get()).contains("data-article=\"" + id + "\"");
        vm.openStory(id);
        assertThat(context.state().article().get()).isEqualTo(id);
    }

    @Test
    void anotherPageShownBringsItsLeadStoryIntoTheArticlePane() throws Exception {
        var reader = context.session().get().reader();
        long other = reader.articlesOfPage(context.state().page().get().id()).stream()
                .filter(a -> "聚焦民生重点 提升服务质量".equals(a.article().title())).findFirst().orElseThrow().id();
        vm.openStory(other);
        navigator.step(-1); // 2020-05-12
        var open = reader.article(context.state().article().get()).orElseThrow();
        assertThat(open.issueId()).isEqualTo(context.state().issue().get().id());
        assertThat(open.pageId()).isEqualTo(context.state().page().get().id());
        assertThat(vm.step(1)).isTrue(); // its page 02
        open = reader.article(context.state().article().get()).orElseThrow();
        assertThat(open.pageId()).isEqualTo(context.state().page().get().id());
        assertThat(open.article().title()).isEqualTo(
                reader.articlesOfPage(context.state().page().get().id()).get(0).article().title());
        // an article of the page shown stays open when the page is shown again (a new look)
        long same = open.id();
        context.state().dark().set(true);
        assertThat(context.state().article().get()).isEqualTo(same);
    }
}
