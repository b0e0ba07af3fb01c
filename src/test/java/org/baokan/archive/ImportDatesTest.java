package org.baokan.archive;

import org.baokan.model.DateSource;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.ParsedPage;
import org.baokan.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that prints no year is dated by --date, its file or folder name, or the other pages of its folder in the import. */
class ImportDatesTest {
    @TempDir
    Path dir;

    private static final String DATED = "2020年5月12日\n\n本报济宁讯(记者 张三)8日,某区召开会议,部署工作。\n";
    private static final String UNDATED = "本报济宁讯(记者 李四)5月8日,某街道开展志愿服务活动。\n";

    /** The pages stored, as the archive gives them back. */
    private List<ParsedPage> importInto(Path db, ImportOptions options, Path... inputs) throws Exception {
        try (Archive a = Archive.open(db)) {
            new ImportService(a, PageEnricher.NONE).importFiles(List.of(inputs), options, ImportListener.NONE, () -> false);
            List<ParsedPage> out = new java.util.ArrayList<>();
            for (IssueInfo issue : a.reader().issues()) {
                for (PageInfo p : issue.pages()) {
                    out.add(a.reader().parsedPage(p.id()).orElseThrow());
                }
            }
            return out;
        }
    }

    private static ParsedPage named(List<ParsedPage> pages, String fileName) {
        return pages.stream().filter(p -> p.source().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    @Test
    void theOtherPagesOfTheFolderDateAnUndatedPage() throws Exception {
        Path issue = Files.createDirectories(dir.resolve("scans").resolve("issue"));
        Files.writeString(issue.resolve("p01.txt"), DATED, StandardCharsets.UTF_8);
        Files.writeString(issue.resolve("p02.txt"), UNDATED, StandardCharsets.UTF_8);
        ParsedPage p02 = named(importInto(dir.resolve("a.db"), ImportOptions.NONE, issue), "p02.txt");
        // the page joins the issue page 1 dates; it says which evidence dated it
        assertThat(p02.date()).isEqualTo(LocalDate.of(2020, 5, 12));
        assertThat(p02.warnings()).extracting(Object::toString)
                .contains("no date printed; date from the other pages of the import: 2020-05-12");
        assertThat(p02.articles().get(0).eventDate()).isEqualTo(LocalDate.of(2020, 5, 8));
    }

    @Test
    void pagesOfDifferentDatesDateNoOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(folder.resolve("a.txt"), DATED, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b.txt"), DATED.replace("2020年5月12日", "2020年6月2日"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("c.txt"), UNDATED, StandardCharsets.UTF_8);
        List<ParsedPage> pages = importInto(dir.resolve("b.db"), ImportOptions.NONE, folder);
        assertThat(pages).hasSize(3);
        ParsedPage c = named(pages, "c.txt");
        assertThat(c.date()).isNull();
        assertThat(c.dateSource()).isEqualTo(DateSource.UNKNOWN);
    }

    @Test
    void theFolderNameAndTheArchivistsDate() throws Exception {
        Path day = Files.createDirectories(dir.resolve("2020").resolve("06").resolve("01"));
        Files.writeString(day.resolve("page.txt"), UNDATED, StandardCharsets.UTF_8);
        ParsedPage byFolder = importInto(dir.resolve("c.db"), ImportOptions.NONE, day).get(0);
        assertThat(byFolder.date()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(byFolder.dateSource()).isEqualTo(DateSource.FILE_NAME);
        ParsedPage byArchivist = importInto(dir.resolve("d.db"), new ImportOptions(null, LocalDate.of(2020, 5, 30)), day)
                .get(0);
        assertThat(byArchivist.date()).isEqualTo(LocalDate.of(2020, 5, 30));
        assertThat(byArchivist.dateSource()).isEqualTo(DateSource.ARCHIVIST);
    }
}
