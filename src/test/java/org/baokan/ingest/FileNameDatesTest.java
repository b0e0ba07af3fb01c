package org.baokan.ingest;

import org.baokan.model.DateSource;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A page that prints no year is dated by its file or folder name, and says which evidence it used. */
class FileNameDatesTest {
    private static final LocalDate JUNE_1 = LocalDate.of(2020, 6, 1);

    @Test
    void theFormsOfADateInAName() {
        assertThat(FileNameDates.ofName("2020-06-01.txt")).isEqualTo(JUNE_1);
        assertThat(FileNameDates.ofName("gaoxin_20200601_p02.txt")).isEqualTo(JUNE_1);
        assertThat(FileNameDates.ofName("2020_06_01 page 2.txt")).isEqualTo(JUNE_1);
        assertThat(FileNameDates.of(Path.of("scans", "2020", "06", "01", "page02.txt"))).isEqualTo(JUNE_1);
        assertThat(FileNameDates.of(Path.of("scans", "2020-06", "01", "page02.txt"))).isEqualTo(JUNE_1);
        assertThat(FileNameDates.of(Path.of("scans", "20200601", "page02.txt"))).isEqualTo(JUNE_1);
    }

    @Test
    void numbersThatAreNoDate() {
        assertThat(FileNameDates.ofName("000_eded2beb79151fe8.txt")).isNull();
        assertThat(FileNameDates.ofName("page_20201345.txt")).isNull();
        assertThat(FileNameDates.ofName("id_1202006011.txt")).isNull();
        assertThat(FileNameDates.ofName("2020-06-01_to_2020-06-08.txt")).isNull();
    }

    @Test
    void theNameDatesAPageThatPrintsNone() throws Exception {
        byte[] text = "本报济宁讯(记者 张三)5月28日,某区召开会议,部署工作。".getBytes(StandardCharsets.UTF_8);
        ParsedPage page = new PageParser().parse(text, "2020-06-01.txt");
        assertThat(page.date()).isEqualTo(JUNE_1);
        assertThat(page.dateSource()).isEqualTo(DateSource.FILE_NAME);
        assertThat(page.articles().get(0).eventDate()).isEqualTo(LocalDate.of(2020, 5, 28));
        assertThat(page.warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("no date printed; date from the file name: 2020-06-01"))
                .noneMatch(w -> w.startsWith("dates on the page give no year"));
        // the archivist's date wins, and a printed one wins over both
        assertThat(new PageParser().parse(text, "2020-06-01.txt", LocalDate.of(2020, 5, 30)).date())
                .isEqualTo(LocalDate.of(2020, 5, 30));
        byte[] printed = "2020年9月11日\n本报讯(记者 张三)5日,某区召开会议。".getBytes(StandardCharsets.UTF_8);
        assertThat(new PageParser().parse(printed, "2020-06-01.txt").date()).isEqualTo(LocalDate.of(2020, 9, 11));
    }
}
