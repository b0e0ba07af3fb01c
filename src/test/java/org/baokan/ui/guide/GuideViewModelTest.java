package org.baokan.ui.guide;

import org.baokan.model.StoredGuideEntry;
import org.baokan.ui.TestContexts;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.common.Context;
import org.baokan.ui.frontpage.FrontPageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GuideViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private GuideViewModel vm;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new GuideViewModel(context);
        new FrontPageViewModel(context);
        ArchiveNavigatorViewModel navigator = new ArchiveNavigatorViewModel(context);
        navigator.reload(true);
        navigator.step(-1); // 2020-05-12, whose front page has three guide entries
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    private StoredGuideEntry entry(String title) {
        return vm.entries().stream().filter(e -> e.entry().title().contains(title)).findFirst().orElseThrow();
    }

    @Test
    void anEntryWhosePageIsHereLeadsToItsArticle() {
        assertThat(vm.entries()).hasSize(3);
        StoredGuideEntry e = entry("全心全力保校园平安");
        assertThat(e.resolved()).isTrue();
        vm.follow(e);
        assertThat(context.state().article().get()).isEqualTo(e.targetArticleId());
        assertThat(vm.notice().get()).isEmpty();
    }

    @Test
    void anEntryWhosePageIsMissingSaysSoPlainly() {
        vm.follow(entry("现场观摩"));
        assertThat(vm.notice().get()).isEqualTo("第03版未收入档案，无法打开这篇文章。");
        assertThat(context.state().status().get()).isEqualTo(vm.notice().get());
        vm.follow(entry("火爆开街"));
        assertThat(vm.notice().get()).isEqualTo("导读未注明版次，无法找到这篇文章。");
    }

    @Test
    void theTitlesOfThePageShown() {
        assertThat(vm.titles()).extracting(a -> a.article().displayTitle())
                .contains("以创则必成的决心向全市创城工作奉献高新力量", "构筑人才聚集强磁场");
    }

    @Test
    void theNoticeClearsWhenTheReaderMovesOn() {
        vm.follow(entry("现场观摩"));
        assertThat(vm.notice().get()).isNotEmpty();
        context.state().screen().set(org.baokan.ui.common.Screen.TIMELINE);
        assertThat(vm.notice().get()).isEmpty();
        vm.follow(entry("现场观摩"));
        context.state().page().set(context.state().issue().get().pages().get(1));
        assertThat(vm.notice().get()).isEmpty();
        vm.follow(entry("现场观摩"));
        vm.open(vm.titles().get(0));
        assertThat(vm.notice().get()).isEmpty();
    }

    @Test
    void anEntryWhosePageIsHereButWhoseArticleIsNotShowsThePageAndSaysWhy() {
        StoredGuideEntry found = entry("全心全力保校园平安");
        // the same entry, as if no article on its page repeated its words
        StoredGuideEntry pageOnly = new StoredGuideEntry(found.id(), found.pageId(), found.entry(),
                found.targetPageId(), null);
        context.state().openArticle(found.targetArticleId() + 1, null);
        vm.follow(pageOnly);
        assertThat(context.state().page().get().id()).isEqualTo(found.targetPageId());
        assertThat(context.state().article().get()).as("the pane is empty, not on the page's lead story").isNull();
        assertThat(vm.notice().get()).isEqualTo("已打开第02版；该版上没有找到与导读对应的文章。");
    }
}
