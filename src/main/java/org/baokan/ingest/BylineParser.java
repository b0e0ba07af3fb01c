package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines, bylines and credits in the forms local papers print:
 * {@code 本报济宁8月4日讯(记者 王博文)}, {@code (记者曹俐)}, {@code (记者 薛坤 董绍进 通讯员 庄 亚楠)},
 * {@code 本报讯 记者 张三 通讯员 李四 近日,…} without brackets, byline lines of their own
 * ({@code 本报记者 张三}, {@code (记者 张三)}), photo credits {@code 本报记者 孔茜 通讯员 臧盛博 摄},
 * {@code 文/图 记者 张三}, and the brief column's {@code 本报记者 邓超 整理}.
 */
final class BylineParser {
    /** Role words, longest first so that 本报记者 wins over 记者. */
    private static final String[] REPORTER_ROLES = {"本报特约记者", "本报见习记者", "本报记者", "全媒体记者", "融媒体记者",
        "见习记者", "特约记者", "摄影记者", "首席记者", "实习记者", "记者", "实习生"};
    private static final String[] CORRESPONDENT_ROLES = {"本报通讯员", "特约通讯员", "通讯员"};
    private static final String[] NEUTRAL_ROLES = {"摄影", "本报"};
    private static final String[] PHOTO_ENDINGS = {"文/图", "图/文", "文／图", "摄影", "摄", "供图", "图"};
    private static final String[] EDITOR_ENDINGS = {"整理", "编辑"};

