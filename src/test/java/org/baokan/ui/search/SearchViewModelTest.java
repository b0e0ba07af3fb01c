package org.baokan.ui.search;

import org.baokan.search.SearchHit;
import org.baokan.ui.TestContexts;
import org.baokan.ui.common.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private SearchViewModel vm;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new SearchViewModel(context);
        vm.loadPapers();
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    @Test
    void hitsWithSnippetsAndOpeningOneMarksTheQuery() {
        vm.query().set("创城");
        vm.search();
        assertThat(vm.hits()).isNotEmpty();
        SearchHit first = vm.hits().get(0);
        assertThat(first.snippet()).contains("«创城»");
        assertThat(vm.summary().get()).startsWith("共 ");
        vm.open(first);
        assertThat(context.state().article().get()).isEqualTo(first.id());
        assertThat(context.state().highlight().get()).isEqualTo("创城");
    }

    @Test
    void filtersNarrowTheHits() {
        assertThat(vm.papers()).containsExactly("济宁高新新闻");
        vm.query().set("刘章箭");
        vm.search();
        int all = vm.hits().size();
        vm.from().set(LocalDate.of(2020, 9, 1));
        vm.search();
        assertThat(vm.hits()).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(h -> assertThat(h.date()).isAfterOrEqualTo(LocalDate.of(2020, 9, 1)));
        vm.paper().set("济宁高新新闻");
        vm.search();
        assertThat(vm.hits()).allSatisfy(h -> assertThat(h.paper()).isEqualTo("济宁高新新闻"));
    }

    @Test
    void nothingFoundAndABackwardRangeAreSaidPlainly() {
        vm.query().set("不存在的词语组合");
        vm.search();
        assertThat(vm.hits()).isEmpty();
        assertThat(vm.summary().get()).isEqualTo("没有找到“不存在的词语组合”");
        vm.query().set("创城");
        vm.from().set(LocalDate.of(2021, 1, 1));
        vm.to().set(LocalDate.of(2020, 1, 1));
        vm.search();
        assertThat(vm.summary().get()).isEqualTo("起始日期晚于结束日期");
        vm.query().set("   ");
        vm.search();
        assertThat(vm.hits()).isEmpty();
        assertThat(vm.summary().get()).isEmpty();
    }

    @Test
    void hostileInputIsOnlyWords() {
        vm.query().set("\"创城 OR 1=1; DROP TABLE article; -- NEAR(");
        vm.search();
        assertThat(context.state().status().get()).isEmpty();
    }

    @Test
    void theResultsShownAreSearchedAgainWhenTheArchiveChanges() throws Exception {
        vm.query().set("创城");
        vm.search();
        assertThat(vm.hits()).isNotEmpty();
        vm.query().set("still typing");

        var empty = org.baokan.store.Archive.open(dir.resolve("other.db"));
        context.session().get().close();
        context.session().set(new org.baokan.ui.common.Session(empty));
        context.state().archiveVersion().set(context.state().archiveVersion().get() + 1);

        assertThat(vm.hits()).isEmpty();
        assertThat(vm.papers()).isEmpty();
        assertThat(vm.summary().get()).contains("创城");
        assertThat(vm.query().get()).isEqualTo("still typing");
    }
}
