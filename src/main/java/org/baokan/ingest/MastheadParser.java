package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads masthead lines: the date ({@code 2020年9月11日}), weekday ({@code 星期五}), lunar date
 * ({@code 农历庚子年七月廿四}), issue numbers ({@code 高新区报总第478期 2020年第50期}) and the
 * slogan line. A line counts as a masthead line only when such items make up all of it, so a
 * sentence that mentions a date is never taken for the masthead.
 */
final class MastheadParser {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** 二〇二〇年九月十一日: dates in Chinese numerals. */
    private static final Pattern CN_DATE = Pattern.compile(
            "([〇零○一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern WEEKDAY = Pattern.compile("(星期[一二三四五六日天]|周[一二三四五六日])");
    private static final Pattern LUNAR = Pattern.compile("农历\\s*([甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年闰正一二三四五六七八九十冬腊月初廿卅]+)");
    private static final Pattern TOTAL = Pattern.compile("([\\p{IsHan}]{0,8}?)总第\\s*(\\d+)\\s*期");
    private static final Pattern YEAR_ISSUE = Pattern.compile("(\\d{4})\\s*年\\s*第\\s*(\\d+)\\s*期");
    private static final Pattern ISSUE = Pattern.compile("第\\s*(\\d+)\\s*期");
    private static final Pattern PAGES_TODAY = Pattern.compile("(今日|本期)\\s*\\d+\\s*版");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s·・•‧∙|｜/／,，、()（）\\[\\]【】]*");
    /** 活力·魅力·热点·焦点: short words joined by middle dots. */
    private static final Pattern SLOGAN = Pattern.compile("^[\\p{IsHan}]{2,6}(\\s*[·・•‧∙/／|]\\s*[\\p{IsHan}]{2,6}){2,}$");

    private MastheadParser() {
    }

    /** The facts of a masthead line, or empty when the line is anything else. */
    static Optional<MastheadFacts> parse(String text) {
        return parse(text, text);
    }