    /** 本报济宁8月4日讯, 本报讯, 本报北京5月3日电, 新华社北京5月3日电. */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:本报|本刊|新华社|中新社|人民网|新华网|央视网|[\\p{IsHan}]{2,6}(?:日报|晚报|新闻网)记者?)"
                    + "[\\p{IsHan}]{0,8}?(?:(\\d{1,2})[\\s\uE000]*月[\\s\uE000]*(\\d{1,2})[\\s\uE000]*日)?[\\s\uE000]*(?:讯|电)");
    private static final Pattern ROLE_WORDS = Pattern.compile("(本报特约记者|本报见习记者|本报记者|全媒体记者|融媒体记者|见习记者"
            + "|特约记者|摄影记者|首席记者|实习记者|本报通讯员|特约通讯员|通讯员|实习生|记者)");
    /** A byline in brackets right after the dateline or at the start of a paragraph. */
    private static final Pattern BRACKETED = Pattern.compile("^[\\s\uE000]*[(（]([^()（）]{1,80})[)）]");
    /** One word of a byline without brackets: a role, a name, or both, perhaps closed by 报道. */
    private static final Pattern BYLINE_TOKEN = Pattern.compile(
            "^(?:本报特约记者|本报见习记者|本报记者|全媒体记者|融媒体记者|见习记者|特约记者|摄影记者|首席记者|实习记者|本报通讯员"
                    + "|特约通讯员|通讯员|实习生|记者)?(?:[\\p{IsHan}]{1,4})?(?:报道)?$");

    private BylineParser() {
    }

    /**
     * A dateline lead.
     *
     * @param dateline the dateline ({@code 本报济宁8月4日讯}), or null
     * @param byline   the byline with its brackets as printed, or null
     * @param names    the byline's names
     * @param month    the dateline's month, or 0
     * @param day      the dateline's day, or 0
     * @param rest     the text that follows
     */
    record Lead(String dateline, String byline, Byline names, int month, int day, String rest) {
    }

    static boolean startsWithDateline(String text) {
        return DATELINE.matcher(text).lookingAt() || startsWithBracketedByline(text);
    }

    private static boolean startsWithBracketedByline(String text) {
        Matcher m = BRACKETED.matcher(text);
        return m.lookingAt() && startsWithRole(m.group(1).strip());
    }

    /** A line that is nothing but a byline: {@code (记者 张三)}, {@code 本报记者 张三 通讯员 李四}. */
    static Optional<Byline> parseBylineLine(String line) {
        String s = line.strip();
        if (s.length() > 40) {
            return Optional.empty();
        }
        Matcher m = BRACKETED.matcher(s);
        String body;
        if (m.lookingAt() && m.end() == s.length()) {
            body = m.group(1).strip();
        } else if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
            body = s;
        } else {
            return Optional.empty();
        }
        if (!startsWithRole(body) || body.startsWith("本报") && !body.startsWith("本报记者") && !body.startsWith("本报通讯员")
                && !body.startsWith("本报特约") && !body.startsWith("本报见习")) {
            return Optional.empty();
        }
        Byline names = parseNames(s, body, Kind.BYLINE);
        if (names.unclear() || names.reporters().isEmpty() && names.correspondents().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    /** Splits a paragraph's beginning into dateline, byline and the rest; empty when it does not start with one. */
    static Optional<Lead> parseLead(String text) {
        String dateline = null;
        int month = 0;
        int day = 0;
        String rest = text;
        Matcher d = DATELINE.matcher(text);
        if (d.lookingAt()) {
            dateline = d.group().replace(" ", "").replace(String.valueOf(CjkSpaces.SOFT_SPACE), "");
            if (d.group(1) != null) {
                month = Integer.parseInt(d.group(1));
                day = Integer.parseInt(d.group(2));
            }
            rest = text.substring(d.end());
        }
        String byline = null;
        Byline names = null;
        Matcher b = BRACKETED.matcher(rest);
        if (b.lookingAt() && startsWithRole(b.group(1).strip())) {
            // a line break inside the byline separated its words: show it as a space
            byline = LineNormalizer.collapseSpaces(b.group().replace(CjkSpaces.SOFT_SPACE, ' ')).strip();
            names = parseNames(byline, b.group(1), Kind.BYLINE);
            rest = rest.substring(b.end());
        }
        if (byline == null && dateline != null) {
            String[] unbracketed = unbracketedByline(rest);
            if (unbracketed != null) {
                byline = unbracketed[0];
                names = parseNames(byline, byline, Kind.BYLINE);
                rest = unbracketed[1];
            }
        }
        if (dateline == null && byline == null) {
            return Optional.empty();
        }
        return Optional.of(new Lead(dateline, byline, names, month, day, rest.strip()));
    }

    /**
     * A byline printed without brackets after the dateline: {@code 本报讯 记者 张三 通讯员 李四 近日,…}.
     * Words are taken while each is a role, a name or both, and the text goes on after a space;
     * returns {byline, rest}, or null.
     */
    private static String[] unbracketedByline(String rest) {
        String s = rest.replace(CjkSpaces.SOFT_SPACE, ' ').stripLeading();
        if (!startsWithRole(s) || s.startsWith("本报") && !s.startsWith("本报记者") && !s.startsWith("本报通讯员")) {
            return null;
        }
        int pos = 0;
        int end = -1;
        boolean name = false;
        while (pos < s.length()) {
            int space = s.indexOf(' ', pos);
            if (space < 0) {
                break;
            }
            String token = s.substring(pos, space);
            if (!BYLINE_TOKEN.matcher(token).matches()) {
                break;
            }
            name |= roleAt(token) == null || token.length() > roleAt(token).length();
            end = space;
            pos = space + 1;
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
            if (token.endsWith("报道")) {
                break;
            }
        }
        if (end < 0 || !name) {
            return null;
        }
        String byline = LineNormalizer.collapseSpaces(s.substring(0, end)).strip();
        return new String[]{byline, s.substring(end).strip()};
    }

    /** A credit line, e.g. {@code 本报记者 孔茜 通讯员 臧盛博 摄}; empty when the line is not one. */
    static Optional<Byline> parseCredit(String line) {
        String s = line.strip();
        if (s.length() > 2 && (s.charAt(0) == '(' || s.charAt(0) == '（')
                && (s.endsWith(")") || s.endsWith("）"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("文/图") || s.startsWith("图/文") || s.startsWith("文／图")) {
            Byline names = parseNames(line.strip(), s.substring(3), Kind.PHOTO);
            return names.unclear() || names.photographers().isEmpty() ? Optional.empty() : Optional.of(names);
        }
        if (s.length() > 60 || s.length() < 3) {
            return Optional.empty();
        }
        Kind kind;
        String body;
        String ending = endingOf(s, PHOTO_ENDINGS);
        if (ending != null) {
            kind = Kind.PHOTO;
        } else {
            ending = endingOf(s, EDITOR_ENDINGS);
            if (ending == null) {
                return Optional.empty();
            }
            kind = Kind.EDITOR;
        }
        body = s.substring(0, s.length() - ending.length()).strip();
        // 图 and 编辑 alone end many ordinary words; demand a role word or a space before them.
        if (body.isEmpty() || ((ending.equals("图") || ending.equals("编辑")) && !startsWithRole(body))) {
            return Optional.empty();
        }
        boolean spaced = s.charAt(s.length() - ending.length() - 1) == ' ';
        if (!spaced && !startsWithRole(body)) {
            return Optional.empty();
        }
        Byline names = parseNames(line.strip(), body, kind);
        if (names.unclear() || names.photographers().isEmpty() && names.editors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    private static String endingOf(String s, String[] endings) {
        for (String e : endings) {
            if (s.endsWith(e) && s.length() > e.length()) {
                return e;
            }
        }
        return null;
    }

    static boolean startsWithRole(String s) {
        return roleAt(s) != null;
    }

    private static String roleAt(String s) {
        for (String[] roles : new String[][]{REPORTER_ROLES, CORRESPONDENT_ROLES, NEUTRAL_ROLES}) {
            for (String r : roles) {
                if (s.startsWith(r)) {
                    return r;
                }
            }
        }
        return null;
    }

    enum Kind { BYLINE, PHOTO, EDITOR }

    /**
     * Reads role words and names. Names are 2–4 Han characters; a single character next to another
     * short piece is one name broken by a space ({@code 庄 亚楠}).
     */
    static Byline parseNames(String raw, String body, Kind kind) {
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        List<String> photographers = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        boolean unclear = false;
        List<String> current = reporters;
        List<String> pieces = new ArrayList<>();
        for (String token : separateRoles(body).strip().split("[\\s\uE000、，,/]+")) {
            String t = token;
            while (!t.isEmpty()) {
                String role = roleAt(t);
                if (role == null) {
                    break;
                }
                flush(pieces, current);
                if (contains(CORRESPONDENT_ROLES, role)) {
                    current = correspondents;
                } else if (contains(REPORTER_ROLES, role)) {
                    current = reporters;
                }
                t = t.substring(role.length());
            }
            if (t.isEmpty()) {
                continue;
            }
            if (!t.codePoints().allMatch(Chars::isHan) || t.length() > 4) {
                unclear = true;
            }
            pieces.add(t);
            // a piece that is already a whole name closes, so that 薛坤 董绍进 stay two names
            if (t.length() >= 2) {
                flush(pieces, current);
            }
        }
        flush(pieces, current);
        for (List<String> list : List.of(reporters, correspondents)) {
            for (String name : list) {
                if (name.length() < 2 || name.length() > 4) {
                    unclear = true;
                }
            }
        }
        if (kind == Kind.PHOTO) {
            photographers.addAll(reporters);
            photographers.addAll(correspondents);
            reporters.clear();
            correspondents.clear();
        } else if (kind == Kind.EDITOR) {
            editors.addAll(reporters);
            editors.addAll(correspondents);
            reporters.clear();
            correspondents.clear();
        }
        return new Byline(kind, raw, reporters, correspondents, photographers, editors, unclear);
    }

    /** Puts a space before each role word, so that {@code 董绍进通讯员} (a line break between them) reads as two tokens. */
    private static String separateRoles(String body) {
        return ROLE_WORDS.matcher(body).replaceAll(" $1 ");
    }

    /**
     * Joins pending pieces into one name: 庄 + 亚楠 = 庄亚楠. A single character left over after a
     * short name belongs to it ({@code 庄亚 楠}).
     */
    private static void flush(List<String> pieces, List<String> into) {
        if (pieces.isEmpty()) {
            return;
        }
        String name = String.join("", pieces);
        pieces.clear();
        if (name.length() == 1 && !into.isEmpty() && into.get(into.size() - 1).length() <= 2) {
            into.set(into.size() - 1, into.get(into.size() - 1) + name);
            return;
        }
        into.add(name);
    }

    private static boolean contains(String[] a, String s) {
        for (String x : a) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
