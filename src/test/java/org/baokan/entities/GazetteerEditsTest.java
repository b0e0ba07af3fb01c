package org.baokan.entities;

import org.baokan.archive.ArchiveOpener;
import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportService;
import org.baokan.archive.PageEnricher;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.Place;
import org.baokan.model.PlaceLevel;
import org.baokan.model.StoredArticle;
import org.baokan.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The archivist's aliases and merges: stored, applied to every page, and kept through re-extraction and import. */
class GazetteerEditsTest {
    @TempDir
    Path dir;

    private static void importSeeds(Archive a) throws Exception {
        new ImportService(a, Enrichment.forArchive(a)).importSeeds(ImportListener.NONE);
    }

    private static List<String> placesOf(Archive a, String titlePart) throws Exception {
        for (var issue : a.reader().issues()) {
            for (StoredArticle s : a.reader().articlesOfIssue(issue.id())) {
                if (s.article().displayTitle().contains(titlePart)) {
                    return a.reader().article(s.id()).orElseThrow().article().places().stream().map(Place::name).toList();
                }
            }
        }
        throw new AssertionError("no article " + titlePart);
    }

    @Test
    void aMergeIsStoredAppliedAndKept() throws Exception {
        Path db = dir.resolve("a.db");
        try (Archive a = Archive.open(db)) {
            importSeeds(a);
            assertThat(placesOf(a, "百日行动攻坚战")).contains("石桥镇", "许庄街道");
            a.entities().merge("石桥镇", "许庄街道", PlaceLevel.SUBDISTRICT);
            assertThat(placesOf(a, "百日行动攻坚战")).contains("许庄街道").doesNotContain("石桥镇");
            new Reextraction(a).run(ImportListener.NONE, () -> false);
            assertThat(placesOf(a, "百日行动攻坚战")).contains("许庄街道").doesNotContain("石桥镇");
        }
        try (Archive a = Archive.open(db)) {
            assertThat(a.entities().merges()).containsEntry("石桥镇", "许庄街道");
            Gazetteer g = new TimelineService(a).gazetteer();
            assertThat(g.canonical("石桥镇")).contains("许庄街道");
            assertThat(new TimelineService(a).district("石桥镇").district()).isEqualTo("许庄街道");
            // a page imported later that names the old place is read with the merge
            Path later = Files.writeString(dir.resolve("later.txt"), String.join("\n", "太白湖新区召开麦收工作会议", "",
                    "本报济宁6月8日讯(通讯员 林通) 6月6日,石桥镇召开麦收和秸秆禁烧工作会议。区党工委书记展鑫出席。"),
                    StandardCharsets.UTF_8);
            new ImportService(a, Enrichment.forArchive(a)).importFiles(List.of(later), new ImportOptions(null, null),
                    ImportListener.NONE, () -> false);
            assertThat(placesOf(a, "麦收工作会议")).containsExactly("太白湖新区", "许庄街道");
        }
    }

    @Test
    void anAliasIsStoredAndReadInEveryPage() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            importSeeds(a);
            Path page = Files.writeString(dir.resolve("beihu.txt"), String.join("\n", "北湖召开安全生产会议", "",
                    "本报济宁6月8日讯(通讯员 林通) 6月6日,北湖召开安全生产会议。区党工委书记展鑫出席。"),
                    StandardCharsets.UTF_8);
            new ImportService(a, Enrichment.forArchive(a)).importFiles(List.of(page), new ImportOptions(null, null),
                    ImportListener.NONE, () -> false);
            assertThat(placesOf(a, "北湖召开")).doesNotContain("太白湖新区");

            a.entities().addAlias("北湖", "太白湖新区");
            new Reextraction(a).run(ImportListener.NONE, () -> false);
            assertThat(placesOf(a, "北湖召开")).contains("太白湖新区");
            assertThat(new TimelineService(a).gazetteer().entry("太白湖新区").orElseThrow().aliases()).contains("北湖");
            assertThat(new TimelineService(a).district("北湖").undated()).isNotEmpty();
        }
    }

    @Test
    void placesFoundByPatternAreStoredUnderTheirDistrict() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            importSeeds(a);
            List<GazetteerEntry> stored = a.entities().places();
            assertThat(stored).filteredOn(e -> e.source().equals("pattern"))
                    .extracting(GazetteerEntry::name, GazetteerEntry::parent)
                    .contains(org.assertj.core.groups.Tuple.tuple("洸河街道", "济宁高新区"),
                            org.assertj.core.groups.Tuple.tuple("杨家河科技创业园", "济宁高新区"),
                            org.assertj.core.groups.Tuple.tuple("石桥镇", "太白湖新区"),
                            org.assertj.core.groups.Tuple.tuple("许庄街道", "太白湖新区"));
        }
    }

    @Test
    void citiesFiledUnderADistrictByOlderRulesStandOnTheirOwnAfterTheArchiveIsOpened() throws Exception {
        Path db = dir.resolve("filed.db");
        try (Archive a = Archive.open(db)) {
            importSeeds(a);
            assertThat(a.entities().places()).filteredOn(e -> e.name().equals("临沂市")).singleElement()
                    .extracting(GazetteerEntry::parent).isNull();
            a.entities().setRulesVersion(2);
        }
        // as rules of version 2 stored it: the city under the district of the page it was found on
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE place SET parent = '太白湖新区' WHERE name = '临沂市'")).isEqualTo(1);
        }
        try (Archive a = ArchiveOpener.open(db, Enrichment.FACTORY, n -> { })) {
            assertThat(a.entities().rulesVersion()).isEqualTo(Reextraction.RULES_VERSION);
            assertThat(a.entities().places()).filteredOn(e -> e.name().equals("临沂市")).singleElement()
                    .extracting(GazetteerEntry::parent).isNull();
            assertThat(a.entities().places()).as("a 街道 stays in its district")
                    .filteredOn(e -> e.name().equals("许庄街道")).singleElement()
                    .extracting(GazetteerEntry::parent).isEqualTo("太白湖新区");
        }
    }

    @Test
    void anArchiveExtractedByOlderRulesIsExtractedAgainWhenOpened() throws Exception {
        Path db = dir.resolve("old.db");
        try (Archive a = Archive.open(db)) {
            // pages stored without people and places, as by a version before the rules existed
            new ImportService(a, PageEnricher.NONE).importSeeds(ImportListener.NONE);
            assertThat(a.entities().rulesVersion()).isZero();
            assertThat(a.entities().people()).isEmpty();
        }
        List<String> notes = new ArrayList<>();
        java.util.function.Consumer<org.baokan.archive.OpenNotice> note = n -> notes.add(n.toString());
        try (Archive a = ArchiveOpener.open(db, Enrichment.FACTORY, note)) {
            assertThat(notes).singleElement().asString().contains("Extracted people and places again", "5 pages");
            assertThat(a.entities().rulesVersion()).isEqualTo(Reextraction.RULES_VERSION);
            assertThat(new TimelineService(a).person("刘章箭").events()).hasSize(10);
        }
        notes.clear();
        try (Archive a = ArchiveOpener.open(db, Enrichment.FACTORY, note)) {
            assertThat(notes).isEmpty();
        }
    }

    @Test
    void reextractionGivesWhatImportGave() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            importSeeds(a);
            var people = new TimelineService(a).people();
            var liu = new TimelineService(a).person("刘章箭");
            new Reextraction(a).run(ImportListener.NONE, () -> false);
            assertThat(new TimelineService(a).people()).isEqualTo(people);
            assertThat(new TimelineService(a).person("刘章箭")).isEqualTo(liu);
        }
    }
}