    /**
     * The facts of a masthead line, read from its {@code key} (the folded text) with names cut from
     * the printed {@code text}; empty when the line is anything else.
     */
    static Optional<MastheadFacts> parse(String text, String key) {
        if (key.length() > 60 || !mayHoldMasthead(key)) {
            return Optional.empty();
        }
        String rest = key;
        LocalDate date = null;
        String invalid = null;
        Matcher m = DATE.matcher(rest);
        Matcher iso = ISO_DATE.matcher(rest);
        if (m.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                invalid = m.group();
            }
            rest = remove(rest, m);
        } else if (iso.find()) {
            try {
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                invalid = iso.group();
            }
            rest = remove(rest, iso);
        } else {
            m = CN_DATE.matcher(rest);
            if (m.find()) {
                try {
                    date = LocalDate.of(chineseYear(m.group(1)), LunarDates.chineseNumber(m.group(2)),
                            LunarDates.chineseNumber(m.group(3)));
                } catch (DateTimeException e) {
                    invalid = m.group();
                }
                rest = remove(rest, m);
            }
        }
        String weekday = null;
        m = WEEKDAY.matcher(rest);
        if (m.find()) {
            weekday = text.substring(m.start(1), m.end(1));
            rest = remove(rest, m);
        }
        String lunar = null;
        m = LUNAR.matcher(rest);
        if (m.find()) {
            lunar = text.substring(m.start(1), m.end(1));
            rest = remove(rest, m);
        }
        Integer total = null;
        m = TOTAL.matcher(rest);
        if (m.find()) {
            total = Integer.valueOf(m.group(2));
            rest = remove(rest, m);
        }
        Integer issue = null;
        m = YEAR_ISSUE.matcher(rest);
        if (m.find()) {
            issue = Integer.valueOf(m.group(2));
            rest = remove(rest, m);
        } else {
            m = ISSUE.matcher(rest);
            if (m.find()) {
                issue = Integer.valueOf(m.group(1));
                rest = remove(rest, m);
            }
        }
        m = PAGES_TODAY.matcher(rest);
        if (m.find()) {
            rest = remove(rest, m);
        }
        boolean any = date != null || invalid != null || weekday != null || lunar != null || total != null || issue != null;
        if (!any) {
            return Optional.empty();
        }
        PageLabel label = null;
        String paper = null;
        if (date != null) {
            // a time of day and a weekday left blank (星期) say nothing more
            rest = removeAll(removeAll(rest, TIME), BLANK_WEEKDAY);
            rest = withoutNavigation(rest);
        }
        if (!SEPARATORS.matcher(rest).matches()) {
            // an inner page's header line: the date and the page's label; or the paper's name and the date
            if (date == null) {
                return Optional.empty();
            }
            label = innerPageLabel(rest.strip()).orElse(null);
            if (label == null) {
                Matcher name = PAPER_FIRST.matcher(rest);
                if (!name.matches()) {
                    return Optional.empty();
                }
                paper = text.substring(name.start(1), name.end(1));
                String after = name.group(2).strip();
                if (!after.isEmpty()) {
                    label = innerPageLabel(after).orElse(null);
                    if (label == null) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.of(new MastheadFacts(date, weekday, lunar, issue, total, invalid, label, paper));
    }

    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(:\\d{2})?(?!\\d)");
    private static final Pattern BLANK_WEEKDAY = Pattern.compile("星期(?![一二三四五六日天])");
    /** The paper's name before or after the date: 齐鲁晚报 2020年03月10日, 济宁日报2018-06-12 08:55. */
    private static final Pattern PAPER_FIRST = Pattern.compile(
            "^\\s*([\\p{IsHan}]{2,10}(?:新闻|日报|晚报|早报|晨报|时报|周报|商报|导报|都市报|报))(.*)$");
    private static final java.util.Set<String> NAVIGATION = java.util.Set.of("首页", "PDF版", "PDF", "PDF版阅读", "上一版",
            "下一版", "编印");

    /** The line without navigation words: 2025年03月14日 首页 第01版:. */
    private static String withoutNavigation(String rest) {
        String out = rest;
        for (String n : NAVIGATION) {
            int at;
            while ((at = out.indexOf(n)) >= 0) {
                out = out.substring(0, at) + " ".repeat(n.length()) + out.substring(at + n.length());
            }
        }
        return out;
    }

    private static String removeAll(String s, Pattern p) {
        Matcher m = p.matcher(s);
        String out = s;
        while (m.find()) {
            out = out.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + out.substring(m.end());
        }
        return out;
    }

    private static final Pattern LABEL_FIRST = Pattern.compile(
            "^(?:第\\s*)?([A-Za-z]{0,2}\\d{1,3}[A-Za-z]?)\\s*版?[\\s:：·|]*([\\p{IsHan}·]{2,8})?$");
    private static final Pattern SECTION_FIRST = Pattern.compile("^([\\p{IsHan}]{2,6})[\\s:：·|]*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版?$");

    private static Optional<PageLabel> innerPageLabel(String rest) {
        Matcher m = LABEL_FIRST.matcher(rest);
        if (m.matches() && (m.group(2) != null || rest.contains("版"))) {
            return Optional.of(new PageLabel(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2)));
        }
        m = SECTION_FIRST.matcher(rest);
        if (m.matches()) {
            return Optional.of(new PageLabel(m.group(2).toUpperCase(java.util.Locale.ROOT), m.group(1)));
        }
        return Optional.empty();
    }

    private static int chineseYear(String digits) {
        int y = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            y = y * 10 + (c == '〇' || c == '零' || c == '○' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        }
        return y;
    }

    /** Every masthead item holds one of these characters; most lines hold none and need no regular expression. */
    private static boolean mayHoldMasthead(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '年' || c == '星' || c == '周' || c == '农' || c == '期' || c == '-' || c == '/') {
                return true;
            }
        }
        return false;
    }

    static boolean isSlogan(String text) {
        boolean separated = false;
        for (int i = 0; i < text.length() && !separated; i++) {
            separated = "·・•‧∙/／|".indexOf(text.charAt(i)) >= 0;
        }
        return separated && SLOGAN.matcher(text).matches();
    }

    /** Blanks out what a pattern matched, keeping positions: names are cut from the printed text at the same places. */
    private static String remove(String s, Matcher m) {
        return s.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + s.substring(m.end());
    }
}
