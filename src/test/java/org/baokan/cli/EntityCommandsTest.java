package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.format.PageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** people, timeline, gazetteer and reextract, run as the user runs them. */
class EntityCommandsTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void importSeeds() {
        db = dir.resolve("archive.db").toString();
        assertThat(ParseCommandTest.run("import", "--db", db, "seeds").exit()).isZero();
    }

    private static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void peopleAsJsonInPinyinOrder() throws Exception {
        ParseCommandTest.Run r = run("people", "--db", db, "--json");
        assertThat(r.exit()).isZero();
        JsonNode people = PageJson.mapper().readTree(r.out());
        assertThat(texts(people, "name")).containsSubsequence("曹广州", "刘章箭", "展鑫", "周相华");
        JsonNode liu = people.get(texts(people, "name").indexOf("刘章箭"));
        assertThat(liu.get("appearances").asInt()).isEqualTo(10);
        assertThat(liu.get("latestTitle").asText()).isEqualTo("高新区党工委书记");
        assertThat(liu.get("latestTitleConfirmed").asBoolean()).isTrue();
        assertThat(liu.get("role").asText()).isEqualTo("leader");
        assertThat(run("people", "--db", db, "--role", "visitor").out()).contains("常红军").doesNotContain("刘章箭");
    }

    @Test
    void aPersonsTimelineAsJson() throws Exception {
        ParseCommandTest.Run r = run("timeline", "--db", db, "--json", "--person", "刘章箭");
        assertThat(r.exit()).isZero();
        JsonNode t = PageJson.mapper().readTree(r.out());
        assertThat(t.get("person").asText()).isEqualTo("刘章箭");
        JsonNode first = t.get("events").get(0);
        assertThat(first.get("date").asText()).isEqualTo("2019-04-06");
        assertThat(first.get("titles").get(0).asText()).isEqualTo("高新区党工委副书记、管委会副主任");
        assertThat(first.get("articleId").asLong()).isPositive();
        assertThat(first.get("kicker").asText()).isEqualTo("济宁高新区召开重点工作部署会议");
        assertThat(first.get("title").asText()).isEqualTo("全区“一盘棋”，持续强化执行力");
        assertThat(first.get("district").asText()).isEqualTo("济宁高新区");
        assertThat(first.get("with")).hasSize(2);
        JsonNode change = t.get("changes").get(0);
        assertThat(change.get("from").asText()).isEqualTo("党工委副书记、管委会副主任");
        assertThat(change.get("to").asText()).isEqualTo("党工委书记");
        assertThat(change.get("date").asText()).isEqualTo("2019-08-02");
        // the article the event names can be shown
        assertThat(run("show", "--db", db, first.get("articleId").asText()).out()).contains("刘章箭");
    }

    @Test
    void aPersonsTimelineAsTextMarksTheChange() {
        ParseCommandTest.Run r = run("timeline", "--db", db, "--person", "刘章箭");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("10 dated appearances", "── title now 党工委书记 (was 党工委副书记、管委会副主任)",
                "党工委副书记、管委会副主任 (2019-04-06) → 党工委书记 (2019-08-02)");
        assertThat(run("timeline", "--db", db, "--person", "展鑫").out()).contains("6 undated", "????-05-25");
    }

    @Test
    void aDistrictsTimelineByNameOrAlias() throws Exception {
        JsonNode t = PageJson.mapper().readTree(run("timeline", "--db", db, "--json", "--district", "太白湖新区").out());
        assertThat(t.get("district").asText()).isEqualTo("太白湖新区");
        assertThat(t.get("undated")).hasSize(7);
        assertThat(t.get("undated").get(0).get("monthDay").asText()).isEqualTo("--05-25");
        JsonNode g = PageJson.mapper().readTree(run("timeline", "--db", db, "--json", "--district", "高新区").out());
        assertThat(g.get("district").asText()).isEqualTo("济宁高新区");
        assertThat(g.get("perMonth").get("2020-09").asInt()).isPositive();
    }

    @Test
    void unknownNamesAndBadUseGetAClearMessage() {
        ParseCommandTest.Run nobody = run("timeline", "--db", db, "--person", "刘章");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("does not name 刘章", "did you mean", "刘章箭").doesNotContain("Exception");
        ParseCommandTest.Run nowhere = run("timeline", "--db", db, "--district", "杭州市");
        assertThat(nowhere.exit()).isEqualTo(2);
        assertThat(nowhere.err()).contains("knows no place called 杭州市");
        ParseCommandTest.Run both = run("timeline", "--db", db, "--person", "展鑫", "--district", "太白湖新区");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(run("timeline", "--db", db).exit()).isEqualTo(2);
    }

    @Test
    void gazetteerEditsFromTheCommandLine() throws Exception {
        assertThat(run("gazetteer", "--db", db).out()).contains("济宁市", "  济宁高新区", "    洸河街道", "    许庄街道");
        ParseCommandTest.Run alias = run("gazetteer", "alias", "--db", db, "北湖", "太白湖新区");
        assertThat(alias.exit()).isZero();
        assertThat(alias.err()).contains("北湖 now means 太白湖新区", "extracted again");
        ParseCommandTest.Run merge = run("gazetteer", "merge", "--db", db, "石桥镇", "许庄街道");
        assertThat(merge.exit()).isZero();
        JsonNode entries = PageJson.mapper().readTree(run("gazetteer", "--db", db, "--json").out());
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.get("place").get("name").asText()));
        assertThat(names).contains("许庄街道").doesNotContain("石桥镇");
        entries.forEach(e -> {
            if (e.get("place").get("name").asText().equals("太白湖新区")) {
                assertThat(e.get("place").get("aliases").toString()).contains("北湖");
            }
        });
        assertThat(run("gazetteer", "alias", "--db", db, "湖", "太白湖新区").exit()).isEqualTo(2);
        assertThat(run("gazetteer", "alias", "--db", db, "北湖", "杭州市").err()).contains("knows no place called 杭州市");
        assertThat(run("gazetteer", "alias", "--db", db, "许庄街道", "太白湖新区").err()).contains("use 'gazetteer merge");
        assertThat(run("gazetteer", "merge", "--db", db, "高新区", "济宁高新区").err()).contains("already the same place");
        assertThat(run("reextract", "--db", db).exit()).isZero();
        assertThat(run("timeline", "--db", db, "--district", "石桥镇").out()).startsWith("许庄街道");
    }
}
