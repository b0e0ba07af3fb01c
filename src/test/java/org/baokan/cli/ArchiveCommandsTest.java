package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.baokan.format.PageJson;
import org.baokan.UserDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** import, search, issues and show, run as the user runs them, on archive files in a temporary folder. */
class ArchiveCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private UserDataDir dataDir;

    @BeforeEach
    void setUp() {
        db = dir.resolve("archive.db").toString();
        dataDir = UserDataDir.use(dir.resolve("userdata"));
    }

    @AfterEach
    void tearDown() {
        dataDir.close();
    }

    private static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    @Test
    void importTwiceImportsOnceAndReportsSkips() throws Exception {
        ParseCommandTest.Run first = run("import", "--db", db, "--json", "seeds");
        assertThat(first.exit()).isZero();
        JsonNode r = PageJson.mapper().readTree(first.out());
        assertThat(r.get("imported").asInt()).isEqualTo(5);
        assertThat(r.get("skipped").asInt()).isZero();
        assertThat(r.get("failed")).isEmpty();
        assertThat(r.get("warnings").size()).isPositive();
        JsonNode again = PageJson.mapper().readTree(run("import", "--db", db, "--json", "seeds").out());
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(5);
    }

    @Test
    void aFileThatFailsIsReportedAndTheBatchGoesOn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("seeds/003_2a2e104cf04f8ed9.txt"), folder.resolve("a.txt"));
        Files.write(folder.resolve("b.txt"), new byte[0]);
        Files.copy(Path.of("seeds/004_550c7470bbba2448.txt"), folder.resolve("c.txt"));
        ParseCommandTest.Run r = run("import", "--db", db, "--json", folder.toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode j = PageJson.mapper().readTree(r.out());
        assertThat(j.get("imported").asInt()).isEqualTo(2);
        assertThat(j.get("failed").get(0).get("file").asText()).endsWith("b.txt");
        assertThat(j.get("failed").get(0).get("reason").asText()).contains("empty");
        ParseCommandTest.Run text = run("import", "--db", dir.resolve("other.db").toString(), folder.toString());
        assertThat(text.out()).contains("Imported 2", "failed 1", "b.txt: the file is empty");
    }

    @Test
    void anImportThatGivesUpSaysWhatItDidInOneLine() throws Exception {
        run("import", "--db", db, "seeds/003_2a2e104cf04f8ed9.txt");
        String before = System.getProperty("baokan.archive.patienceMs");
        System.setProperty("baokan.archive.patienceMs", "300");
        // another program holds the archive's write lock and finishes nothing
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            ParseCommandTest.Run r = run("import", "--db", db, "seeds");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).startsWith("Imported 0, skipped 0");
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("baokan import: The archive " + Path.of(db).toAbsolutePath() + " is busy")
                    .contains("stopped after 0 of 5 files", "run again adds the rest").doesNotContain("Exception");
        } finally {
            if (before == null) {
                System.clearProperty("baokan.archive.patienceMs");
            } else {
                System.setProperty("baokan.archive.patienceMs", before);
            }
        }
        ParseCommandTest.Run again = run("import", "--db", db, "seeds");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("Imported 4, skipped 1");
    }

    @Test
    void archivistMetadataFillsWhatAPageDoesNotPrint() throws Exception {
        Path page = Files.copy(Path.of("seeds/004_550c7470bbba2448.txt"), dir.resolve("c4.txt"));
        run("import", "--db", db, "--paper", "济宁日报", "--date", "2020-06-02", page.toString());
        JsonNode issues = PageJson.mapper().readTree(run("issues", "--db", db, "--json").out());
        assertThat(issues.get(0).get("paper").asText()).isEqualTo("济宁日报");
        assertThat(issues.get(0).get("date").asText()).isEqualTo("2020-06-02");
        assertThat(issues.get(0).get("dateSource").asText()).isEqualTo("archivist");
    }

    @Test
    void searchPrintsRankedHitsAsJson() throws Exception {
        run("import", "--db", db, "seeds");
        ParseCommandTest.Run r = run("search", "--db", db, "--json", "--limit", "5", "刘章箭");
        assertThat(r.exit()).isZero();
        JsonNode j = PageJson.mapper().readTree(r.out());
        assertThat(j.get("query").asText()).isEqualTo("刘章箭");
        assertThat(j.has("elapsedMs")).isTrue();
        assertThat(j.get("total").asInt()).isGreaterThanOrEqualTo(5);
        JsonNode hit = j.get("hits").get(0);
        for (String field : new String[]{"id", "paper", "date", "page", "kicker", "title", "snippet"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(j.get("hits")).hasSize(5);
        ParseCommandTest.Run dated = run("search", "--db", db, "--json", "--from", "2020-09-01", "--to", "2020-09-30", "刘章箭");
        for (JsonNode h : PageJson.mapper().readTree(dated.out()).get("hits")) {
            assertThat(h.get("date").asText()).startsWith("2020-09");
        }
    }

    @Test
    void badDatesAndRangesGetOneLineInTheUsersWords() throws Exception {
        run("import", "--db", db, "seeds");
        String[][] cases = {
            {"--from", "2001-13-45", "--from: '2001-13-45' is not a date in the calendar (write YYYY-MM-DD, e.g. 2020-05-12)"},
            {"--to", "+999999999-12-31", "--to: '+999999999-12-31' is not a date (write YYYY-MM-DD, e.g. 2020-05-12)"},
            {"--from", "2020-2-3", "--from: '2020-2-3' is not a date (write YYYY-MM-DD, e.g. 2020-05-12)"},
            {"--to", "2021-02-29", "--to: '2021-02-29' is not a date in the calendar (write YYYY-MM-DD, e.g. 2020-05-12)"},
            {"--limit", "many", "--limit: 'many' is not a whole number"}};
        for (String[] c : cases) {
            ParseCommandTest.Run r = run("search", "--db", db, c[0], c[1], "创城");
            assertThat(r.exit()).as(c[1]).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(c[1]).isEqualTo("baokan search: " + c[2] + "; see 'baokan search --help'\n");
        }
        ParseCommandTest.Run reversed = run("search", "--db", db, "--from", "2020-09-30", "--to", "2020-09-01", "创城");
        assertThat(reversed.exit()).isEqualTo(2);
        assertThat(reversed.err()).isEqualTo(
                "baokan search: --from 2020-09-30 is after --to 2020-09-01: no issue can be in between\n");
        ParseCommandTest.Run id = run("show", "--db", db, "first");
        assertThat(id.err()).isEqualTo("baokan show: ARTICLE_ID: 'first' is not a number (ids are as search and issues"
                + " show them); see 'baokan show --help'\n");
        ParseCommandTest.Run unknown = run("search", "--db", db, "--frm", "2020-01-01", "创城");
        assertThat(unknown.err().strip().lines()).hasSize(1);
        assertThat(unknown.err()).contains("'--frm'", "see 'baokan search --help'");
        ParseCommandTest.Run date = run("import", "--db", db, "--date", "2020-06-31", "seeds");
        assertThat(date.err()).startsWith("baokan import: --date: '2020-06-31' is not a date in the calendar");
    }

    @Test
    void aQueryTooLongToSearchGetsOneLineAndTheOthersAreAnswered() throws Exception {
        run("import", "--db", db, "seeds");
        String pasted = "济宁高新区召开重点工作部署会议".repeat(700); // 10,500 characters
        ParseCommandTest.Run r = run("search", "--db", db, pasted);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("baokan search: the query is 10500 characters long; search takes at most 200\n");
        String words = String.join(" ", java.util.Collections.nCopies(40, "创城"));
        assertThat(run("search", "--db", db, words).err())
                .isEqualTo("baokan search: the query has 40 words and phrases; search takes at most 12\n");
        ParseCommandTest.Run export = run("export-pdf", "--db", db, "--query", pasted, "-o", dir.resolve("x.pdf").toString());
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err().strip().lines()).hasSize(1);
        assertThat(export.err()).contains("10500 characters");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("创城\n" + pasted + "\n刘章箭\n").getBytes(StandardCharsets.UTF_8)));
            ParseCommandTest.Run batch = run("search", "--db", db, "--json", "-");
            assertThat(batch.exit()).isEqualTo(2);
            assertThat(batch.out().strip().split("\n")).hasSize(2);
            assertThat(batch.err()).isEqualTo("baokan search: line 2: the query is 10500 characters long; search takes"
                    + " at most 200\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aLimitOfZeroCountsTheHits() throws Exception {
        run("import", "--db", db, "seeds");
        JsonNode all = PageJson.mapper().readTree(run("search", "--db", db, "--json", "创城").out());
        ParseCommandTest.Run counted = run("search", "--db", db, "--json", "--limit", "0", "创城");
        assertThat(counted.exit()).isZero();
        JsonNode none = PageJson.mapper().readTree(counted.out());
        assertThat(all.get("total").asInt()).isPositive();
        assertThat(none.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(none.get("hits")).isEmpty();
        assertThat(run("search", "--db", db, "--limit", "0", "创城").out())
                .startsWith("创城: " + all.get("total").asInt() + " hits");
    }

    @Test
    void aDashReadsOneQueryPerLineAndPrintsOneObjectPerLine() throws Exception {
        run("import", "--db", db, "seeds");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("创城\n\n刘章箭 -创城\n\"unbalanced\n".getBytes(StandardCharsets.UTF_8)));
            ParseCommandTest.Run r = run("search", "--db", db, "--json", "-");
            assertThat(r.exit()).isZero();
            String[] lines = r.out().strip().split("\n");
            assertThat(lines).hasSize(3);
            assertThat(PageJson.mapper().readTree(lines[0]).get("query").asText()).isEqualTo("创城");
            assertThat(PageJson.mapper().readTree(lines[1]).get("query").asText()).isEqualTo("刘章箭 -创城");
            assertThat(PageJson.mapper().readTree(lines[2]).get("total").asInt()).isZero();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void issuesAndShow() throws Exception {
        run("import", "--db", db, "seeds");
        ParseCommandTest.Run issues = run("issues", "--db", db);
        assertThat(issues.out()).contains("济宁高新新闻", "2020-09-11", "(paper not printed)", "C4 视觉", "(date unknown)");
        JsonNode all = PageJson.mapper().readTree(run("issues", "--db", db, "--json").out());
        assertThat(all).hasSize(5);
        long id = PageJson.mapper().readTree(run("search", "--db", db, "--json", "实战演练").out()).get("hits").get(0).get("id").asLong();
        ParseCommandTest.Run show = run("show", "--db", db, String.valueOf(id));
        assertThat(show.out()).contains("实战演练", "本报记者 邓超 见习记者 周治深 摄", "危险化学品综合应急演练");
        JsonNode json = PageJson.mapper().readTree(run("show", "--db", db, "--json", String.valueOf(id)).out());
        assertThat(json.get("article").get("kind").asText()).isEqualTo("photo");
        ParseCommandTest.Run missing = run("show", "--db", db, "999999");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no article 999999");
    }

    @Test
    void theDefaultArchiveIsFilledWithTheSeedsOnFirstUseButANamedOneNever() throws Exception {
        ParseCommandTest.Run first = run("issues");
        assertThat(first.err()).contains("sample pages");
        assertThat(first.out()).contains("济宁高新新闻");
        assertThat(dir.resolve("userdata").resolve("archive.db")).exists();
        ParseCommandTest.Run second = run("issues");
        assertThat(second.err()).doesNotContain("sample pages");
        run("import", "--db", db, "--json", "seeds/003_2a2e104cf04f8ed9.txt");
        ParseCommandTest.Run named = run("issues", "--db", db);
        assertThat(named.out()).doesNotContain("济宁高新新闻");
        assertThat(named.err()).doesNotContain("sample pages");
    }

    @Test
    void onlyImportMakesAnArchiveThatIsNotThere() throws Exception {
        // a mistyped --db: no command but import makes the file or its folders
        Path typo = dir.resolve("archvie").resolve("archive.db");
        String db = "--db=" + typo;
        String pdf = dir.resolve("out.pdf").toString();
        for (String[] cmd : new String[][]{{"issues", db}, {"search", db, "创城"}, {"show", db, "1"}, {"people", db},
            {"timeline", db, "--person=刘章箭"}, {"gazetteer", db}, {"gazetteer", "alias", db, "太白湖区", "太白湖新区"},
            {"gazetteer", "merge", db, "南池", "太白湖新区"}, {"reextract", db}, {"export-json", db, "--article=1"},
            {"export-pdf", db, "--article=1", "-o", pdf}}) {
            ParseCommandTest.Run r = run(cmd);
            assertThat(r.exit()).as(String.join(" ", cmd)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", cmd)).isEmpty();
            assertThat(r.err().strip().lines()).as(String.join(" ", cmd)).hasSize(1);
            assertThat(r.err()).as(String.join(" ", cmd)).contains("There is no archive at " + typo,
                    "only import makes a new one");
            assertThat(typo.getParent()).as(String.join(" ", cmd)).doesNotExist();
        }
        ParseCommandTest.Run made = run("import", db, "seeds/003_2a2e104cf04f8ed9.txt");
        assertThat(made.exit()).isZero();
        assertThat(typo).exists();
        assertThat(run("issues", db).out()).contains("2019-04-07");
    }

    @Test
    void badArchiveFilesGetOneLineAndExitTwo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a database");
        String db = "--db=" + text;
        String pdf = dir.resolve("out.pdf").toString();
        for (String[] cmd : new String[][]{{"issues", db}, {"search", db, "创城"}, {"import", db, "seeds"},
            {"people", db}, {"timeline", db, "--person=刘章箭"}, {"show", db, "1"}, {"gazetteer", db},
            {"gazetteer", "alias", db, "太白湖区", "太白湖新区"}, {"gazetteer", "merge", db, "南池", "太白湖新区"},
            {"reextract", db}, {"export-json", db, "--article=1"}, {"export-pdf", db, "--article=1", "-o", pdf}}) {
            ParseCommandTest.Run r = run(cmd);
            assertThat(r.exit()).as(String.join(" ", cmd)).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(String.join(" ", cmd)).hasSize(1);
            assertThat(r.err()).as(String.join(" ", cmd)).contains("is not a Baokan archive").doesNotContain("Exception");
        }
        assertThat(dir.resolve("out.pdf")).doesNotExist();
        assertThat(Files.readString(text)).isEqualTo("not a database");
    }
}
