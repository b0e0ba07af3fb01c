package org.baokan.ui.archive;

import org.baokan.model.IssueInfo;
import org.baokan.ui.TestContexts;
import org.baokan.ui.common.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveNavigatorViewModelTest {
    @TempDir
    java.nio.file.Path dir;
    private Context context;
    private ArchiveNavigatorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        vm = new ArchiveNavigatorViewModel(context);
        vm.reload(true);
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    @Test
    void opensOnTheNewestIssueWithItsPaperYearAndMonth() {
        IssueInfo shown = context.state().issue().get();
        assertThat(shown.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(vm.paper().get().name()).isEqualTo("济宁高新新闻");
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2020, 9));
        assertThat(vm.years()).extracting(ArchiveNavigatorViewModel.Year::year).containsExactly(2020);
        assertThat(vm.issuesIn(YearMonth.of(2020, 9))).containsOnlyKeys(LocalDate.of(2020, 9, 11));
        assertThat(vm.issuesIn(YearMonth.of(2020, 5)).get(LocalDate.of(2020, 5, 12)).pages()).hasSize(2);
    }

    @Test
    void papersWithoutAPrintedNameAreGroupedApart() {
        assertThat(vm.papers()).extracting(ArchiveNavigatorViewModel.Paper::name).containsExactly("济宁高新新闻", null);
        vm.paper().set(vm.papers().get(1));
        assertThat(vm.years()).extracting(ArchiveNavigatorViewModel.Year::year).containsExactly(2019, 0);
        assertThat(vm.undated()).singleElement().satisfies(i -> assertThat(i.date()).isNull());
    }

    @Test
    void choosingAPaperOpensItsNewestIssue() {
        vm.choose(vm.papers().get(1)); // the pages that print no paper's name
        assertThat(context.state().issue().get().paper()).isNull();
        assertThat(context.state().issue().get().date()).isEqualTo(LocalDate.of(2019, 8, 4));
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2019, 8));
        vm.choose(vm.papers().get(1)); // the paper shown again: the issue stays
        assertThat(context.state().issue().get().date()).isEqualTo(LocalDate.of(2019, 8, 4));
        vm.choose(vm.papers().get(0));
        assertThat(context.state().issue().get().date()).isEqualTo(LocalDate.of(2020, 9, 11));
    }

    @Test
    void previousAndNextIssueStayWithinThePaper() {
        assertThat(vm.step(1)).isFalse();
        assertThat(vm.step(-1)).isTrue();
        assertThat(context.state().issue().get().date()).isEqualTo(LocalDate.of(2020, 5, 12));
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2020, 5));
        assertThat(vm.step(-1)).isFalse();
        assertThat(vm.step(1)).isTrue();
        assertThat(context.state().issue().get().date()).isEqualTo(LocalDate.of(2020, 9, 11));
    }

    @Test
    void theCalendarMovesByMonthAndYear() {
        vm.previousMonth();
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2020, 8));
        vm.nextMonth();
        vm.nextMonth();
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2020, 10));
        vm.showYear(2020);
        assertThat(vm.month().get()).isEqualTo(YearMonth.of(2020, 9));
    }

    @Test
    void anIssueImportedFromTheWindowAppearsInTheNavigator() throws Exception {
        int before = vm.papers().get(0).issues();
        java.nio.file.Path seed;
        try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            seed = seeds.filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        java.nio.file.Path later = dir.resolve("later.txt");
        java.nio.file.Files.writeString(later, java.nio.file.Files.readString(seed).replace("2020年9月11日", "2020年10月16日"));

        new org.baokan.ui.importer.ImportViewModel(context).start(java.util.List.of(later));

        assertThat(vm.papers().get(0).issues()).isEqualTo(before + 1);
        assertThat(vm.issuesIn(YearMonth.of(2020, 10))).containsOnlyKeys(LocalDate.of(2020, 10, 16));
    }
}
