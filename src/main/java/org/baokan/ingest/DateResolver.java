package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.DateSource;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates: checks the masthead's weekday and lunar date, infers an unprinted issue date from
 * datelines and years in the text (and says so), and resolves each article's event date
 * ({@code 9月5日}, {@code 2日上午}) against its dateline and the issue date.
 */
final class DateResolver {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern LEAD_FULL = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    /** A lead that starts with a month and day ({@code 5月26日}); {@link LeadDates} reads it too. */
    static final Pattern LEAD_MONTH_DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})日");
    /** A lead that starts with a day alone ({@code 2日上午}); {@link LeadDates} reads it too. */
    static final Pattern LEAD_DAY = Pattern.compile("^(\\d{1,2})日");
    private static final Pattern LEAD_RELATIVE = Pattern.compile("^(前天|昨天|昨日|今天|今日)");
    /** An event reported in a dateline is not after it by more than this. */
    private static final int SLACK_DAYS = 7;

    private DateResolver() {
    }

    /**
     * The issue date.
     *
     * @param date   the date, or null
     * @param source where it came from
     */
    record IssueDate(LocalDate date, DateSource source) {
    }

    static IssueDate issueDate(MastheadFacts masthead, List<FinishedArticle> articles, List<String> otherText,
                               List<Warning> warnings) {
        if (masthead.invalidDate() != null) {
            warnings.add(Warning.of(WarningKind.DATE_OUT_OF_RANGE, masthead.invalidDate()));
        }
        if (masthead.date() != null) {
            check(masthead, warnings);
            return new IssueDate(masthead.date(), DateSource.MASTHEAD);
        }
        Map<Integer, Integer> monthDays = new TreeMap<>();
        for (FinishedArticle f : articles) {
            if (f.datelineMonth() > 0) {
                monthDays.merge(f.datelineMonth() * 100 + f.datelineDay(), 1, Integer::sum);
            }
        }
        Map<Integer, Integer> years = new TreeMap<>();
        for (FinishedArticle f : articles) {
            Article a = f.article();
            countYears(a.kicker(), years);
            countYears(a.title(), years);
            countYears(a.subtitle(), years);
            for (String p : a.paragraphs()) {
                countYears(p, years);
            }
        }
        for (String s : otherText) {
            countYears(s, years);
        }
        int md = mostFrequentLatest(monthDays);
        int year = mostFrequentLatest(years);
        String mdText = md > 0 ? (md / 100) + "月" + (md % 100) + "日" : null;
        if (md > 0 && year > 0) {
            try {
                LocalDate date = LocalDate.of(year, md / 100, md % 100);
                warnings.add(Warning.of(WarningKind.DATE_INFERRED,
                        date + " (" + mdText + " from the datelines, " + year + " from years in the text)"));
                return new IssueDate(date, DateSource.INFERRED);
            } catch (DateTimeException e) {
                warnings.add(Warning.of(WarningKind.DATE_OUT_OF_RANGE, year + "年" + mdText));
            }
        } else if (md > 0) {
            warnings.add(Warning.of(WarningKind.YEAR_UNKNOWN, "the datelines say " + mdText));
        } else {
            warnings.add(Warning.of(WarningKind.DATE_UNKNOWN));
        }
        return new IssueDate(null, DateSource.UNKNOWN);
    }

    private static void countYears(String s, Map<Integer, Integer> years) {
        // every year of YEAR is followed by 年: a text without one holds none
        if (s == null || s.indexOf('年') < 0) {
            return;
        }
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            years.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
    }

    /** The key seen most often; of equals, the greatest. 0 when empty. */
    private static int mostFrequentLatest(Map<Integer, Integer> counts) {
        int best = 0;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() >= bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static void check(MastheadFacts m, List<Warning> warnings) {
        LocalDate date = m.date();
        if (m.weekday() != null && !weekdayMatches(m.weekday(), date.getDayOfWeek())) {
            warnings.add(Warning.of(WarningKind.WEEKDAY_MISMATCH,
                    m.weekday() + ", but " + date + " is " + weekdayName(date.getDayOfWeek())));
        }
        if (m.lunar() != null) {
            Optional<LunarDates.Lunar> printed = LunarDates.parse(m.lunar());
            if (printed.isEmpty()) {
                warnings.add(Warning.of(WarningKind.LUNAR_UNREADABLE, m.lunar()));
            } else {
                LunarDates.Lunar actual = LunarDates.of(date);
                if (!printed.get().sameDayAs(actual)) {
                    warnings.add(Warning.of(WarningKind.LUNAR_MISMATCH,
                            m.lunar() + ", but " + date + " is " + actual.format()));
                }
            }
        }
    }

    static String weekdayName(DayOfWeek d) {
        return "星期" + "一二三四五六日".charAt(d.getValue() - 1);
    }

    static boolean weekdayMatches(String printed, DayOfWeek d) {
        char c = printed.charAt(printed.length() - 1);
        if (c == '天') {
            c = '日';
        }
        return "一二三四五六日".indexOf(c) == d.getValue() - 1;
    }

    /**
     * The date of the event an article's lead reports, or null.
     *
     * @param lead      the first paragraph (after the dateline)
     * @param month     the dateline's month, or 0
     * @param day       the dateline's day, or 0
     * @param issueDate the issue date, or null (then only a lead with its own year resolves)
     */
    static LocalDate eventDate(String lead, int month, int day, LocalDate issueDate, List<Warning> warnings) {
        if (lead == null || lead.isEmpty()) {
            return null;
        }
        String s = lead.replace(" ", "");
        Matcher full = LEAD_FULL.matcher(s);
        if (full.lookingAt()) {
            return date(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                    Integer.parseInt(full.group(3)), warnings);
        }
        LocalDate ref = reference(month, day, issueDate);
        if (ref == null) {
            return null;
        }
        Matcher md = LEAD_MONTH_DAY.matcher(s);
        if (md.lookingAt()) {
            LocalDate d = date(ref.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)), warnings);
            if (d != null && d.isAfter(ref.plusDays(SLACK_DAYS))) {
                d = date(ref.getYear() - 1, d.getMonthValue(), d.getDayOfMonth(), warnings);
            }
            return d;
        }
        Matcher dd = LEAD_DAY.matcher(s);
        if (dd.lookingAt()) {
            int dayOfMonth = Integer.parseInt(dd.group(1));
            LocalDate base = dayOfMonth > ref.getDayOfMonth() + 1 ? ref.minusMonths(1) : ref;
            return date(base.getYear(), base.getMonthValue(), dayOfMonth, warnings);
        }
        Matcher rel = LEAD_RELATIVE.matcher(s);
        if (rel.lookingAt()) {
            switch (rel.group(1)) {
                case "前天":
                    return ref.minusDays(2);
                case "昨天":
                case "昨日":
                    return ref.minusDays(1);
                default:
                    return ref;
            }
        }
        return null;
    }

    /** The dateline's date in the issue's year (the year before if that would be after the issue), else the issue date. */
    private static LocalDate reference(int month, int day, LocalDate issueDate) {
        if (issueDate == null) {
            return null;
        }
        if (month <= 0) {
            return issueDate;
        }
        try {
            LocalDate d = LocalDate.of(issueDate.getYear(), month, day);
            return d.isAfter(issueDate.plusDays(SLACK_DAYS)) ? d.minusYears(1) : d;
        } catch (DateTimeException e) {
            return issueDate;
        }
    }

    private static LocalDate date(int y, int m, int d, List<Warning> warnings) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            warnings.add(Warning.of(WarningKind.DATE_OUT_OF_RANGE, m + "月" + d + "日"));
            return null;
        }
    }
}
