package org.baokan.archive;

import org.baokan.model.IssueInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 今日导读 entries of real pages, linked as pages arrive (issue 14): seed 002, the front page of
 * 济宁高新新闻 of 2020-05-12, prints 集裝箱餐饮特色小镇火爆开街 without a page number; a page 04 of
 * that issue holding the story (in simplified characters, with a space in its title) is written
 * for this test.
 */
class GuideLinksTest {
    static final String PAGE_04 = "/archive/gaoxin-2020-05-12-p04.txt";
    private static final String ENTRY = "集裝箱餐饮特色小镇火爆开街";

    @TempDir
    Path dir;

    @Test
    void anEntryWithoutAPageLeadsToTheStoryOfItsTitleWhenThatArrivesLater() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            ImportService service = new ImportService(a, PageEnricher.NONE);
            service.importSeeds(ImportListener.NONE);
            assertThat(entry(a).resolved()).as("before the page is in").isFalse();
            importPage04(service);
            StoredGuideEntry e = entry(a);
            assertThat(e.resolved()).isTrue();
            StoredArticle story = a.reader().article(e.targetArticleId()).orElseThrow();
            assertThat(story.article().title()).isEqualTo("集装箱餐饮特色小镇 火爆开街");
            assertThat(story.page().number()).isEqualTo("04");
            assertThat(e.targetPageId()).isEqualTo(story.pageId());
        }
    }

    @Test
    void andWhenTheStoryWasInFirst() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            ImportService service = new ImportService(a, PageEnricher.NONE);
            importPage04(service);
            service.importSeeds(ImportListener.NONE);
            StoredGuideEntry e = entry(a);
            assertThat(e.resolved()).isTrue();
            assertThat(a.reader().article(e.targetArticleId()).orElseThrow().article().title())
                    .isEqualTo("集装箱餐饮特色小镇 火爆开街");
            // the issue's other entries are as before: their pages are not in the archive
            assertThat(a.reader().guideOfIssue(issue(a).id())).filteredOn(g -> !g.entry().title().equals(ENTRY))
                    .noneMatch(StoredGuideEntry::resolved);
        }
    }

    private void importPage04(ImportService service) throws Exception {
        Path page = dir.resolve("gaoxin-2020-05-12-p04.txt");
        try (InputStream in = GuideLinksTest.class.getResourceAsStream(PAGE_04)) {
            Files.copy(in, page);
        }
        ImportReport r = service.importFiles(List.of(page), new ImportOptions("济宁高新新闻", LocalDate.of(2020, 5, 12)),
                ImportListener.NONE, () -> false);
        assertThat(r.imported()).isEqualTo(1);
    }

    private static IssueInfo issue(Archive a) throws Exception {
        return a.reader().issues().stream().filter(i -> LocalDate.of(2020, 5, 12).equals(i.date())).findFirst()
                .orElseThrow();
    }

    private static StoredGuideEntry entry(Archive a) throws Exception {
        return a.reader().guideOfIssue(issue(a).id()).stream().filter(g -> g.entry().title().equals(ENTRY))
                .findFirst().orElseThrow();
    }
}
