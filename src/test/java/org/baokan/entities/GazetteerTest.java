package org.baokan.entities;

import org.baokan.model.GazetteerEntry;
import org.baokan.model.PlaceLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer: hierarchy, aliases, merges, and the district a paper covers. */
class GazetteerTest {
    private final Gazetteer seed = Gazetteer.builtIn();

    @Test
    void theShippedSeedHasTheCityAndItsDistricts() {
        assertThat(seed.entry("济宁市").orElseThrow().level()).isEqualTo(PlaceLevel.CITY);
        assertThat(seed.districts()).contains("济宁高新区", "太白湖新区");
        assertThat(seed.entry("太白湖新区").orElseThrow().parent()).isEqualTo("济宁市");
        assertThat(seed.canonical("高新区")).contains("济宁高新区");
        assertThat(seed.canonical("杭州市")).isEmpty();
    }

    @Test
    void aPapersNameSaysWhichDistrictItCovers() {
        assertThat(seed.districtOfPaper("济宁高新新闻")).isEqualTo("济宁高新区");
        assertThat(seed.districtOfPaper("太白湖新区报")).isEqualTo("太白湖新区");
        assertThat(seed.districtOfPaper("济宁日报")).isNull();
        assertThat(seed.districtOfPaper("高新新闻")).isEqualTo("济宁高新区");
        // another city's 高新区
        assertThat(seed.districtOfPaper("中国网·滨海高新")).isNull();
        assertThat(seed.districtOfPaper("成都高新报")).isNull();
        assertThat(seed.districtOfPaper(null)).isNull();
    }

    @Test
    void partsBelongToTheirDistrict() {
        Gazetteer g = seed.with(List.of(new GazetteerEntry("洸河街道", PlaceLevel.SUBDISTRICT, "济宁高新区", List.of(), "pattern"),
                new GazetteerEntry("王因社区", PlaceLevel.COMMUNITY, "洸河街道", List.of(), "pattern")), Map.of(), Map.of());
        assertThat(g.districtOf("王因社区")).isEqualTo("济宁高新区");
        assertThat(g.districtOf("高新区")).isEqualTo("济宁高新区");
        assertThat(g.districtOf("济宁市")).isNull();
    }

    @Test
    void mergesAndAliasesLeadToTheEntryThatStays() {
        Gazetteer g = seed.with(List.of(new GazetteerEntry("石桥镇", PlaceLevel.TOWN, "太白湖新区", List.of(), "pattern"),
                        new GazetteerEntry("许庄街道", PlaceLevel.SUBDISTRICT, "太白湖新区", List.of(), "pattern")),
                Map.of("北湖", "太白湖新区", "石桥", "石桥镇"), Map.of("石桥镇", "许庄街道"));
        assertThat(g.canonical("石桥镇")).contains("许庄街道");
        assertThat(g.canonical("石桥")).contains("许庄街道");
        assertThat(g.canonical("北湖")).contains("太白湖新区");
        assertThat(g.entries()).extracting(GazetteerEntry::name).doesNotContain("石桥镇");
        assertThat(g.entry("太白湖新区").orElseThrow().aliases()).contains("济宁太白湖新区", "北湖");
    }

    @Test
    void aPlaceTheArchiveStoresKeepsTheShippedAliases() {
        Gazetteer g = seed.with(List.of(new GazetteerEntry("济宁高新区", PlaceLevel.DISTRICT, null, List.of(), "seed")),
                Map.of(), Map.of());
        GazetteerEntry e = g.entry("济宁高新区").orElseThrow();
        assertThat(e.aliases()).contains("高新区");
        assertThat(e.parent()).isEqualTo("济宁市");
    }
}
