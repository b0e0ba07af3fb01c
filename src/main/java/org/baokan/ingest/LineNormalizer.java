package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits decoded text into {@link Line}s: counts blank lines, reads markdown heading marks
 * (hints only, their levels are unreliable), repairs doubled bold lines and removes invisible
 * characters. Keeps everything else as it stands.
 */
final class LineNormalizer {
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})\\s*(.*)$");

    private LineNormalizer() {
    }

    static List<Line> normalise(String text) {
        boolean traditional = Scripts.looksTraditional(text);
        String[] rows = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        int blanks = 0;
        for (int i = 0; i < rows.length; i++) {
            String raw = rows[i];
            String clean = listMarks(Scripts.removePinyinGlosses(stripInvisible(raw)));
            if (clean.isBlank()) {
                blanks++;
                continue;
            }
            boolean indented = startsWithIndent(clean);
            String content = withoutPipeDebris(clean.strip());
            int level = 0;
            Matcher m = content.indexOf('#') < 0 ? null : HEADING.matcher(content);
            if (m != null && m.matches() && !m.group(2).isBlank()) {
                level = m.group(1).length();
                content = m.group(2).strip();
            }
            Line before = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            boolean doubled = DoubledText.isDoubled(content)
                    // the short second line of a doubled headline (太太白白…项项目目 / 集集中中观观摩摩)
                    || blanks == 0 && before != null && before.doubled() && DoubledText.isDoubled(content, 2);
            if (doubled) {
                content = DoubledText.undouble(content);
            }
            String[] runIn = level == 0 && !doubled ? splitRunIn(content, traditional) : null;
            if (runIn != null) {
                // a web page's headline run into its story's first line: 我市集中开展…专项行动   本报讯(记者 于哲)…
                lines.add(new Line(i + 1, runIn[0], 0, false, blanks, indented, traditional ? Scripts.fold(runIn[0]) : runIn[0]));
                blanks = 0;
                indented = false;
                content = runIn[1];
            }
            content = collapseSpaces(content);
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (blanks == 0 && previous != null && isLeadIn(previous) && level == previous.level() && !runInSplit(runIn)
                    && continuesLeadIn(content)) {
                // 腾鳌镇: / “菌”字号产业撑起… — a headline's lead-in printed on a line of its own is the headline's start
                String joined = previous.text() + content;
                lines.set(lines.size() - 1, new Line(previous.number(), joined, level, previous.doubled() || doubled,
                        previous.blankBefore(), previous.indented(), traditional ? Scripts.fold(joined) : joined));
                continue;
            }
            lines.add(new Line(i + 1, content, level, doubled, blanks, indented,
                    traditional ? Scripts.fold(content) : content));
            blanks = 0;
        }
        return lines;
    }

    /**
     * The radical 丶 typed for the list mark 、 between two words (苍南县委常委丶龙港镇委书记): read as
     * the mark it stands for, as the radical is no word of running text.
     */
    static String listMarks(String s) {
        if (s.indexOf('丶') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == '丶' && Chars.isHan(b.charAt(i - 1)) && Chars.isHan(b.charAt(i + 1))) {
                b.setCharAt(i, '、');
            }
        }
        return b.toString();
    }

    /** A place's or a topic's name and a colon, alone on its line ({@code 腾鳌镇:}, {@code 贺兰县：}): what follows it belongs to it. */
    private static final Pattern LEAD_IN = Pattern.compile("^\\p{IsHan}{2,8}[:：]$");

    /** Headings of lists, which head the lines after them and are no part of the first: 相关阅读:, 今日导读:. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^(新闻推荐|相关阅读|推荐阅读|相关新闻|热点推荐|热门推荐|精彩推荐|猜你喜欢|延伸阅读|更多新闻|相关链接|相关报道|今日导读|本期导读|导读"
                    + "|要闻导读|今日看点|本期看点|今日要目|本期要目|往期回顾|版面导航|标题导航)[:：]$");

    private static boolean isLeadIn(Line line) {
        String key = line.key();
        return LEAD_IN.matcher(key).matches() && !LIST_HEADING.matcher(key).matches()
                && !WebChrome.allNavigation(key.substring(0, key.length() - 1)) && !key.startsWith("本期") && !key.endsWith("内容:")
                && !key.endsWith("内容：");
    }

    /** What a lead-in runs into starts with a word or a quote, not a list's number or mark (1.县委书记…, ■…). */
    private static boolean continuesLeadIn(String content) {
        char c = content.charAt(0);
        return (PersonNames.isHan(c) || "“‘《「\"".indexOf(c) >= 0) && !NUMBERED_ITEM.matcher(content).lookingAt();
    }

    private static final Pattern NUMBERED_ITEM = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.．]");

    private static boolean runInSplit(String[] runIn) {
        return runIn != null;
    }

    private static final Pattern PIPE_DEBRIS = Pattern.compile("^\\|\\s+(?=\\S)|(?<=\\S)\\s+\\|$");

    /**
     * A web page's table cells leave a lone {@code |} at the start or end of a text line
     * ({@code …理顺实干思路。 |}); it is markup, like a heading's {@code #}. A line that is only {@code |} stays.
     */
    static String withoutPipeDebris(String s) {
        if (s.indexOf('|') < 0 || s.length() < 3) {
            return s;
        }
        return PIPE_DEBRIS.matcher(s).replaceAll("");
    }

    /** A short head, a wide gap (two spaces or more, or an ideographic space), and a sentence. */
    private static final Pattern BYLINE_RUN_IN = Pattern.compile(
            "^(\\S.{1,40}?)\\s*([(（](?:本报|本网)?(?:记者|通讯员)[^()（）]{1,30}[)）].{10,})$");
    /** A head that ends as a dateline does: it is the story's start, not a headline. */
    private static final Pattern DATELINE_END = Pattern.compile("(讯|电|消息|】)\\s*$");
    /** A head (its clauses may stand apart by one space), a wide gap, and the story. */
    private static final Pattern RUN_IN = Pattern.compile(
            "^(\\S(?:[^\\s\u3000]| (?=[^\\s\u3000])){0,29}?)(?:[ \u3000]{2,}|\u3000)(\\S.{19,})$");

    /** Where a gap of two spaces or an ideographic space starts within the first {@code reach} characters, or -1. */
    private static int gapWithin(String s, int reach) {
        int n = Math.min(s.length() - 1, reach);
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == ' ' && s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static boolean bracketWithin(String s, int reach) {
        int n = Math.min(s.length(), reach);
        for (int i = 2; i < n; i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits a headline run into the first line of its story by a wide gap: the head must have a
     * headline's shape and the rest must be a story's text (a dateline, or a sentence). Null otherwise.
     */
    static String[] splitRunIn(String content, boolean traditional) {
        // a head is at most 30 characters: the gap, or the byline's bracket, stands within the first 44
        int gap = gapWithin(content, 32);
        Matcher m = gap < 0 ? null : RUN_IN.matcher(content);
        if (m == null || !m.matches()) {
            if (!bracketWithin(content, 44)) {
                return null;
            }
            Matcher b = BYLINE_RUN_IN.matcher(traditional ? Scripts.fold(content) : content);
            if (b.matches() && !BylineParser.startsWithDateline(b.group(1)) && HeadlineShape.isShaped(b.group(1))
                    && Chars.width(b.group(1)) <= 30 && !DATELINE_END.matcher(b.group(1)).find()) {
                // a subtitle run into the story's bracketed byline: …联席会议,张世坤要求 (记者 孟梓棋)昨日下午,…
                return new String[]{content.substring(0, b.end(1)), content.substring(b.start(2))};
            }
            return null;
        }
        String head = m.group(1);
        String rest = m.group(2).strip();
        String restKey = traditional ? Scripts.fold(rest) : rest;
        if (!HeadlineShape.isShaped(traditional ? Scripts.fold(head) : head) || Chars.width(head) > 30) {
            return null;
        }
        boolean story = BylineParser.startsWithDateline(restKey)
                || restKey.indexOf('。') >= 0 && (restKey.indexOf('，') >= 0 || restKey.indexOf(',') >= 0);
        return story ? new String[]{head, rest} : null;
    }

    private static boolean startsWithIndent(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == '\u3000' || s.charAt(0) == '\t') {
            return true;
        }
        return s.length() > 1 && s.charAt(0) == ' ' && s.charAt(1) == ' ';
    }

    /** Zero-width characters, BOMs inside the text and no-break spaces carry nothing; the latter becomes a space. */
    static String stripInvisible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060'
                    || (c < 0x20 && c != '\t');
            boolean toSpace = c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t';
            if (drop || toSpace) {
                if (b == null) {
                    b = new StringBuilder(s.length());
                    b.append(s, 0, i);
                }
                if (toSpace) {
                    b.append(' ');
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Whether a line has spaces at its ends, a run of them, or one that is not an ASCII space. */
    private static boolean needsCollapsing(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        if (Chars.isSpace(s.charAt(0)) || Chars.isSpace(s.charAt(n - 1))) {
            return true;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c) && (c != ' ' || Chars.isSpace(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Runs of spaces (including ideographic ones) inside a line become one ASCII space. */
    static String collapseSpaces(String s) {
        if (!needsCollapsing(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
