package org.baokan.ingest;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese lunar calendar, through ICU4J's {@link ChineseCalendar}: reads a printed lunar date
 * such as {@code 庚子年七月廿四} and says which lunar date a Gregorian day is, so that a
 * masthead's lunar date can be checked against its Gregorian date.
 */
public final class LunarDates {
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final Pattern PRINTED = Pattern.compile(
            "^(?:([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年)?(闰)?(正|一|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊)月"
                    + "(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十|卅)$");

    private record Calendars(ChineseCalendar chinese, com.ibm.icu.util.GregorianCalendar gregorian) {
    }

    private static final ThreadLocal<Calendars> CALENDARS = ThreadLocal.withInitial(() -> new Calendars(
            new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai")),
            new com.ibm.icu.util.GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"))));

    private LunarDates() {
    }

    /**
     * A lunar date.
     *
     * @param stemBranch the year's sexagenary name ({@code 庚子}), or null when not printed
     * @param leap       whether the month is a leap month (闰)
     * @param month      1–12
     * @param day        1–30
     */
    public record Lunar(String stemBranch, boolean leap, int month, int day) {
        /** The usual printed form: {@code 庚子年七月廿四}, {@code 闰四月初一}. */
        public String format() {
            String y = stemBranch == null ? "" : stemBranch + "年";
            String m = (leap ? "闰" : "") + (month == 1 ? "正" : numeral(month)) + "月";
            return y + m + dayName(day);
        }

        /** Whether this printed date names the same lunar day as the other (the year only if both have one). */
        public boolean sameDayAs(Lunar other) {
            boolean yearOk = stemBranch == null || other.stemBranch == null || stemBranch.equals(other.stemBranch);
            return yearOk && leap == other.leap && month == other.month && day == other.day;
        }
    }

    /** The lunar date of a Gregorian day (China Standard Time). */
    public static Lunar of(LocalDate date) {
        // the calendars cost more to make than to use: one pair per thread
        Calendars c = CALENDARS.get();
        ChineseCalendar cc = c.chinese();
        com.ibm.icu.util.GregorianCalendar g = c.gregorian();
        g.clear();
        g.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
        cc.setTime(g.getTime());
        int cycleYear = cc.get(ChineseCalendar.YEAR);
        String stemBranch = "" + STEMS.charAt((cycleYear - 1) % 10) + BRANCHES.charAt((cycleYear - 1) % 12);
        return new Lunar(stemBranch, cc.get(ChineseCalendar.IS_LEAP_MONTH) == 1, cc.get(ChineseCalendar.MONTH) + 1,
                cc.get(ChineseCalendar.DAY_OF_MONTH));
    }

    /** Reads a printed lunar date ({@code 庚子年七月廿四}, {@code 四月二十}, {@code 闰四月初一}); empty if unreadable. */
    public static Optional<Lunar> parse(String printed) {
        String s = printed.replace(" ", "").replaceFirst("^农历", "");
        Matcher m = PRINTED.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = monthNumber(m.group(3));
        int day = dayNumber(m.group(4));
        return Optional.of(new Lunar(m.group(1), m.group(2) != null, month, day));
    }

    private static int monthNumber(String s) {
        switch (s) {
            case "正":
                return 1;
            case "冬":
                return 11;
            case "腊":
                return 12;
            default:
                return chineseNumber(s);
        }
    }

    private static int dayNumber(String s) {
        if (s.startsWith("初")) {
            return chineseNumber(s.substring(1));
        }
        if (s.startsWith("廿")) {
            return 20 + chineseNumber(s.substring(1));
        }
        if (s.equals("卅")) {
            return 30;
        }
        return chineseNumber(s);
    }

    /** 一…十, 十一…十九, 二十, 三十. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        if (s.isEmpty()) {
            return 0;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n <= 10) {
            return n == 10 ? "十" : String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + digits.charAt(n - 10);
        }
        return "" + digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    static String dayName(int day) {
        if (day <= 10) {
            return "初" + numeral(day);
        }
        if (day < 20) {
            return numeral(day);
        }
        if (day == 20) {
            return "二十";
        }
        if (day < 30) {
            return "廿" + numeral(day - 20);
        }
        return "三十";
    }
}
