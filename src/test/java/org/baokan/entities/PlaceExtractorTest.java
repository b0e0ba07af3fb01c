package org.baokan.entities;

import org.baokan.model.GazetteerEntry;
import org.baokan.model.PlaceLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Places by name, by alias in context, and by pattern. */
class PlaceExtractorTest {
    private static final Gazetteer G = Gazetteer.builtIn();
    private static final String GAOXIN = "济宁高新区";
    private static final String TAIBAIHU = "太白湖新区";

    private static List<String> names(String text, String context) {
        return PlaceExtractor.find(text, G, context).stream().map(PlaceExtractor.Found::name).toList();
    }

    @Test
    void knownNamesAndAliasesResolveToTheCanonicalName() {
        assertThat(names("济宁高新区召开重点工作部署会议", null)).containsExactly(GAOXIN);
        assertThat(names("高新区交警大队走进景区", null)).containsExactly(GAOXIN);
        assertThat(names("济宁太白湖新区政务网", null)).containsExactly(TAIBAIHU);
    }

    @Test
    void bareNamesCountedAsPlacesOfOneKindArePlacesOfThatKind() {
        assertThat(PlaceExtractor.find("事项,东肖、红坊2个乡镇划归新罗区管辖,高陂、坎市、培丰、虎岗4个乡镇划归永定区。", G, null))
                .extracting(PlaceExtractor.Found::name, PlaceExtractor.Found::level)
                .contains(tuple("东肖", PlaceLevel.TOWN), tuple("红坊", PlaceLevel.TOWN), tuple("虎岗", PlaceLevel.TOWN));
        assertThat(names("试点有:前营、后营等两个村。", null)).containsExactly("前营", "后营");
        // a first name run together with the words before it has the length of the others (在|前营)
        assertThat(names("在前营、后营等两个村试点。", null)).containsExactly("前营", "后营");
        // and is not read when the others differ in length: 在前营 may be 在|前营 or 在前|营
        assertThat(names("在前营、后营、西王庄等3个村试点。", null)).containsExactly("后营", "西王庄");
        // the count must be the number of names; and things counted are no places
        assertThat(names("通过东肖、红坊、高陂3个乡镇。", null)).containsExactly("东肖", "红坊", "高陂");
        assertThat(names("抓好培训、宣传、督导2个乡镇的工作。", null)).isEmpty();
        assertThat(names("做好培训、宣传2个环节。", null)).isEmpty();
    }

    @Test
    void townsOfAnyCountyAreKnownByTheirFullNames() {
        assertThat(names("工作组先后来到建设乡、敖勒召其镇和太和街道调研。", null))
                .contains("建设乡", "敖勒召其镇", "太和街道");
        // a town's name across words is none: 建设乡村
        assertThat(names("加快建设乡村振兴示范带。", null)).doesNotContain("建设乡");
    }

    @Test
    void quDependsOnThePaperItAppearsIn() {
        // 全区, 区党工委… in a 济宁高新新闻 article mean 济宁高新区; in a 太白湖 page, 太白湖新区
        assertThat(names("全区经济运行分析调度会议", GAOXIN)).containsExactly(GAOXIN);
        assertThat(names("区党工委书记展鑫出席", TAIBAIHU)).containsExactly(TAIBAIHU);
        assertThat(names("全区经济运行分析调度会议", null)).isEmpty();
        // 地区 and 社区 are no 区 of ours
        assertThat(names("地区生产总值", GAOXIN)).isEmpty();
    }

    @Test
    void xinquAloneIsTheNewDistrictOfThePage() {
        assertThat(names("新区上半年的各项工作取得重要进展", TAIBAIHU)).containsExactly(TAIBAIHU);
        // 济宁高新区 is a 高新区, not called 新区
        assertThat(names("新区上半年的各项工作取得重要进展", GAOXIN)).isEmpty();
    }

    @Test
    void newPlacesByTheirPattern() {
        assertThat(PlaceExtractor.find("洸河街道各村(居)的书记", G, GAOXIN))
                .extracting(PlaceExtractor.Found::name, PlaceExtractor.Found::level, PlaceExtractor.Found::known)
                .containsExactly(tuple("洸河街道", PlaceLevel.SUBDISTRICT, false));
        assertThat(names("孟昭峰、石桥镇、许庄街道及区属有关部门负责同志", TAIBAIHU))
                .containsExactly("石桥镇", "许庄街道", TAIBAIHU);
        assertThat(PlaceExtractor.find("高新区杨家河科技创业园", G, null))
                .extracting(PlaceExtractor.Found::name, PlaceExtractor.Found::level)
                .containsExactly(tuple(GAOXIN, PlaceLevel.DISTRICT), tuple("杨家河科技创业园", PlaceLevel.PARK));
        assertThat(names("接庄街道王因社区开展活动", null)).containsExactly("接庄街道", "王因社区");
        assertThat(names("兖州区新兖镇党委召开会议", null)).containsExactly("兖州区", "新兖镇");
    }

    @Test
    void wordsThatOnlyLookLikePlaces() {
        // 扬州市社区 names a city, not a 社区
        assertThat(names("分批组织全体村居党支部书记到扬州市社区学习", null)).containsExactly("扬州市");
        assertThat(names("分批组织全体村居党支部书记到扬州市社区干部培训学院培训", null)).isEmpty();
        assertThat(names("工作人员深入社区进行督导推进", null)).isEmpty();
        assertThat(names("提升城镇容貌和乡村环境", null)).isEmpty();
        assertThat(names("各街道必须时刻绷紧安全生产这根弦", null)).isEmpty();
        // 开街 is a street's opening, 扫街 a sweep through the streets: verbs, not a street's name
        assertThat(names("集装箱餐饮特色小镇火爆开街", null)).isEmpty();
        assertThat(names("志愿者们连日扫街清理小广告", null)).isEmpty();
    }

    @Test
    void archivistAliasesAndMergesApply() {
        Gazetteer g = G.with(List.of(new GazetteerEntry("许庄街道", PlaceLevel.SUBDISTRICT, TAIBAIHU, List.of(), "pattern"),
                        new GazetteerEntry("石桥镇", PlaceLevel.TOWN, TAIBAIHU, List.of(), "pattern")),
                Map.of("北湖", TAIBAIHU), Map.of("石桥镇", "许庄街道"));
        assertThat(PlaceExtractor.find("北湖召开安全生产会议,石桥镇负责同志参加", g, null))
                .extracting(PlaceExtractor.Found::name).containsExactly(TAIBAIHU, "许庄街道");
    }
}
