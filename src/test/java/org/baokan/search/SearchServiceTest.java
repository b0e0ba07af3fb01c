package org.baokan.search;

import org.baokan.archive.GuideMatcher;
import org.baokan.ingest.PageParser;
import org.baokan.model.ArticleKind;
import org.baokan.model.StoredArticle;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveWriter;
import org.baokan.store.FtsText;
import org.baokan.store.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Search on a real archive of the seeds plus a few pages written for these tests. */
class SearchServiceTest {
    @TempDir
    Path dir;
    private Archive archive;
    private SearchService search;

    @BeforeEach
    void fill() throws Exception {
        archive = Archive.open(dir.resolve("archive.db"));
        ArchiveWriter w = archive.writer(new GuideMatcher());
        PageParser parser = new PageParser();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) {
                w.store(parser.parse(Files.readAllBytes(p), p.getFileName().toString()), p);
            }
        }
        w.store(parser.parse(String.join("\n", "# 某区新闻", "", "2021年6月1日 星期二", "", "# 集裝箱碼頭擴建完工", "",
                "本报讯(记者 張三)5月30日,某区集裝箱碼頭擴建工程完工,ＡＰＰ同步上线。", "", "# 城市管理 精细服务", "",
                "本报讯(记者 李四)近日,某区推进城市精细化管理,创城工作不放松。").getBytes(StandardCharsets.UTF_8), "extra.txt"), null);
        search = new SearchService(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"城", "创城", "项目", "刘章箭", "重点项目建设", "党工委", "高新区"})
    void queriesOfAnyLengthFindExactlyTheArticlesThatContainThem(String q) throws Exception {
        SearchResult r = search.search(q, SearchIndex.Filter.NONE, 1000);
        List<Long> expected = new ArrayList<>();
        String nq = FtsText.normalize(q);
        for (var issue : archive.reader().issues()) {
            for (StoredArticle a : archive.reader().articlesOfIssue(issue.id())) {
                if (contains(SearchIndex.titleText(a.article()), nq) || contains(SearchIndex.bodyText(a.article()), nq)) {
                    expected.add(a.id());
                }
            }
        }
        List<Long> articleHits = r.hits().stream().filter(h -> h.type().equals(SearchHit.ARTICLE)).map(SearchHit::id).toList();
        assertThat(articleHits).as(q).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).as("the test needs hits for " + q).isNotEmpty();
    }

    /** A term of Han characters matches where they stand together in one field. */
    private static boolean contains(String field, String normalizedQuery) {
        return FtsText.normalize(field).contains(normalizedQuery);
    }

    @Test
    void traditionalAndSimplifiedAndFullAndHalfWidthFormsMatchEachOther() throws Exception {
        SearchResult simplified = search.search("集装箱码头", SearchIndex.Filter.NONE, 20);
        SearchResult traditional = search.search("集裝箱碼頭", SearchIndex.Filter.NONE, 20);
        assertThat(simplified.hits()).extracting(SearchHit::title).containsExactly("集裝箱碼頭擴建完工");
        assertThat(traditional.hits()).extracting(SearchHit::id).isEqualTo(simplified.hits().stream().map(SearchHit::id).toList());
        // the text shown is the original
        assertThat(simplified.hits().get(0).snippet()).contains("«集裝箱碼頭»");
        // ＡＰＰ (full width) in the new page, APP in the seed notice of 001
        assertThat(search.search("app", SearchIndex.Filter.NONE, 20).hits()).extracting(SearchHit::title)
                .contains("集裝箱碼頭擴建完工").anyMatch(t -> t.startsWith("近日，“发现榜样”"));
        assertThat(search.search("张三", SearchIndex.Filter.NONE, 20).hits()).isNotEmpty();
        // the seeds' 今日导读 entry 集裝箱餐饮特色小镇火爆开街 is found in simplified form too
        assertThat(search.search("集装箱餐饮", SearchIndex.Filter.NONE, 20).hits())
                .anySatisfy(h -> {
                    assertThat(h.type()).isEqualTo(SearchHit.GUIDE);
                    assertThat(h.targetInArchive()).isNull();
                });
    }

    @Test
    void allWordsMustMatchPhrasesMatchAsWrittenAndMinusExcludes() throws Exception {
        int both = search.search("刘章箭 创城", SearchIndex.Filter.NONE, 100).total();
        int liu = search.search("刘章箭", SearchIndex.Filter.NONE, 100).total();
        assertThat(both).isPositive().isLessThan(liu);
        int phrase = search.search("\"重点项目建设\"", SearchIndex.Filter.NONE, 100).total();
        int words = search.search("重点项目 建设", SearchIndex.Filter.NONE, 100).total();
        assertThat(phrase).isPositive().isLessThanOrEqualTo(words);
        int withoutChuangCheng = search.search("刘章箭 -创城", SearchIndex.Filter.NONE, 100).total();
        assertThat(withoutChuangCheng).isEqualTo(liu - both);
        assertThat(search.search("-创城", SearchIndex.Filter.NONE, 100).total()).isZero();
    }

    @Test
    void filtersByPaperDateRangeAndKind() throws Exception {
        SearchIndex.Filter paper = new SearchIndex.Filter("济宁高新新闻", null, null, null);
        assertThat(search.search("城", paper, 100).hits()).allMatch(h -> "济宁高新新闻".equals(h.paper()));
        SearchIndex.Filter may = new SearchIndex.Filter(null, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31), null);
        assertThat(search.search("刘章箭", may, 100).hits()).isNotEmpty()
                .allMatch(h -> h.date().getMonthValue() == 5 && h.date().getYear() == 2020);
        SearchIndex.Filter photos = new SearchIndex.Filter(null, null, null, ArticleKind.PHOTO);
        assertThat(search.search("新区", photos, 100).hits()).extracting(SearchHit::title).containsExactly("实战演练");
    }

    @Test
    void headlineWordsRankAboveBodyWords() throws Exception {
        List<SearchHit> hits = search.search("城市管理", SearchIndex.Filter.NONE, 20).hits();
        assertThat(hits.get(0).title()).isEqualTo("城市管理 精细服务");
    }

    @Test
    void hostileInputIsOnlyWordsAndNeverAnError() throws Exception {
        long[] before = archive.reader().counts();
        for (String q : new String[]{"\"unbalanced", "创城\"", "\"\"", "''", "NEAR(创 城)", "创城 OR 1=1", "a AND", "*",
            "title:创城", "^创城", "'; DROP TABLE article; --", "\" OR \"", "(", ")", "-", "--", "- -", "   ", "",
            "\u0000", "创城) OR (城", "{title body}: 城", "\\", "%", "_"}) {
            assertThatCode(() -> search.search(q, SearchIndex.Filter.NONE, 20)).as(q).doesNotThrowAnyException();
        }
        assertThat(search.search("", SearchIndex.Filter.NONE, 20).total()).isZero();
        assertThat(search.search("创城 OR 1=1", SearchIndex.Filter.NONE, 20).total()).isZero();
        assertThat(archive.reader().counts()).containsExactly(before);
    }

    @Test
    void aQueryListRunsAsABatchOfIndependentResults() throws Exception {
        for (String q : List.of("创城", "刘章箭", "展鑫")) {
            SearchResult r = search.search(q, SearchIndex.Filter.NONE, 20);
            assertThat(r.query()).isEqualTo(q);
            assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).contains("«"));
        }
    }
}
