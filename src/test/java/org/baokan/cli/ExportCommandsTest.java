package org.baokan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baokan.format.PageJson;
import org.baokan.model.ParsedPage;
import org.baokan.UserDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** export-pdf and export-json as the user runs them: selections, and every way the output can be wrong. */
class ExportCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private UserDataDir dataDir;

    @BeforeEach
    void setUp() {
        db = dir.resolve("archive.db").toString();
        dataDir = UserDataDir.use(dir.resolve("userdata"));
        assertThat(ParseCommandTest.run("import", "--db", db, "seeds").exit()).isZero();
    }

    @AfterEach
    void tearDown() {
        dataDir.close();
    }

    private static ParseCommandTest.Run run(String... args) {
        return ParseCommandTest.run(args);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aQueryExportsEveryMatchingArticleInDateOrder() throws Exception {
        Path out = dir.resolve("高新区.pdf");
        ParseCommandTest.Run r = run("export-pdf", "--db", db, "--query", "高新区", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = text(out);
        assertThat(text).contains("检索：高新区");
        // every article opens with its citation; their dates run oldest first
        Matcher m = Pattern.compile("引用 .*?\\[N\\]\\. .*?, (\\d{4}-\\d{2}-\\d{2}|\\[出版日期不详\\])").matcher(text);
        List<String> dates = new ArrayList<>();
        while (m.find()) {
            dates.add(m.group(1));
        }
        ParseCommandTest.Run search = run("search", "--db", db, "--json", "--limit", "100", "高新区");
        int hits = 0;
        for (JsonNode h : PageJson.mapper().readTree(search.out()).get("hits")) {
            hits += "article".equals(h.get("type").asText()) ? 1 : 0;
        }
        assertThat(dates).hasSize(hits);
        List<String> dated = dates.stream().filter(d -> !d.startsWith("[")).toList();
        assertThat(dated).isSorted().contains("2019-08-04", "2020-09-11");
    }

    @Test
    void aPersonExportsTheirTimeline() throws Exception {
        Path out = dir.resolve("liu.pdf");
        ParseCommandTest.Run r = run("export-pdf", "--db", db, "--person", "刘章箭", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertThat(d.getDocumentInformation().getTitle()).contains("刘章箭");
            assertThat(d.getDocumentCatalog().getDocumentOutline()).isNotNull();
        }
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve("a.pdf");
        Files.writeString(out, "the user's own file");
        ParseCommandTest.Run r = run("export-pdf", "--db", db, "--article", "1", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("already exists").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(out)).isEqualTo("the user's own file");
        assertThat(run("export-pdf", "--db", db, "--article", "1", "-o", out.toString(), "--force").exit()).isZero();
        assertThat(text(out)).contains("[N]");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMissingFolderAFolderAsTargetAndTheArchiveItselfAreRefused() throws Exception {
        ParseCommandTest.Run missing = run("export-pdf", "--db", db, "--article", "1", "-o",
                dir.resolve("no/such/folder/x.pdf").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist").doesNotContain("Exception");

        ParseCommandTest.Run folder = run("export-pdf", "--db", db, "--article", "1", "-o", dir.toString(), "--force");
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains("is a folder");

        long before = Files.size(Path.of(db));
        ParseCommandTest.Run archive = run("export-pdf", "--db", db, "--article", "1", "-o", db, "--force");
        assertThat(archive.exit()).isEqualTo(2);
        assertThat(archive.err()).contains("archive");
        assertThat(Files.size(Path.of(db))).isEqualTo(before);
        assertThat(run("show", "--db", db, "1").exit()).isZero();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEmptySelectionOrAnUnknownIdIsRefusedAndWritesNothing() throws Exception {
        Path out = dir.resolve("empty.pdf");
        ParseCommandTest.Run none = run("export-pdf", "--db", db, "--query", "没有这个词语组合", "-o", out.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no article matches");
        ParseCommandTest.Run unknown = run("export-pdf", "--db", db, "--article", "1", "999999", "-o", out.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("999999");
        ParseCommandTest.Run nobody = run("export-pdf", "--db", db, "--person", "无名氏", "-o", out.toString());
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void oneSelectionIsRequired() {
        ParseCommandTest.Run r = run("export-pdf", "--db", db, "-o", dir.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        ParseCommandTest.Run two = run("export-pdf", "--db", db, "--issue", "1", "--query", "创城", "-o",
                dir.resolve("x.pdf").toString());
        assertThat(two.exit()).isEqualTo(2);
    }

    @Test
    void theHelpListsEachOptionOnce() {
        for (String command : new String[]{"export-pdf", "export-json", "print"}) {
            ParseCommandTest.Run help = run(command, "--help");
            assertThat(help.exit()).isZero();
            // the option list: lines that start with an option, not the usage synopsis (indented further)
            List<String> options = help.out().lines().filter(l -> l.matches(" {2,6}-.*")).map(String::strip)
                    .map(l -> l.split("\\s+")[0].replaceAll(",$", "")).toList();
            assertThat(options).as(command).contains("--article=ID...", "--issue=ID", "--page=ID", "--query=Q",
                    "--person=NAME", "--title=TEXT", "--db=PATH").doesNotHaveDuplicates();
        }
    }

    @Test
    void jsonIsTheParseFormatWithTheChosenArticles() throws Exception {
        ParseCommandTest.Run r = run("export-json", "--db", db, "--query", "创城");
        assertThat(r.exit()).as(r.err()).isZero();
        List<ParsedPage> pages = PageJson.readList(r.out());
        assertThat(pages).isNotEmpty();
        assertThat(pages).allSatisfy(p -> assertThat(p.articles()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.paragraphs().stream().anyMatch(t -> t.contains("创城"))
                        || String.valueOf(a.title()).contains("创城") || String.valueOf(a.kicker()).contains("创城")
                        || String.valueOf(a.subtitle()).contains("创城")).isTrue()));
        Path out = dir.resolve("issue.json");
        assertThat(run("export-json", "--db", db, "--issue", "1", "-o", out.toString()).exit()).isZero();
        JsonNode issue = PageJson.mapper().readTree(Files.readString(out));
        assertThat(issue.size()).isEqualTo(1);
        assertThat(issue.get(0).get("articles").size()).isEqualTo(7);
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
