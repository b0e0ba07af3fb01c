package org.baokan.ingest;

import org.baokan.model.GuideEntry;
import org.baokan.model.PageLabel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembler's first stage: furniture out, units left in reading order. */
class FurnitureSorterTest {

    @Test
    void mastheadAndBoilerplateLeaveBoundariesBetweenTheStories() {
        FurnitureSorter.Sorted s = FurnitureSorter.sort(Stages.blocks(
                "主管：某区党工委宣传部",
                "",
                "# 某区新闻",
                "",
                "2020年9月11日",
                "",
                "# 某区召开会议",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。"));
        assertThat(s.printedPaper()).isEqualTo("某区新闻");
        assertThat(s.masthead().date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(s.boilerplate()).containsExactly("主管：某区党工委宣传部", "某区新闻", "2020年9月11日");
        assertThat(s.units()).hasSize(5);
        assertThat(s.units().subList(0, 3)).allMatch(u -> u instanceof Unit.Boundary);
        assertThat(s.units().get(3)).isInstanceOf(Unit.Run.class);
        assertThat(s.units().get(4)).isInstanceOfSatisfying(Unit.Body.class,
                b -> assertThat(b.startsWithDateline()).isTrue());
    }

    @Test
    void linesBeforeAPageReferenceAreATeaserNotAStory() {
        FurnitureSorter.Sorted s = FurnitureSorter.sort(Stages.blocks(
                "某街道组织百名志愿者",
                "集中培训使用“应急小屋”",
                "",
                "03 新城",
                "",
                "# 某区召开会议",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。"));
        assertThat(s.guide()).containsExactly(new GuideEntry("某街道组织百名志愿者", "集中培训使用“应急小屋”", "03", "新城"));
        assertThat(s.ownLabel()).isNull();
        assertThat(s.units()).filteredOn(u -> u instanceof Unit.Run).hasSize(1);
    }

    @Test
    void theFirstOwnLabelCountsAndASecondDifferentOneIsReported() {
        FurnitureSorter.Sorted s = FurnitureSorter.sort(Stages.blocks(
                "03 新城",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。",
                "",
                "04 视觉"));
        assertThat(s.ownLabel()).isEqualTo(new PageLabel("03", "新城"));
        assertThat(s.warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("more than one page label"));
    }

    @Test
    void aPhotoCreditClosesItsStory() {
        FurnitureSorter.Sorted s = FurnitureSorter.sort(Stages.blocks(
                "清明假期,外出踏青赏花成为了不少市民的选择。",
                "",
                "本报记者 孔茜 摄",
                "",
                "又一段文字,它不属于上面的图片报道。"));
        assertThat(s.units()).hasSize(2).allMatch(u -> u instanceof Unit.Body);
        assertThat(((Unit.Body) s.units().get(0)).credits()).hasSize(1);
        assertThat(((Unit.Body) s.units().get(1)).credits()).isEmpty();
    }
}
