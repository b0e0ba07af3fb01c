package org.baokan.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date that a page's file or folder name gives: {@code 2020-06-01.txt}, {@code 20200601_p02.txt},
 * {@code 2020_06_01}, or folders {@code 2020/06/01/} and {@code 2020-06/01/}. A page that prints no
 * year is dated by it, and says so.
 */
public final class FileNameDates {
    private static final Pattern IN_NAME = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})[-_.]?(0[1-9]|1[0-2])");
    private static final Pattern TWO_DIGITS = Pattern.compile("0[1-9]|[12]\\d|3[01]|1[0-2]");

    private FileNameDates() {
    }

    /** The date in a file's name, or null. */
    public static LocalDate ofName(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = IN_NAME.matcher(fileName);
        LocalDate found = null;
        while (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                if (found != null && !found.equals(d)) {
                    // two different dates in one name: neither can be trusted
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** The date the file's name gives, else the one its folders give ({@code 2020/06/01/page.txt}), or null. */
    public static LocalDate of(Path file) {
        if (file == null || file.getFileName() == null) {
            return null;
        }
        LocalDate d = ofName(file.getFileName().toString());
        if (d != null) {
            return d;
        }
        Path dir = file.getParent();
        if (dir == null || dir.getFileName() == null) {
            return null;
        }
        d = ofName(dir.getFileName().toString());
        if (d != null) {
            return d;
        }
        // 2020/06/01/ and 2020-06/01/
        String day = dir.getFileName().toString();
        Path up = dir.getParent();
        if (up == null || up.getFileName() == null || !TWO_DIGITS.matcher(day).matches()) {
            return null;
        }
        String month = up.getFileName().toString();
        Matcher ym = YEAR_MONTH.matcher(month);
        if (ym.matches()) {
            return date(ym.group(1), ym.group(2), day);
        }
        Path top = up.getParent();
        if (top != null && top.getFileName() != null && YEAR.matcher(top.getFileName().toString()).matches()
                && TWO_DIGITS.matcher(month).matches()) {
            return date(top.getFileName().toString(), month, day);
        }
        return null;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
