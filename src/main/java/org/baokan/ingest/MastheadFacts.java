package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.time.LocalDate;

/**
 * What a masthead line says; any field may be null.
 *
 * @param date        the Gregorian date printed
 * @param weekday     the weekday as printed ({@code 星期五})
 * @param lunar       the lunar date as printed, without 农历
 * @param issueNumber 年第N期
 * @param totalNumber 总第N期
 * @param invalidDate a printed date that is not a calendar date ({@code 2020年2月30日}), or null
 * @param label       a page label printed in the same line (inner pages: {@code 2020年9月11日 星期五 02 要闻}), or null
 * @param paper       the paper's name printed in the same line ({@code 齐鲁晚报 2020年03月10日}), or the source a
 *                    chrome line names ({@code 来源:晋中日报}), or null
 */
record MastheadFacts(LocalDate date, String weekday, String lunar, Integer issueNumber, Integer totalNumber,
                     String invalidDate, PageLabel label, String paper) {

    static final MastheadFacts NONE = new MastheadFacts(null, null, null, null, null, null, null, null);

    /** What a chrome line says, as masthead facts. */
    static MastheadFacts of(WebChrome.Facts f) {
        return new MastheadFacts(f.date(), null, null, null, f.total(), null, f.label(), f.paper());
    }

    /** Facts of this line, with earlier facts kept where this line says nothing. */
    MastheadFacts mergedOnto(MastheadFacts earlier) {
        return new MastheadFacts(
                earlier.date != null ? earlier.date : date,
                earlier.weekday != null ? earlier.weekday : weekday,
                earlier.lunar != null ? earlier.lunar : lunar,
                earlier.issueNumber != null ? earlier.issueNumber : issueNumber,
                earlier.totalNumber != null ? earlier.totalNumber : totalNumber,
                earlier.invalidDate != null ? earlier.invalidDate : invalidDate,
                earlier.label != null ? earlier.label : label,
                earlier.paper != null ? earlier.paper : paper);
    }
}
