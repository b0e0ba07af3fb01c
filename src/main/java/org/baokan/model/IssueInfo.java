package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.List;

/**
 * An issue of a paper in the archive: the pages that share a paper and a date.
 *
 * @param id          the archive's id of the issue
 * @param paper       the paper's name, or null when no page names it
 * @param date        the issue date, or null for a page of unknown date (it then is an issue of its own)
 * @param dateSource  where the date came from
 * @param weekday     as printed
 * @param lunarDate   as printed
 * @param issueNumber 年第N期
 * @param totalNumber 总第N期
 * @param pages       its pages in page order
 */
@JsonPropertyOrder({"id", "paper", "date", "dateSource", "weekday", "lunarDate", "issueNumber", "totalNumber", "pages"})
public record IssueInfo(long id, String paper, LocalDate date, DateSource dateSource, String weekday, String lunarDate,
                        Integer issueNumber, Integer totalNumber, List<PageInfo> pages) {
    public IssueInfo {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
