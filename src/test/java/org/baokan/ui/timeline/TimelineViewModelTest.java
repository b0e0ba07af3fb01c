package org.baokan.ui.timeline;

import org.baokan.model.TimelineEvent;
import org.baokan.ui.TestContexts;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.TimelineSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private TimelineViewModel vm;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new TimelineViewModel(context);
        vm.loadLists();
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    @Test
    void thePeopleListAndTheDistrictTree() {
        assertThat(vm.people()).extracting(p -> p.name()).containsSubsequence("曹广州", "刘章箭", "展鑫");
        vm.filter().set("展");
        assertThat(vm.people()).extracting(p -> p.name()).containsExactly("展鑫");
        vm.filter().set("");
        assertThat(vm.places().get().keySet()).extracting(e -> e.name()).contains("济宁高新区", "太白湖新区", "洸河街道");
    }

    @Test
    void aLeadersTimelineWithItsBandsAndChangeOfTitle() {
        vm.show(TimelineSubject.person("刘章箭"));
        assertThat(context.state().screen().get()).isEqualTo(Screen.TIMELINE);
        TimelineViewModel.Shown t = vm.shown().get();
        assertThat(t.events()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(t.changes().get(0).from()).isEqualTo("党工委副书记、管委会副主任");
        assertThat(t.changes().get(0).to()).isEqualTo("党工委书记");
        assertThat(t.bands().get(0).title()).isEqualTo("党工委副书记、管委会副主任");
        assertThat(t.bands().get(1).title()).isEqualTo("党工委书记");
        TimelineEvent e = t.events().get(0);
        vm.open(e);
        assertThat(context.state().article().get()).isEqualTo(e.articleId());
    }

    @Test
    void aDistrictsTimelineByAliasWithEventsPerMonth() {
        vm.show(TimelineSubject.place("高新区"));
        TimelineViewModel.Shown t = vm.shown().get();
        assertThat(t.title()).isEqualTo("济宁高新区");
        assertThat(t.perMonth()).containsKeys("2019-04", "2020-09");
    }

    @Test
    void someoneTheArchiveDoesNotNameIsSaidSo() {
        vm.show(TimelineSubject.person("张三"));
        assertThat(vm.shown().get().events()).isEmpty();
        assertThat(vm.message().get()).isEqualTo("档案中没有 张三 的记录");
    }

    @Test
    void anotherArchiveIsReadAfreshWhenItIsOpened() throws Exception {
        vm.show(TimelineSubject.person("刘章箭"));
        assertThat(vm.shown().get().events()).isNotEmpty();
        vm.loadLists(); // already loaded: nothing is read again
        assertThat(vm.people()).isNotEmpty();

        var empty = org.baokan.store.Archive.open(dir.resolve("other.db"));
        context.session().get().close();
        context.session().set(new org.baokan.ui.common.Session(empty));
        context.state().archiveVersion().set(context.state().archiveVersion().get() + 1);

        assertThat(vm.people()).isEmpty();
        assertThat(vm.places().get().values()).containsOnly(0);
        assertThat(vm.shown().get().events()).isEmpty();
    }

    @Test
    void listsAskedForBeforeTheArchiveIsOpenAreReadWhenItOpens() throws Exception {
        var session = context.session().get();
        context.session().set(null);
        TimelineViewModel early = new TimelineViewModel(context);
        context.state().screen().set(Screen.TIMELINE);
        early.loadLists();
        assertThat(early.people()).isEmpty();

        context.session().set(session);
        context.state().archiveVersion().set(context.state().archiveVersion().get() + 1);
        assertThat(early.people()).isNotEmpty();
    }
}
