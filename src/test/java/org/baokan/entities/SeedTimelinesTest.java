package org.baokan.entities;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportService;
import org.baokan.model.DistrictTimeline;
import org.baokan.model.PersonRole;
import org.baokan.model.PersonSummary;
import org.baokan.model.PersonTimeline;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleChange;
import org.baokan.store.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The timelines the seed pages give, read from an archive they were imported into. */
class SeedTimelinesTest {
    @TempDir
    Path dir;
    private Archive archive;
    private TimelineService timelines;

    @BeforeEach
    void importSeeds() throws Exception {
        archive = Archive.open(dir.resolve("a.db"));
        new ImportService(archive, Enrichment.forArchive(archive)).importSeeds(ImportListener.NONE);
        timelines = new TimelineService(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void liuZhangjianInDateOrderWithHisChangeOfTitle() throws Exception {
        PersonTimeline t = timelines.person("刘章箭");
        assertThat(t.undated()).isEmpty();
        assertThat(t.events()).extracting(TimelineEvent::date).isSorted()
                .contains(LocalDate.of(2019, 4, 6), LocalDate.of(2019, 8, 2), LocalDate.of(2020, 5, 8),
                        LocalDate.of(2020, 9, 5), LocalDate.of(2020, 9, 11));
        assertThat(t.events()).hasSize(10);
        TimelineEvent first = t.events().get(0);
        assertThat(first.titles()).containsExactly("高新区党工委副书记、管委会副主任");
        assertThat(first.kicker()).isEqualTo("济宁高新区召开重点工作部署会议");
        assertThat(first.title()).isEqualTo("全区“一盘棋”，持续强化执行力");
        assertThat(first.district()).isEqualTo("济宁高新区");
        assertThat(first.with()).containsExactly("王培华", "楚智华");
        assertThat(t.changes().get(0)).isEqualTo(new TitleChange("党工委副书记、管委会副主任", LocalDate.of(2019, 4, 6),
                "党工委书记", LocalDate.of(2019, 8, 2), true));
        // the 2019-08-02 調度 meeting: the list of 高新区领导 present
        assertThat(t.events()).filteredOn(e -> e.title().startsWith("凝心聚力")).singleElement()
                .satisfies(e -> assertThat(e.with()).containsExactly("鹿洪超", "李征", "于领东", "王建华", "吴勇", "赵鲁",
                        "孟凡璋"));
    }

    @Test
    void zhanXinWhoseYearNoPageGivesIsListedApartByMonthAndDay() throws Exception {
        PersonTimeline t = timelines.person("展鑫");
        assertThat(t.events()).isEmpty();
        assertThat(t.undated()).extracting(TimelineEvent::monthDay).containsExactly(MonthDay.of(5, 25),
                MonthDay.of(5, 26), MonthDay.of(5, 27), MonthDay.of(5, 28), MonthDay.of(5, 28), MonthDay.of(5, 30));
        assertThat(t.undated().get(0).titles()).containsExactly("区党工委书记、区建设指挥部副指挥长");
        assertThat(t.undated().get(2).titles()).containsExactly("太白湖新区党工委书记");
        assertThat(t.undated().get(2).excerpt()).startsWith("临沂市委副书记常红军率考察团");
        assertThat(t.undated()).allSatisfy(e -> assertThat(e.district()).isEqualTo("太白湖新区"));
        assertThat(t.changes()).isEmpty();
    }

    @Test
    void withTheArchivistsDateZhanXinsAppearancesAreDated() throws Exception {
        try (Archive other = Archive.open(dir.resolve("b.db"))) {
            new ImportService(other, Enrichment.forArchive(other)).importFiles(
                    List.of(Path.of("seeds/004_550c7470bbba2448.txt")), new ImportOptions(null, LocalDate.of(2020, 6, 1)),
                    ImportListener.NONE, () -> false);
            PersonTimeline t = new TimelineService(other).person("展鑫");
            assertThat(t.undated()).isEmpty();
            assertThat(t.events()).extracting(TimelineEvent::date).containsExactly(LocalDate.of(2020, 5, 25),
                    LocalDate.of(2020, 5, 26), LocalDate.of(2020, 5, 27), LocalDate.of(2020, 5, 28),
                    LocalDate.of(2020, 5, 28), LocalDate.of(2020, 5, 30));
            DistrictTimeline d = new TimelineService(other).district("太白湖新区");
            assertThat(d.perMonth()).containsEntry("2020-05", 7);
        }
    }

    @Test
    void taibaihuNewDistrictEventByEventWithItsLeaders() throws Exception {
        DistrictTimeline t = timelines.district("太白湖新区");
        assertThat(t.events()).isEmpty();
        assertThat(t.undated()).extracting(TimelineEvent::monthDay, TimelineEvent::title).containsExactly(
                tuple(MonthDay.of(5, 25), "“硬核”推进全区重点项目建设"), tuple(MonthDay.of(5, 26), "一周速读"),
                tuple(MonthDay.of(5, 27), "一周速读"), tuple(MonthDay.of(5, 28), "凝心聚力打好“百日行动攻坚战”"),
                tuple(MonthDay.of(5, 28), "一周速读"), tuple(MonthDay.of(5, 29), "实战演练"),
                tuple(MonthDay.of(5, 30), "一周速读"));
        assertThat(t.undated().get(0).with()).containsExactly("展鑫", "曹广州", "郭利锋", "马磊", "王利生", "张德强", "孟昭峰",
                "陈运动");
        // the visitor from 临沂 is no leader of ours; the city's leaders are
        assertThat(t.undated().get(2).with()).contains("林红玉", "展鑫").doesNotContain("常红军");
    }

    @Test
    void gaoxinDistrictCountsPerMonth() throws Exception {
        DistrictTimeline t = timelines.district("高新区");
        assertThat(t.district()).isEqualTo("济宁高新区");
        assertThat(t.perMonth()).containsKeys("2019-04", "2019-08", "2020-05", "2020-09");
        assertThat(t.perMonth().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(t.events().size());
        assertThat(t.events()).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void peopleInPinyinOrderWithCountsAndLatestTitle() throws Exception {
        List<PersonSummary> people = timelines.people();
        List<String> names = people.stream().map(PersonSummary::name).toList();
        // cáo, cháng, chén, liú, lù, zhǎn, zhōu
        assertThat(names).containsSubsequence("曹广州", "常红军", "陈慷", "刘章箭", "鹿洪超", "展鑫", "周相华");
        PersonSummary liu = people.stream().filter(p -> p.name().equals("刘章箭")).findFirst().orElseThrow();
        assertThat(liu.appearances()).isEqualTo(10);
        // 党工委书记 on three days; 党工委副书记 (2020-09-05) and 区党委书记 (2020-09-11) on one day each
        assertThat(liu.latestTitle()).isEqualTo("高新区党工委书记");
        assertThat(liu.latestTitleConfirmed()).isTrue();
        assertThat(liu.role()).isEqualTo(PersonRole.LEADER);
        assertThat(people).filteredOn(p -> p.name().equals("常红军")).singleElement()
                .extracting(PersonSummary::role).isEqualTo(PersonRole.VISITOR);
        assertThat(names).doesNotContain("薛坤", "陈曦", "邓超", "骆青", "石桥镇", "许庄街道");
    }

    @Test
    void aNameNobodyHasGivesAnEmptyTimeline() throws Exception {
        PersonTimeline t = timelines.person("张三");
        assertThat(t.events()).isEmpty();
        assertThat(t.undated()).isEmpty();
        assertThat(Files.exists(dir.resolve("a.db"))).isTrue();
    }
}
