package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of headline lines into headline groups and names each line kicker, title or
 * subtitle.
 *
 * <p>Markdown levels are hints whose absolute values mean little; what counts is which line is
 * marked as the biggest ({@code #}) or came out doubled (bold). A group has one title: lines
 * before it are its kicker, one line after it is its subtitle, and two or more lines after it
 * start another group (000: {@code 创新共建模式 促进优势互补} / {@code 我市…揭牌} after
 * {@code 定准目标攻山头 跑出发展加速度}). Unmarked groups are read from their wording: a line that
 * ends like a kicker ({@code …时强调}, {@code …会议}), a couplet title ({@code 聚焦民生重点 提升服务质量}),
 * a subtitle's dash, and the lengths of the lines.
 */
final class HeadlineGroups {
    private HeadlineGroups() {
    }

    static List<HeadlineGroup> split(List<TypedLine> lines) {
        return split(lines, "");
    }

    /**
     * @param body the beginning of the story under the run, or "": where it repeats the words on
     *             both sides of a line break, the two lines are one title broken in two
     */
    static List<HeadlineGroup> split(List<TypedLine> lines, String body) {
        List<HeadlineGroup> out = new ArrayList<>();
        splitInto(lines, out, withoutSpacesAndQuotes(body));
        out.replaceAll(HeadlineGroups::partsOnOneLine);
        return out;
    }

    /** A column's name and the title, between a bar: 市县融媒走基层 | 下沉一线,讲好… */
    private static final java.util.regex.Pattern BAR = java.util.regex.Pattern.compile("^(\\S.{1,15}?)\\s*[|｜丨]\\s*(\\S.{3,})$");
    /** A column's name in brackets run into the title: 【区政府工作大事记】2021年7-9月区政府大事记. */
    private static final java.util.regex.Pattern BRACKETED_COLUMN = java.util.regex.Pattern.compile("^(【[^【】]{2,12}】)\\s*(\\S.{3,})$");
    /** A title and its subtitle after a dash, on one line: 牛年第一个休息日跑了十个村——感受… */
    private static final java.util.regex.Pattern DASHED_SUBTITLE = java.util.regex.Pattern.compile("^(\\S.{3,}?)\\s*(?:——|──|--)\\s*(\\S.{3,})$");

    /**
     * A web page prints the parts of a headline group on one line: a column's name before a bar or in
     * brackets (the kicker), a subtitle after a dash.
     */
    static HeadlineGroup partsOnOneLine(HeadlineGroup g) {
        String kicker = unspaced(unbulleted(g.kicker()));
        String title = unspaced(unbulleted(g.title()));
        String subtitle = unbulleted(g.subtitle());
        if (title == null) {
            return kicker == g.kicker() ? g : new HeadlineGroup(kicker, null, subtitle, g.lines());
        }
        if (kicker == null) {
            java.util.regex.Matcher m = BAR.matcher(title);
            if (m.matches() && barSplits(m.group(1), m.group(2))) {
                // the shorter part without a comma is the column's name, wherever it stands
                boolean columnFirst = !hasComma(m.group(1)) && (hasComma(m.group(2)) || m.group(1).length() <= m.group(2).length());
                kicker = columnFirst ? m.group(1) : m.group(2);
                title = columnFirst ? m.group(2) : m.group(1);
            } else {
                m = BRACKETED_COLUMN.matcher(title);
                if (m.matches()) {
                    kicker = m.group(1);
                    title = m.group(2);
                }
            }
        }
        if (subtitle == null) {
            java.util.regex.Matcher m = DASHED_SUBTITLE.matcher(title);
            if (m.matches() && Chars.width(m.group(1)) >= 4 && hasHan(m.group(2))) {
                title = m.group(1);
                subtitle = m.group(2);
            }
        }
        return kicker == g.kicker() && title == g.title() && subtitle == g.subtitle() ? g
                : new HeadlineGroup(kicker, title, subtitle, g.lines());
    }

    /** A list's bullet before a title: {@code • 寻幽古驿道}. */
    private static String unbulleted(String s) {
        if (s == null || s.isEmpty() || "•●▪◆■▶►".indexOf(s.charAt(0)) < 0) {
            return s;
        }
        String rest = s.substring(1).strip();
        return rest.isEmpty() ? s : rest;
    }

    /** A word set with a space after every character: 要 闻 周 报. */
    private static final java.util.regex.Pattern LETTER_SPACED = java.util.regex.Pattern.compile("^(\\p{IsHan} ){2,9}\\p{IsHan}$");

    private static String unspaced(String s) {
        return s != null && LETTER_SPACED.matcher(s).matches() ? s.replace(" ", "") : s;
    }

    /** Both sides of a bar are words, not a date or a counter beside a title. */
    private static boolean barSplits(String a, String b) {
        return hasHan(a) && hasHan(b) && a.codePoints().filter(Chars::isHan).count() >= 2
                && b.codePoints().filter(Chars::isHan).count() >= 4;
    }

    private static boolean hasComma(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('，') >= 0;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(Chars::isHan);
    }

    private static void splitInto(List<TypedLine> all, List<HeadlineGroup> out, String body) {
        // group by group, so that however many headlines stand in a run the stack stays flat
        List<TypedLine> lines = all;
        while (!lines.isEmpty()) {
            int t = firstTitle(lines, 0);
            if (t < 0) {
                unmarked(lines, out, body);
                return;
            }
            List<TypedLine> kickers = lines.subList(0, t);
            if (kickers.size() > 2) {
                unmarked(kickers.subList(0, kickers.size() - 2), out, "");
                kickers = kickers.subList(kickers.size() - 2, kickers.size());
            }
            // one title set in bold over two lines: 田东县芒果 / 冬管促增收
            int titleEnd = t + 1 < lines.size() && firstTitle(lines, t + 1) == t + 1
                    && brokenAcross(lines.get(t), lines.get(t + 1), body) ? t + 2 : t + 1;
            String title = titleEnd == t + 2 ? lines.get(t).text() + lines.get(t + 1).text() : lines.get(t).text();
            int next = firstTitle(lines, titleEnd);
            List<TypedLine> after = lines.subList(titleEnd, next < 0 ? lines.size() : next);
            TypedLine subtitle = null;
            List<TypedLine> rest;
            if (next >= 0) {
                // lines between two titles: a subtitle of the first unless it reads like a kicker of the second
                if (!after.isEmpty() && !HeadlineShape.strongKickerCue(after.get(0).text())
                        && !HeadlineShape.mediumKickerCue(after.get(0).text())) {
                    subtitle = after.get(0);
                    rest = lines.subList(titleEnd + 1, lines.size());
                } else {
                    rest = lines.subList(titleEnd, lines.size());
                }
            } else if (after.size() == 1) {
                subtitle = after.get(0);
                rest = List.of();
            } else {
                rest = after;
            }
            List<TypedLine> used = new ArrayList<>(kickers);
            used.addAll(lines.subList(t, titleEnd));
            if (subtitle != null) {
                used.add(subtitle);
            }
            out.add(new HeadlineGroup(joinLines(kickers), title, subtitle == null ? null : subtitle.text(), used));
            lines = rest;
        }
    }

    /** The first line marked as a title ({@code #} or doubled bold) at or after {@code from}, or -1. */
    private static int firstTitle(List<TypedLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i).line();
            if (l.level() == 1 || l.doubled()) {
                return i;
            }
        }
        return -1;
    }

    private static void unmarked(List<TypedLine> lines, List<HeadlineGroup> out, String body) {
        int n = lines.size();
        if (n == 0) {
            return;
        }
        if (n >= 3 && isDashed(lines.get(n - 1).text())) {
            // a dashed subtitle follows its title; the lines above the title are its kickers
            // (a dashed line among the kickers, ──区委书记访谈录, closes the deck of a series and stays in it)
            boolean coupletKicker = n == 4 && HeadlineShape.isCouplet(lines.get(0).text())
                    && lines.get(1).text().indexOf(' ') < 0 && lines.get(2).text().indexOf(' ') < 0;
            if (n >= 4 && (coupletKicker || brokenTitle(lines.get(n - 3), lines.get(n - 2), body))) {
                // the title broken by the column under its kicker: 创新驱动 蓄势赋能 / 某某生物医药产业 / 集群加速成势 / ——…
                out.add(new HeadlineGroup(joinLines(lines.subList(0, n - 3)), lines.get(n - 3).text() + lines.get(n - 2).text(),
                        lines.get(n - 1).text(), lines));
                return;
            }
            out.add(new HeadlineGroup(joinLines(lines.subList(0, n - 2)), lines.get(n - 2).text(), lines.get(n - 1).text(),
                    lines));
            return;
        }
        int from = 0;
        // two lines at a time while more than three are left
        while (n - from > 3) {
            out.add(pair(lines.get(from), lines.get(from + 1), ""));
            from += 2;
        }
        List<TypedLine> last = lines.subList(from, n);
        if (last.size() == 3 && PLACE_ONLY.matcher(last.get(1).text()).matches()
                && !PLACE_ONLY.matcher(last.get(0).text()).matches() && !HeadlineShape.strongKickerCue(last.get(0).text())) {
            // a title, then a place's name over the next story's title: 白茶园里冬管忙 / 霞浦县沙江镇 / 紫菜采收正当时
            out.add(group(null, last.get(0), null, last.subList(0, 1)));
            out.add(pair(last.get(1), last.get(2), body));
            return;
        }
        if (last.size() == 1) {
            out.add(group(null, last.get(0), null, last));
        } else if (last.size() == 2) {
            // only the last pair stands right above the story
            out.add(pair(last.get(0), last.get(1), body));
        } else {
            out.add(triple(last));
        }
    }

    /** A headline's lead-in: the place or subject it is about, before a colon (北流:, 瓜沥镇:). */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile("^[\\p{IsHan}·]{2,8}[:：]");
    /** The genres a subtitle names: 颍州区…活动侧记, …纪实, 访…县长. */
    private static final java.util.regex.Pattern GENRE_END = java.util.regex.Pattern.compile(
            "(侧记|纪实|速写|综述|手记|访谈录|巡礼|扫描|掠影|观察)$|^访\\p{IsHan}");

    /** The name of a column of briefs: 要闻简报, 一周速读, 简讯, 新闻速递. */
    private static final java.util.regex.Pattern COLUMN_NAME = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}]{0,4}(简报|周报|速读|简讯|快讯|短讯|速递|动态|集锦|短波|播报|一览)$");

    static boolean isColumnName(String s) {
        return COLUMN_NAME.matcher(s.strip()).matches();
    }

    /** A clause of a meeting's agenda: 传达学习…精神, 研究部署…工作, 某某主持会议. */
    private static final java.util.regex.Pattern AGENDA_CLAUSE = java.util.regex.Pattern.compile(
            "^(传达|学习|研究|部署|审议|听取|分析|通报|安排|讨论|总结)\\S*|\\S*(主持|主持会议|出席|出席并讲话|讲话)$");

    /** Every clause of the line is an agenda item. */
    private static boolean isAgenda(String s) {
        String[] clauses = s.strip().split("\\s+");
        if (clauses.length < 2) {
            return false;
        }
        for (String c : clauses) {
            if (!AGENDA_CLAUSE.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two marked lines of the same size that are one title broken by the column: short halves, a
     * first line that breaks off, or a word across the break.
     */
    private static boolean brokenAcross(TypedLine a, TypedLine b, String body) {
        if (a.line().level() != b.line().level() || a.line().doubled() != b.line().doubled()) {
            return false;
        }
        String ta = a.text();
        String tb = b.text();
        if (isDashed(tb) || ta.indexOf(' ') >= 0 || tb.indexOf(' ') >= 0 || HeadlineShape.strongKickerCue(ta)
                || HeadlineShape.mediumKickerCue(ta)) {
            return false;
        }
        return breaksOff(a.key()) || Chars.width(ta) <= 6 && Chars.width(tb) <= 6
                || repeatedAcrossTheBreak(a.key(), b.key(), body) || wordAcrossTheBreak(a.key(), b.key());
    }

    /** Two unmarked lines without a space that are one title the column broke. */
    private static boolean brokenTitle(TypedLine a, TypedLine b, String body) {
        String ta = a.text();
        String tb = b.text();
        if (a.line().level() != 0 || b.line().level() != 0 || ta.indexOf(' ') >= 0 || tb.indexOf(' ') >= 0
                || HeadlineShape.isCouplet(ta) || HeadlineShape.strongKickerCue(ta) || HeadlineShape.mediumKickerCue(ta)) {
            return false;
        }
        return breaksOff(a.key()) || repeatedAcrossTheBreak(a.key(), b.key(), body) || wordAcrossTheBreak(a.key(), b.key());
    }

    /** A place's name and nothing else: 石桥镇, 来凤县百福司镇舍米湖村. */
    private static final java.util.regex.Pattern PLACE_ONLY = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}]{1,14}(省|市|县|区|旗|镇|乡|街道|村|社区|新区|开发区|高新区)$");

    /** A short line without a space: one part of a title broken by the column. */
    private static boolean shortUnspaced(String s) {
        return Chars.width(s) <= 8 && s.indexOf(' ') < 0;
    }

    /** The days a column covers: (5月20日—5月24日), 3月1日至7日. */
    private static final java.util.regex.Pattern DATE_RANGE = java.util.regex.Pattern.compile(
            "^[(（]?\\s*\\d{1,2}月\\d{1,2}日?\\s*[—\\-－~～至]+\\s*(\\d{1,2}月)?\\d{1,2}日\\s*[)）]?$");

    private static boolean isDashed(String s) {
        return s.startsWith("—") || s.startsWith("－－") || s.startsWith("--") || s.startsWith("─");
    }

    /** A first line that cannot end a title: it breaks off before its predicate (《…论述摘编》 / 阿拉伯文版出版发行). */
    private static boolean breaksOff(String key) {
        if (key.isEmpty()) {
            return false;
        }
        if ("》的和与及在为对把将从向于之、“让使给被以".indexOf(key.charAt(key.length() - 1)) >= 0) {
            return true;
        }
        // a verb that takes its object on the next line: 衡南县“一网通办”打通 / 政务服务“最后一公里”
        for (String verb : VERBS_BEFORE_AN_OBJECT) {
            if (key.endsWith(verb) && key.length() > verb.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line starts with a verb whose object follows it: the predicate of a title broken before it. */
    private static boolean startsWithObjectVerb(String key) {
        for (String verb : VERBS_BEFORE_AN_OBJECT) {
            if (key.startsWith(verb) && key.length() > verb.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /** A first line that is a clause of its own: it ends with a verb or a kicker's word. */
    private static boolean breaksOffAsClause(String ta) {
        return HeadlineShape.strongKickerCue(ta) || HeadlineShape.mediumKickerCue(ta) || ta.endsWith("了") || ta.endsWith("！")
                || ta.endsWith("!");
    }

    /** Verbs a headline does not end with: their object follows. */
    private static final List<String> VERBS_BEFORE_AN_OBJECT = List.of("打通", "迈向", "走向", "奔向", "打造", "推动", "助力",
            "赋能", "开启", "谱写", "奏响", "吹响", "跑出", "擦亮", "绘就", "书写", "撑起", "激活", "点亮", "织密", "筑牢", "按下",
            "交出", "成为", "当好", "争当", "搭上", "走出", "迎来", "掀起", "拉开", "铺就", "架起", "托起", "勉励", "寄语", "致信",
            "看望", "慰问", "会见", "点赞", "祝贺", "撬动", "带动", "激发", "释放", "点燃", "唱响", "打出", "跑出", "做强", "做大",
            "做优", "做实", "守护", "守住", "扮靓", "装点", "种出", "长出", "织出", "串起", "鼓起", "富了", "甜了", "红了");

    private static HeadlineGroup pair(TypedLine a, TypedLine b, String body) {
        List<TypedLine> both = List.of(a, b);
        String ta = a.text();
        String tb = b.text();
        int la = a.line().level();
        int lb = b.line().level();
        if (isDashed(tb) || DATE_RANGE.matcher(tb).matches()) {
            // a dashed line, or the span of days a column covers ((5月20日—5月24日)), is the subtitle
            return group(null, a, b, both);
        }
        if (la == 0 && lb == 0 && (breaksOff(a.key()) || Chars.width(ta) <= 5 && Chars.width(tb) <= 5
                && !HeadlineShape.strongKickerCue(ta) && !HeadlineShape.mediumKickerCue(ta)
                || repeatedAcrossTheBreak(a.key(), b.key(), body) || wordAcrossTheBreak(a.key(), b.key())
                || startsWithObjectVerb(b.key()) && !HeadlineShape.isCouplet(ta) && ta.indexOf(' ') < 0 && tb.indexOf(' ') < 0
                && Chars.width(ta) <= 12 && !breaksOffAsClause(ta))) {
            // one title broken over two lines (the second may start with its verb: 某某林下 / 长出“致富菌”)
            return new HeadlineGroup(null, ta + tb, null, both);
        }
        if (HeadlineShape.mediumKickerCue(ta) && isAgenda(tb)) {
            // a meeting and what it did: 州委常委会召开会议 / 传达学习…精神 研究部署…工作 (主题, 副题)
            return group(null, a, b, both);
        }
        if (HeadlineShape.strongKickerCue(ta) || isColumnName(ta) && !isColumnName(tb)) {
            // 要闻简报 over its first item's title: the column's name stands as that item's kicker
            return group(a, b, null, both);
        }
        // the line with a lead-in (北流:…, 耒阳:…) is the main title; a report's genre ends a subtitle (…侧记)
        boolean leadA = LEAD_IN.matcher(ta).lookingAt();
        boolean leadB = LEAD_IN.matcher(tb).lookingAt();
        if (leadB && !leadA && !HeadlineShape.isCouplet(ta)) {
            return group(a, b, null, both);
        }
        if (leadA && !leadB || GENRE_END.matcher(tb).find() && !GENRE_END.matcher(ta).find()) {
            return group(null, a, b, both);
        }
        if (HeadlineShape.isCouplet(ta) && !HeadlineShape.isCouplet(tb)) {
            // a couplet over a statement: marked in size, the couplet is the title (000: ## 创新共建模式 促进优势互补 /
            // ### 我市…揭牌); unmarked, it is the kicker that sets the statement's tone (依托土司文化 发展全域旅游 /
            // 咸丰唐崖镇乡村旅游火起来), as readers of unmarked pages take it
            return la == 0 && lb == 0 ? group(a, b, null, both) : group(null, a, b, both);
        }
        if (la == 0 && lb == 0 && PLACE_ONLY.matcher(ta).matches() && !PLACE_ONLY.matcher(tb).matches()) {
            // a place's name alone over the title: 石桥镇 / 荷塘里种出“致富经”
            return group(a, b, null, both);
        }
        if (la == 0 && lb == 0 && HeadlineShape.mediumKickerCue(tb) && !HeadlineShape.mediumKickerCue(ta)
                && !HeadlineShape.isCouplet(tb) && ta.indexOf(' ') < 0 && !breaksOff(a.key())) {
            // an image over the event it introduces: 桃花灼灼映雪山 / 第二十届…文化节开幕 (引题, 主题)
            return group(a, b, null, both);
        }
        if (la > 0 && lb > la) {
            return group(null, a, b, both);
        }
        if (lb > 0 && la > lb) {
            return group(a, b, null, both);
        }
        if (Chars.width(ta) < 0.6 * Chars.width(tb) && !HeadlineShape.mediumKickerCue(ta)) {
            return group(null, a, b, both);
        }
        return group(a, b, null, both);
    }

    /**
     * Whether the story repeats the words on both sides of the break between two lines: a title
     * broken over two lines (伊金霍洛旗苏力德 / 文化旅游节开幕 over …苏力德文化旅游节在…开幕). A kicker and its
     * title are two phrases; what ends one and begins the other does not stand together in the story.
     */
    static boolean repeatedAcrossTheBreak(String a, String b, String body) {
        String ha = withoutSpacesAndQuotes(a);
        String hb = withoutSpacesAndQuotes(b);
        if (body.length() < 8 || ha.length() < 3 || hb.length() < 3) {
            return false;
        }
        for (int left = 1; left <= 3; left++) {
            String across = ha.substring(ha.length() - left) + hb.substring(0, 4 - left);
            if (body.contains(across)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the break between two lines falls inside a word of ICU's dictionary: 建成投 / 产 预计…
     * (投产). A kicker ends, and a title begins, with a word of its own.
     */
    static boolean wordAcrossTheBreak(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || !Chars.isHan(a.charAt(a.length() - 1)) || !Chars.isHan(b.charAt(0))) {
            return false;
        }
        String left = a.substring(Math.max(0, a.length() - 6));
        String right = b.substring(0, Math.min(b.length(), 6));
        boolean[] bounds = ChineseWords.boundaries(left + right, 0);
        return left.length() < bounds.length && !bounds[left.length()];
    }

    /**
     * A text without spaces and quotation marks, whose other marks stay: a story that repeats a
     * kicker and its title as two clauses (…多方向发力,助推…) keeps the comma between them.
     */
    private static String withoutSpacesAndQuotes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && "“”‘’「」『』\"'".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static HeadlineGroup triple(List<TypedLine> l) {
        String t0 = l.get(0).text();
        String t1 = l.get(1).text();
        String t2 = l.get(2).text();
        if (HeadlineShape.strongKickerCue(t1) && !HeadlineShape.strongKickerCue(t0)) {
            // a kicker broken over two lines (002: 刘章箭在调研…年级 / 开学复课工作时强调)
            return new HeadlineGroup(t0 + t1, t2, null, l);
        }
        if (HeadlineShape.isCouplet(t0) && shortUnspaced(t1) && shortUnspaced(t2) && Chars.width(t2) <= Chars.width(t1)
                && !HeadlineShape.mediumKickerCue(t1) && !isDashed(t2)) {
            // a couplet kicker over a title the column broke in two: 抢抓晴好天气 做好冬季管护 / 信宜三华李果园 / 冬管正当时
            return new HeadlineGroup(t0, t1 + t2, null, l);
        }
        return new HeadlineGroup(t0, t1, l.get(2).text(), l);
    }

    private static HeadlineGroup group(TypedLine kicker, TypedLine title, TypedLine subtitle, List<TypedLine> lines) {
        return new HeadlineGroup(kicker == null ? null : kicker.text(), title == null ? null : title.text(),
                subtitle == null ? null : subtitle.text(), lines);
    }

    /** Kicker lines are one kicker broken by the column: joined without a space. */
    private static String joinLines(List<TypedLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (TypedLine t : lines) {
            b.append(t.text());
        }
        return b.toString();
    }
}
