package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.UserDataDir;
import org.baokan.format.PageJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An option means the same wherever it stands before the command that runs, or is refused (issue 15.1). */
class OptionPlacementTest {
    @TempDir
    Path dir;
    private String db;
    private Path defaultArchive;
    private UserDataDir dataDir;

    @BeforeEach
    void setUp() {
        db = dir.resolve("archive.db").toString();
        dataDir = UserDataDir.use(dir.resolve("userdata"));
        defaultArchive = dir.resolve("userdata").resolve("archive.db");
        assertThat(run("import", "--db", db, "seeds").exit()).isZero();
    }

    @AfterEach
    void tearDown() {
        dataDir.close();
    }

    private static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    private boolean aliasIn(String archive, String alias) throws Exception {
        JsonNode places = PageJson.mapper().readTree(run("gazetteer", "--db", archive, "--json").out());
        for (JsonNode p : places) {
            for (JsonNode a : p.get("place").get("aliases")) {
                if (a.asText().equals(alias)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void dbBeforeTheSubcommandIsTheArchiveItEdits() throws Exception {
        ParseCommandTest.Run before = run("gazetteer", "--db", db, "alias", "北湖", "太白湖新区");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(aliasIn(db, "北湖")).isTrue();
        ParseCommandTest.Run merge = run("gazetteer", "--db", db, "merge", "石桥镇", "许庄街道");
        assertThat(merge.exit()).as(merge.err()).isZero();
        assertThat(run("gazetteer", "--db", db).out()).doesNotContain("石桥镇  (town");
        ParseCommandTest.Run root = run("--db", db, "gazetteer", "alias", "湖区", "太白湖新区");
        assertThat(root.exit()).as(root.err()).isZero();
        assertThat(aliasIn(db, "湖区")).isTrue();
        assertThat(run("--db", db, "issues").out()).contains("济宁高新新闻");
        assertThat(defaultArchive).as("the default archive is never touched").doesNotExist();
    }

    @Test
    void twoDifferentArchivesOrAnOptionOfAnotherCommandAreRefusedInOneLine() {
        String other = dir.resolve("other.db").toString();
        String[][] refused = {
            {"gazetteer", "--db", db, "alias", "--db", other, "北湖", "太白湖新区"},
            {"--db", other, "search", "--db", db, "创城"},
            {"gazetteer", "--json", "alias", "--db", db, "北湖", "太白湖新区"},
            {"--db", db, "parse", "seeds/003_2a2e104cf04f8ed9.txt"},
            {"--self-check", "issues", "--db", db}};
        String[] says = {"--db is given twice", "--db is given twice", "--json is an option of 'baokan gazetteer' and means"
                + " nothing to 'baokan gazetteer alias'", "--db is an option of 'baokan' and means nothing to 'baokan parse'",
            "--self-check is an option of 'baokan' and means nothing to 'baokan issues'"};
        for (int i = 0; i < refused.length; i++) {
            ParseCommandTest.Run r = run(refused[i]);
            assertThat(r.exit()).as(String.join(" ", refused[i])).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains(says[i]);
        }
        assertThat(defaultArchive).doesNotExist();
        assertThat(Path.of(other)).doesNotExist();
    }

    @Test
    void theSameArchiveTwiceIsTheSameArchive() {
        ParseCommandTest.Run r = run("gazetteer", "--db", db, "alias", "--db", db, "北湖", "太白湖新区");
        assertThat(r.exit()).as(r.err()).isZero();
    }
}
