package org.baokan.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * How an issue is named wherever it is shown: the paper, else that it is not printed; the date as
 * {@code 2020年9月11日}, else that it is unknown.
 */
public final class IssueText {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private IssueText() {
    }

    public static String paper(String paper, ResourceBundle text) {
        return paper == null ? text.getString("render.paperUnknown") : paper;
    }

    public static String date(LocalDate date, ResourceBundle text) {
        return date == null ? text.getString("render.dateUnknown") : DATE.format(date);
    }

    /** {@code 济宁高新新闻 2020年9月11日}. */
    public static String issue(String paper, LocalDate date, ResourceBundle text) {
        return paper(paper, text) + " " + date(date, text);
    }
}
