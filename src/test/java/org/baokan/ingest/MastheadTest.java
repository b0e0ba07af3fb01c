package org.baokan.ingest;

import org.baokan.model.DateSource;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 8: the masthead, its weekday and lunar date checked, and dates inferred when none is printed. */
class MastheadTest {

    @Test
    void theMastheadsFieldsAreRead() {
        ParsedPage page = Pages.parse(
                "主管：某区党工委宣传部",
                "",
                "# 某区新闻",
                "",
                "2020年9月11日",
                "",
                "星期五",
                "",
                "农历庚子年七月廿四",
                "",
                "某区报总第478期 2020年第50期",
                "",
                "活力·魅力·热点·焦点",
                "",
                "# 标题一则",
                "",
                "本报讯(记者 张三)9月5日,某区召开会议。");
        assertThat(page.paper()).isEqualTo("某区新闻");
        assertThat(page.paperSource()).isEqualTo(DateSource.MASTHEAD);
        assertThat(page.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(page.dateSource()).isEqualTo(DateSource.MASTHEAD);
        assertThat(page.weekday()).isEqualTo("星期五");
        assertThat(page.lunarDate()).isEqualTo("庚子年七月廿四");
        assertThat(page.totalNumber()).isEqualTo(478);
        assertThat(page.issueNumber()).isEqualTo(50);
        assertThat(page.frontPage()).isTrue();
        assertThat(page.boilerplate()).contains("主管：某区党工委宣传部", "某区新闻", "2020年9月11日", "活力·魅力·热点·焦点");
        assertThat(page.warnings()).isEmpty();
        assertThat(page.articles().get(0).eventDate()).isEqualTo(LocalDate.of(2020, 9, 5));
    }

    @Test
    void aWrongWeekdayOrLunarDateIsReported() {
        ParsedPage page = Pages.parse("2020年9月11日 星期四 农历庚子年七月廿五", "", "# 标题一则", "",
                "本报讯(记者 张三)近日,某区召开会议。");
        assertThat(page.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(page.warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("printed weekday does not match") && w.contains("星期五"))
                .anyMatch(w -> w.startsWith("printed lunar date does not match") && w.contains("庚子年七月廿四"));
    }

    @Test
    void lunarDatesComeFromTheChineseCalendar() {
        assertThat(LunarDates.of(LocalDate.of(2020, 9, 11)).format()).isEqualTo("庚子年七月廿四");
        assertThat(LunarDates.of(LocalDate.of(2020, 5, 12)).format()).isEqualTo("庚子年四月二十");
        // 2020 had a leap fourth month: 2020-05-23 is 闰四月初一
        assertThat(LunarDates.of(LocalDate.of(2020, 5, 23)).format()).isEqualTo("庚子年闰四月初一");
        assertThat(LunarDates.of(LocalDate.of(2019, 2, 5)).format()).isEqualTo("己亥年正月初一");
        assertThat(LunarDates.parse("农历庚子年闰四月初一").orElseThrow().sameDayAs(LunarDates.of(LocalDate.of(2020, 5, 23))))
                .isTrue();
    }

    @Test
    void withoutAPrintedDateTheDateIsInferredFromDatelineAndYearAndSaidSo() {
        ParsedPage page = Pages.parse("# 某区召开2019年第22次党工委会议", "", "本报济宁8月4日讯(记者 王博文) 2日,某区召开会议。");
        assertThat(page.date()).isEqualTo(LocalDate.of(2019, 8, 4));
        assertThat(page.dateSource()).isEqualTo(DateSource.INFERRED);
        assertThat(page.warnings()).extracting(Object::toString).anyMatch(w -> w.startsWith("no date printed; date inferred"));
        assertThat(page.articles().get(0).eventDate()).isEqualTo(LocalDate.of(2019, 8, 2));
    }

    @Test
    void withoutAnyYearTheDateStaysUnknown() {
        ParsedPage page = Pages.parse("# 某区召开推进会", "", "本报济宁6月1日讯(通讯员 骆青) 5月28日,某区召开推进会。");
        assertThat(page.date()).isNull();
        assertThat(page.dateSource()).isEqualTo(DateSource.UNKNOWN);
        assertThat(page.articles().get(0).eventDate()).isNull();
        assertThat(page.warnings()).extracting(Object::toString).anyMatch(w -> w.contains("6月1日"));
    }

    @Test
    void eventDatesResolveAcrossMonthAndYearEnds() {
        LocalDate issue = LocalDate.of(2021, 1, 3);
        assertThat(DateResolver.eventDate("12月30日,某区召开会议。", 0, 0, issue, new java.util.ArrayList<>()))
                .isEqualTo(LocalDate.of(2020, 12, 30));
        assertThat(DateResolver.eventDate("31日上午,某区召开会议。", 1, 2, issue, new java.util.ArrayList<>()))
                .isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(DateResolver.eventDate("昨天,某区召开会议。", 1, 2, issue, new java.util.ArrayList<>()))
                .isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(DateResolver.eventDate("近日,某区召开会议。", 1, 2, issue, new java.util.ArrayList<>())).isNull();
    }

    @Test
    void aPaperNameCanBeInferredFromItsOwnMediaCaption() {
        ParsedPage page = Pages.parse("2020年5月12日", "", "# 标题一则", "", "本报讯(记者 张三)近日,某区召开会议。", "", "", "",
                "某区新闻微信公众号");
        assertThat(page.paper()).isEqualTo("某区新闻");
        assertThat(page.paperSource()).isEqualTo(DateSource.INFERRED);
        assertThat(page.boilerplate()).contains("某区新闻微信公众号");
    }

    @Test
    void aDateInChineseNumerals() {
        ParsedPage page = Pages.parse("二〇二〇年九月十一日 星期五", "", "# 标题一则", "", "本报讯(记者 张三)近日,某区召开会议。");
        assertThat(page.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(page.weekday()).isEqualTo("星期五");
        assertThat(page.warnings()).extracting(Object::toString).noneMatch(w -> w.contains("weekday"));
    }

    @Test
    void anArchivistsDateStandsForAMissingOneAndDatesInTheTextFollowIt() throws Exception {
        byte[] c4 = java.nio.file.Files.readAllBytes(Pages.seed("004"));
        ParsedPage page = new PageParser().parse(c4, "c4.txt", LocalDate.of(2020, 6, 1));
        assertThat(page.date()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(page.dateSource()).isEqualTo(DateSource.ARCHIVIST);
        assertThat(Pages.article(page, "百日行动攻坚战").eventDate()).isEqualTo(LocalDate.of(2020, 5, 28));
        assertThat(Pages.article(page, "实战演练").eventDate()).isEqualTo(LocalDate.of(2020, 5, 29));
        // a date the masthead prints is never replaced
        byte[] front = java.nio.file.Files.readAllBytes(Pages.seed("000"));
        ParsedPage printed = new PageParser().parse(front, "front.txt", LocalDate.of(2021, 1, 1));
        assertThat(printed.date()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(printed.dateSource()).isEqualTo(DateSource.MASTHEAD);
    }
}
