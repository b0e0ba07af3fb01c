package org.baokan.bench;

import org.baokan.ingest.LunarDates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A synthetic archive built from the seed pages: page k is seed k mod 5 with every date moved by
 * k days (and the masthead's weekday and lunar date recomputed), so every page is distinct and
 * dated, and the text keeps the seeds' shape.
 */
public final class SyntheticPages {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern WEEKDAY = Pattern.compile("星期[一二三四五六日天]");
    private static final Pattern LUNAR = Pattern.compile("农历[甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年闰正一二三四五六七八九十冬腊月初廿卅]+");

    private SyntheticPages() {
    }

    /** Writes {@code count} pages into {@code folder} (reusing them if already there); returns their total size. */
    public static long generate(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        long bytes = 0;
        for (int k = 0; k < count; k++) {
            Path file = folder.resolve(String.format("page-%05d.txt", k));
            if (!Files.exists(file)) {
                // a footer line makes every page distinct even where a page's dates repeat yearly (004 prints no year)
                String text = shift(seeds.get(k % seeds.size()), k) + "\n\n责任编辑：样张" + k + "\n";
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            bytes += Files.size(file);
        }
        return bytes;
    }

    /** The page with every date moved by {@code days}. */
    static String shift(String text, int days) {
        StringBuilder out = new StringBuilder();
        Matcher m = FULL_DATE.matcher(text);
        LocalDate masthead = null;
        while (m.find()) {
            LocalDate d = safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            LocalDate moved = d == null ? null : d.plusDays(days);
            if (masthead == null) {
                masthead = moved;
            }
            m.appendReplacement(out, moved == null ? m.group()
                    : moved.getYear() + "年" + moved.getMonthValue() + "月" + moved.getDayOfMonth() + "日");
        }
        m.appendTail(out);
        String s = out.toString();
        out = new StringBuilder();
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            LocalDate d = safe(2020, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            LocalDate moved = d == null ? null : d.plusDays(days);
            m.appendReplacement(out, moved == null ? m.group() : moved.getMonthValue() + "月" + moved.getDayOfMonth() + "日");
        }
        m.appendTail(out);
        s = out.toString();
        if (masthead != null) {
            final LocalDate date = masthead;
            s = WEEKDAY.matcher(s).replaceFirst(weekday(date.getDayOfWeek()));
            s = LUNAR.matcher(s).replaceFirst("农历" + LunarDates.of(date).format());
        }
        return s;
    }

    private static String weekday(DayOfWeek d) {
        return "星期" + "一二三四五六日".charAt(d.getValue() - 1);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
