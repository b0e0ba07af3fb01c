package org.baokan.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a lead sentence names ({@code 5月26日,…}, {@code 2日上午,…}), resolved against a reference date. */
public final class LeadDates {
    private static final Pattern DATELINE_MONTH_DAY = Pattern.compile("(\\d{1,2})月(\\d{1,2})日");

    private LeadDates() {
    }

    /** The date, or null when the lead names none or the reference (issue date) is unknown. */
    public static LocalDate resolve(String lead, LocalDate reference) {
        return DateResolver.eventDate(lead, 0, 0, reference, new ArrayList<>());
    }

    /**
     * The month and day of an event whose year nothing on the page gives: the lead's
     * ({@code 5月28日,…}; {@code 28日,…} takes its month from the dateline), else the dateline's.
     * Null when neither prints one.
     *
     * @param lead     the first paragraph, or null
     * @param dateline the dateline ({@code 本报济宁6月1日讯}), or null
     */
    public static MonthDay monthDay(String lead, String dateline) {
        MonthDay filed = null;
        if (dateline != null) {
            Matcher d = DATELINE_MONTH_DAY.matcher(dateline.replace(" ", ""));
            if (d.find()) {
                filed = of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
            }
        }
        if (lead != null) {
            String s = lead.replace(" ", "");
            Matcher md = DateResolver.LEAD_MONTH_DAY.matcher(s);
            if (md.lookingAt()) {
                MonthDay m = of(Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
                if (m != null) {
                    return m;
                }
            }
            Matcher dd = DateResolver.LEAD_DAY.matcher(s);
            if (dd.lookingAt() && filed != null) {
                int day = Integer.parseInt(dd.group(1));
                int month = day > filed.getDayOfMonth() + 1 ? (filed.getMonthValue() + 10) % 12 + 1 : filed.getMonthValue();
                MonthDay m = of(month, day);
                if (m != null) {
                    return m;
                }
            }
        }
        return filed;
    }

    private static MonthDay of(int month, int day) {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
