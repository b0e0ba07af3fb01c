package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datelines, bylines and credits in the forms local papers and news sites print:
 * {@code 本报济宁8月4日讯(记者 王博文)}, {@code 海曙新闻网讯(李玉飞)}, {@code 东南网龙岩8月9日讯},
 * {@code 【香港商報網訊】記者 常亮 通訊員李世釗報道:}, {@code 新华社北京5月3日电}, byline lines of their own
 * ({@code ■ 本报记者 张梦鹤 宁美红}, {@code □通讯员 黄倩云 姜一逸}, {@code 湖北日报全媒记者戴劲松 通讯员余安青 李君亮},
 * {@code 记 者 | 张子鹤 赵 鑫}, {@code 全媒體記者:王勃 陶然}), photo credits ({@code 本报记者 孔茜 通讯员 臧盛博 摄},
 * {@code 文/图 记者 张三}, {@code 井娇摄影报道}), an editor's {@code 本报记者 邓超 整理}, and credits at the end of a
 * story ({@code (本报记者 陈振伟)}, {@code (许小燕)}, {@code 记者 文雅 钰涵 摄}).
 *
 * <p>Every rule reads the folded (simplified) text; names are cut from the printed text at the
 * same places. A byline is a sequence of roles and names: a role word, perhaps with the outlet's
 * name before it ({@code 广西云-广西日报记者}), and the names it credits; a closing word
 * ({@code 摄}, {@code 报道}, {@code 整理}) applies to the names before it.
 */
final class BylineParser {
    /** The cores of role words; a byline role is one of these, perhaps with an outlet or a rank before it. */
    private static final String ROLE_CORE = "记者|通讯员|实习生|撰稿人|撰稿|作者|撰文|拍摄者|摄影|摄像|视觉|编辑|读者";
    /** A role word with what may stand before it: 本报记者, 首席记者, 湖北日报全媒记者, 广西云-广西日报记者. */
    private static final Pattern ROLE = Pattern.compile(
            "(?:[\\p{IsHan}]{2,10}(?:日报|晚报|报|新闻网|网|电视台|融媒体中心|传媒中心|新闻中心)(?:·[\\p{IsHan}]{2,6})?\\s+)?"
                    + "(?:[\\p{IsHan}A-Za-z0-9·\\-]{0,12}?(?:本报|本网|本刊|特约|见习|实习|首席|资深|全媒体|融媒体|全媒|融媒|摄影|驻站)?)"
                    + "(" + ROLE_CORE + ")");
    /** A role word exactly: what may stand before a name without a separator ({@code 记者张爱平}). */
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "^(本报特约记者|本报见习记者|本报记者|本网记者|全媒体记者|融媒体记者|全媒记者|融媒记者|见习记者|特约记者|摄影记者"
                    + "|首席记者|实习记者|本报通讯员|特约通讯员|通讯员|实习生|记者|作者|撰文|拍摄者|摄影|视觉|编辑)");
    /** Words that close a credit and apply to the names before them. */
    private static final Pattern CLOSING = Pattern.compile("(摄影报道|摄影|摄|报道|整理|摘编|供图|制图)$");
    private static final Pattern TEXT_AND_PHOTO = Pattern.compile("文\\s*[/／]\\s*图|图\\s*[/／]\\s*文");
    private static final String MARKERS = "□■●▲◆★☆◎○·•—-－─ \u3000";

    /** Agencies and the paper itself: their datelines need no more evidence. */
    private static final String OWN = "本报|本刊|本网|新华社|中新社|人民网|新华网|央视网|中新网|中国新闻网";
    /**
     * A dateline: the paper, an agency or a news site, a place, a date, and 讯, 电 or 消息:
     * {@code 本报济宁8月4日讯}, {@code 东南网龙岩8月9日讯}, {@code 陇西讯}, {@code 中国网·滨海高新讯},
     * {@code 【香港商报网讯】}, {@code 台湾网10月9日开封消息}, {@code 新华社北京5月3日电}.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^(?:【\\s*)?(?:(" + OWN + ")|([\\p{IsHan}A-Za-z·]{2,14}?(?:/[\\p{IsHan}A-Za-z·]{2,10}?)?))[\\p{IsHan}]{0,8}?"
                    + "(?:(\\d{1,2})[\\s\uE000]*月[\\s\uE000]*(\\d{1,2})[\\s\uE000]*日)?[\\p{IsHan}]{0,4}?[\\s\uE000]*(讯|电|消息)"
                    + "(?:[\\s\uE000]*】)?");
    /** The part of a dateline before its date or its 讯, 电, 消息. */
    private static final Pattern DATELINE_HEAD = Pattern.compile("^[【\\[]?\\s*((?:(?!消息)[^\\d讯(（:：\\s\uE000】])+)");
    /** The paper's own datelines and the agencies': they name no outlet of the page. */
    private static final Pattern OWN_DATELINE = Pattern.compile("^[【\\[]?\\s*(" + OWN + ")");
    /** How the name of a news site or paper ends. */
    private static final Pattern OUTLET_END = Pattern.compile("(网|报|在线|电视台|客户端|融媒体中心|新闻)+");

    /**
     * The news site or paper a dateline names ({@code 海曙新闻网讯} → 海曙新闻网, {@code 台湾网10月9日开封消息}
     * → 台湾网, {@code 东南网龙岩8月9日讯} → 东南网), or null for the paper's own (本报讯), an agency
     * (新华社, 人民网) and a dateline of a place (陇西讯). The name as printed (臺海網 stays).
     */
    static String outlet(String dateline) {
        String key = Scripts.fold(dateline);
        Matcher head = DATELINE_HEAD.matcher(key);
        if (!head.find() || OWN_DATELINE.matcher(key).lookingAt()) {
            return null;
        }
        String text = head.group(1);
        int end = -1;
        Matcher m = OUTLET_END.matcher(text);
        while (m.find()) {
            if (m.start() >= 2) {
                end = m.end();
                // the first outlet word ends the name: 东南网|龙岩
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        // a site with its channel stays whole: 中国网·滨海高新
        int dot = text.indexOf('·', end);
        if (dot == end) {
            int stop = end + 1;
            while (stop < text.length() && Character.UnicodeScript.of(text.charAt(stop)) == Character.UnicodeScript.HAN) {
                stop++;
            }
            end = stop;
        }
        return dateline.substring(head.start(1), head.start(1) + end);
    }

    /** How far into a line a dateline's 讯, 电 or 消息 can stand. */
    private static final int DATELINE_REACH = 40;
    /** X讯 words that are not datelines. */
    private static final Pattern NOT_DATELINE = Pattern.compile("(快|简|短|喜|资|通|视|警|速|音|电|新闻|图|家|质)(讯|电|消息)】?$");
    /** What follows a news site's dateline: a byline, a colon, a date, or the text after a space. */
    private static final Pattern AFTER_SITE_DATELINE = Pattern.compile("^([\\s\uE000(（:：】]|记者|通讯员|\\d|据|近日|日前|昨|今|$)");
    /** A byline in brackets right after the dateline or at the start of a paragraph. */
    private static final Pattern BRACKETED = Pattern.compile("^[\\s\uE000]*[(（]([^()（）]{1,80})[)）]");
    /** A credit in brackets at the end of a paragraph: {@code …参加会见。(方洁莹)}. */
    private static final Pattern TRAILING_BRACKETED = Pattern.compile("[(（]([^()（）]{2,40})[)）]\\s*$");

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

    enum Kind { BYLINE, PHOTO, EDITOR }

    /** Whether a (folded) text starts with a dateline or a byline in brackets. */
    static boolean startsWithDateline(String key) {
        return dateline(key) != null || startsWithBracketedByline(key);
    }

    /** The dateline at the start of a folded text, or null. */
    private static Matcher dateline(String key) {
        // every dateline ends in 讯, 电 or 消息 within its first characters; most lines hold none there
        int end = -1;
        for (int i = 0; i < key.length() && i < DATELINE_REACH; i++) {
            char c = key.charAt(i);
            if (c == '讯' || c == '电' || c == '息') {
                end = i + 1;
            }
        }
        if (end < 0) {
            return null;
        }
        Matcher d = DATELINE.matcher(key).region(0, Math.min(key.length(), end + 2));
        if (!d.lookingAt()) {
            return null;
        }
        String word = key.substring(0, d.end()).replaceAll("[\\s\uE000】]", "");
        if (NOT_DATELINE.matcher(word).find() && d.group(1) == null && d.group(3) == null) {
            return null;
        }
        if (d.group(1) == null) {
            // a news site's or a county's dateline: 消息 and 电 need a date or a site; the text goes on as after a dateline
            String kind = d.group(5);
            String site = key.substring(d.start(2), d.start(5)).strip();
            boolean siteLike = site.matches(".*(网|报|在线|社|台|中心|融媒|客户端)");
            if (!kind.equals("讯") && d.group(3) == null && !siteLike) {
                return null;
            }
            if (!AFTER_SITE_DATELINE.matcher(key.substring(d.end())).find()) {
                return null;
            }
        }
        return d;
    }

    private static boolean startsWithBracketedByline(String key) {
        Matcher m = BRACKETED.matcher(key);
        return m.lookingAt() && startsWithRole(m.group(1).strip());
    }

    /**
     * A line that is nothing but a byline: {@code (记者 张三)}, {@code ■ 本报记者 张三 通讯员 李四},
     * {@code 记 者 | 张子鹤 赵 鑫}, {@code (作者:柴晶晶)}, {@code ——读者 沈顺南}.
     */
    static Optional<Byline> parseBylineLine(String line) {
        return parseBylineLine(line, null);
    }

    /** {@link #parseBylineLine(String)} with the line's folded text ({@link Scripts#fold}), or null. */
    static Optional<Byline> parseBylineLine(String line, String folded) {
        String s = line.strip();
        boolean bracketed = s.length() > 3 && (s.charAt(0) == '(' || s.charAt(0) == '（')
                && (s.endsWith(")") || s.endsWith("）"));
        boolean boxed = s.length() > 3 && (s.charAt(0) == '□' || s.charAt(0) == '■');
        if (s.length() > 60 || !holdsRoleCharacter(s) && s.indexOf(':') < 0 && s.indexOf('：') < 0 && s.indexOf('丨') < 0
                && s.indexOf('|') < 0 && !bracketed && !boxed) {
            return Optional.empty();
        }
        String key = s == line && folded != null ? folded : Scripts.fold(s);
        int from = skipMarkers(key, 0);
        String body = s.substring(from);
        String bodyKey = key.substring(from);
        Matcher m = BRACKETED.matcher(bodyKey);
        if (m.lookingAt() && m.end() == bodyKey.length()) {
            body = body.substring(m.start(1), m.end(1));
            bodyKey = bodyKey.substring(m.start(1), m.end(1));
        } else if (bodyKey.indexOf('(') >= 0 || bodyKey.indexOf('（') >= 0) {
            return Optional.empty();
        }
        bodyKey = bodyKey.strip();
        body = body.strip();
        if (!startsWithRole(compactRole(bodyKey)) && !SHORT_ROLE.matcher(bodyKey).lookingAt()) {
            if (from > 0 && "□■".indexOf(key.charAt(0)) >= 0 && !m.lookingAt()) {
                // a credit's box before names alone: □ 张 栩 祖伊美 李晓静
                // (most of them names this parser knows: a rare surname among them, 祖伊美, stays a name)
                Byline bare = parseNames(body, body, Kind.BYLINE);
                if (!bare.unclear() && !bare.all().isEmpty() && bare.all().size() <= 6 && mostlyPlausible(bare)) {
                    return Optional.of(bare.withRaw(s));
                }
            }
            if (m.lookingAt() && m.end() == key.substring(from).length()) {
                // a line that is nothing but names in brackets, the story's last: (郭慧芳), (钱集镇 胡冬梅)
                Byline bare = parseNames(body, body, Kind.BYLINE);
                if (!bare.unclear() && !bare.all().isEmpty() && bare.all().size() <= 3 && allPlausible(bare)) {
                    return Optional.of(bare.withRaw(s));
                }
                Byline afterUnit = namesAfterUnit(body, bodyKey);
                if (afterUnit != null) {
                    return Optional.of(afterUnit.withRaw(s));
                }
            }
            return Optional.empty();
        }
        if (bodyKey.startsWith("读者") && from == 0) {
            return Optional.empty();
        }
        Byline names = parseNames(s, body, Kind.BYLINE);
        if (names.unclear() || names.all().isEmpty()) {
            return Optional.empty();
        }
        if (!names.photographers().isEmpty() && names.reporters().isEmpty() && names.correspondents().isEmpty()) {
            return Optional.of(names.as(Kind.PHOTO));
        }
        return Optional.of(names);
    }

    /** A writer's and a photographer's credit on one line: {@code 记者 管莉莉/文 杨文龙/摄}. */
    private static final Pattern WRITER_THEN_PHOTOGRAPHER = Pattern.compile(
            "^(.{2,24}?)\\s*[/／]\\s*文\\s+(.{2,24}?)\\s*[/／]\\s*(摄影|摄|图)$");

    /** The place or office a correspondent writes for, before the names: 钱集镇 胡冬梅, 县委宣传部 李四. */
    private static final Pattern UNIT = Pattern.compile("^[\\p{IsHan}]{2,10}(镇|乡|街道|县|区|市|村|社区|局|办|中心|所|站|委|部)$");

    /** The names of a bracketed credit that names its writers' place or office first (钱集镇 胡冬梅), or null. */
    static Byline namesAfterUnit(String inner, String innerKey) {
        int space = innerKey.indexOf(' ');
        if (space < 2 || !UNIT.matcher(innerKey.substring(0, space)).matches()) {
            return null;
        }
        String rest = inner.substring(space + 1).strip();
        Byline names = parseNames(rest, rest, Kind.BYLINE);
        return !names.unclear() && !names.all().isEmpty() && names.all().size() <= 3 && allPlausible(names) ? names : null;
    }

    /** One-character roles, only with a separator after them: 文:王湧, 图:王湧 汪昊, 文丨张三. */
    private static final Pattern SHORT_ROLE = Pattern.compile(
            "^(文|图|摄|文字|图片|视频|设计|制图|统筹|策划)\\s*(?:[:：丨|｜]|[/／](?!\\s*[文图]))");

    /** A role word broken by a space at the start ({@code 记 者 | 张子鹤}) read whole, for recognising the line. */
    private static String compactRole(String key) {
        if (key.length() >= 3 && Chars.isHan(key.charAt(0)) && key.charAt(1) == ' ' && Chars.isHan(key.charAt(2))) {
            return key.charAt(0) + key.substring(2);
        }
        return key;
    }

    private static int skipMarkers(String s, int from) {
        int i = from;
        while (i < s.length() && MARKERS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Splits a paragraph's beginning into dateline, byline and the rest; empty when it does not start with one. */
    static Optional<Lead> parseLead(String text) {
        String key = Scripts.fold(text);
        String dateline = null;
        int month = 0;
        int day = 0;
        int at = 0;
        Matcher d = dateline(key);
        if (d != null) {
            dateline = text.substring(0, d.end()).replace(" ", "").replace(String.valueOf(CjkSpaces.SOFT_SPACE), "");
            if (d.group(3) != null) {
                month = Integer.parseInt(d.group(3));
                day = Integer.parseInt(d.group(4));
            }
            at = d.end();
        }
        String byline = null;
        Byline names = null;
        Matcher b = BRACKETED.matcher(key.substring(at));
        if (b.lookingAt()) {
            String inner = text.substring(at + b.start(1), at + b.end(1));
            String innerKey = key.substring(at + b.start(1), at + b.end(1)).strip();
            boolean roles = startsWithRole(innerKey);
            Byline parsed = roles || dateline != null ? parseNames(inner, inner, Kind.BYLINE) : null;
            // after a dateline, a bracket of names alone is the byline: 海曙新闻网讯(李玉飞)
            if (parsed != null && !parsed.all().isEmpty() && (roles || !parsed.unclear() && allPlausible(parsed))) {
                byline = LineNormalizer.collapseSpaces(text.substring(at, at + b.end())
                        .replace(CjkSpaces.SOFT_SPACE, ' ')).strip();
                names = parsed.withRaw(byline);
                at += b.end();
            }
        }
        if (byline == null && dateline != null) {
            int[] span = unbracketedByline(key, at);
            if (span != null) {
                byline = LineNormalizer.collapseSpaces(text.substring(span[0], span[1]).replace(CjkSpaces.SOFT_SPACE, ' '))
                        .strip();
                // the names without the place the reporter writes from: 记者邝嘉怡佛山报道
                String named = LineNormalizer.collapseSpaces(text.substring(span[0], span[3]).replace(CjkSpaces.SOFT_SPACE, ' '))
                        .strip();
                names = parseNames(named, named, Kind.BYLINE).withRaw(byline);
                at = span[2];
            }
        }
        if (dateline == null && byline == null) {
            return Optional.empty();
        }
        String rest = text.substring(at);
        // 鲁南传媒网讯: …, 记者 X 报道: …
        rest = rest.replaceFirst("^[\\s\uE000]*[:：]", "");
        return Optional.of(new Lead(dateline, byline, names, month, day, rest.strip()));
    }

    private static boolean mostlyPlausible(Byline b) {
        int plausible = 0;
        for (String n : b.all()) {
            if (n.length() > 3) {
                return false;
            }
            plausible += PersonNames.isPlausible(Scripts.fold(n)) ? 1 : 0;
        }
        return plausible * 2 > b.all().size();
    }

    private static boolean allPlausible(Byline b) {
        for (String n : b.all()) {
            if (!PersonNames.isPlausible(Scripts.fold(n))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A byline printed without brackets after the dateline: {@code 本报讯 记者 张三 通讯员 李四 近日,…} or
     * {@code 记者 常亮 通讯员李世钊报道:}. Returns {start, end, where the text goes on, where the names end}, or null.
     */
    private static int[] unbracketedByline(String key, int from) {
        int start = from;
        while (start < key.length() && (Chars.isSpace(key.charAt(start)) || key.charAt(start) == CjkSpaces.SOFT_SPACE)) {
            start++;
        }
        String s = key.substring(start);
        if (!startsWithRole(s) || s.startsWith("本报") && !s.startsWith("本报记者") && !s.startsWith("本报通讯员")) {
            return null;
        }
        // closed by 报道: 记者 常亮 通讯员李世钊报道:
        Matcher closed = CLOSED_BY_REPORT.matcher(s);
        if (closed.lookingAt()) {
            String named = closed.group(1);
            Byline b = parseNames(named, named, Kind.BYLINE);
            boolean clean = !b.unclear() && !b.all().isEmpty();
            if (clean && allPlausible(b)) {
                return new int[]{start, start + closed.end(1) + 2, start + closed.end(), start + closed.end(1)};
            }
            // the place the reporter writes from, between the name and 报道: 记者邝嘉怡佛山报道, 记者 张三 北京报道
            for (int cut = 2; cut <= 3 && named.length() > cut + 2; cut++) {
                String place = named.substring(named.length() - cut).strip();
                String rest = named.substring(0, named.length() - cut);
                if (place.length() != cut || !place.codePoints().allMatch(Chars::isHan)) {
                    continue;
                }
                Byline r = parseNames(rest, rest, Kind.BYLINE);
                if (!r.unclear() && !r.all().isEmpty() && allPlausible(r)) {
                    return new int[]{start, start + closed.end(1) + 2, start + closed.end(), start + rest.length()};
                }
            }
            if (clean) {
                return new int[]{start, start + closed.end(1) + 2, start + closed.end(), start + closed.end(1)};
            }
        }
        // words taken while each is a role, a name or both, and the text goes on after a space
        int pos = 0;
        int end = -1;
        boolean name = false;
        while (pos < s.length()) {
            int space = nextSpace(s, pos);
            if (space < 0) {
                break;
            }
            String token = s.substring(pos, space);
            Matcher role = ROLE_PREFIX.matcher(token);
            String rest = role.lookingAt() ? token.substring(role.end()) : token;
            if (rest.endsWith("报道")) {
                rest = rest.substring(0, rest.length() - 2);
            }
            if (!rest.isEmpty() && !(rest.length() <= 4 && rest.codePoints().allMatch(Chars::isHan))) {
                break;
            }
            if (!role.lookingAt() && rest.isEmpty()) {
                break;
            }
            name |= !rest.isEmpty();
            end = space;
            pos = space + 1;
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == CjkSpaces.SOFT_SPACE)) {
                pos++;
            }
            if (token.endsWith("报道")) {
                break;
            }
        }
        if (end < 0 || !name) {
            return null;
        }
        return new int[]{start, start + end, start + end, start + end};
    }

    /** A byline closed by 报道: {@code 记者 常亮 通讯员李世钊报道:}. */
    private static final Pattern CLOSED_BY_REPORT = Pattern.compile("^(.{2,40}?)报道[\\s\uE000]*[:：]?");

    private static int nextSpace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ' ' || s.charAt(i) == CjkSpaces.SOFT_SPACE) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A credit line: {@code 本报记者 孔茜 通讯员 臧盛博 摄}, {@code 文/图 记者 张三}, {@code 记者 唐建/摄},
     * {@code 井娇摄影报道}, {@code (湖北日报全媒记者薛婷摄)}, {@code 本报记者 邓超 整理}; empty when the line is not one.
     */
    static Optional<Byline> parseCredit(String line) {
        return parseCredit(line, Scripts.fold(line));
    }

    /** {@link #parseCredit(String)} with the line's folded text ({@link Scripts#fold}), when the caller has it. */
    static Optional<Byline> parseCredit(String line, String folded) {
        String s = line.strip();
        String key = s == line ? folded : Scripts.fold(s);
        int from = skipMarkers(key, 0);
        String inner = s.substring(from);
        String innerKey = key.substring(from);
        if (innerKey.length() > 2 && (innerKey.charAt(0) == '(' || innerKey.charAt(0) == '（')
                && (innerKey.endsWith(")") || innerKey.endsWith("）"))) {
            inner = inner.substring(1, inner.length() - 1).strip();
            innerKey = innerKey.substring(1, innerKey.length() - 1).strip();
        }
        if (innerKey.length() > 60 || innerKey.length() < 3) {
            return Optional.empty();
        }
        Matcher split = WRITER_THEN_PHOTOGRAPHER.matcher(innerKey);
        if (split.matches()) {
            // 记者 管莉莉/文 杨文龙/摄: the writer's credit, then the photographer's
            Byline writers = parseNames(s, inner.substring(0, split.end(1)), Kind.BYLINE);
            Byline photos = parseNames(s, inner.substring(split.start(2), split.end(2)), Kind.PHOTO);
            if (!writers.unclear() && !photos.unclear() && !writers.all().isEmpty() && !photos.all().isEmpty()) {
                return Optional.of(new Byline(Kind.BYLINE, s, writers.reporters(), writers.correspondents(), photos.photographers(),
                        List.of(), false));
            }
        }
        Matcher tp = TEXT_AND_PHOTO.matcher(innerKey);
        if (tp.lookingAt()) {
            // text and photos by the same people: the story's byline, which does not close it
            Byline names = parseNames(s, inner.substring(tp.end()), Kind.BYLINE);
            return names.unclear() || names.all().isEmpty() ? Optional.empty() : Optional.of(names.withPhotosByWriters());
        }
        Kind kind;
        String ending = ending(innerKey);
        if (ending == null) {
            return Optional.empty();
        }
        boolean textAndPhoto = TEXT_AND_PHOTO.matcher(ending).matches();
        kind = ending.equals("整理") || ending.equals("摘编") || ending.equals("编辑") ? Kind.EDITOR
                : textAndPhoto ? Kind.BYLINE : Kind.PHOTO;
        String bodyKey = innerKey.substring(0, innerKey.length() - ending.length()).replaceAll("[\\s/／]+$", "");
        if (bodyKey.isEmpty()) {
            return Optional.empty();
        }
        boolean spaced = Chars.isSpace(innerKey.charAt(innerKey.length() - ending.length() - 1))
                || "/／".indexOf(innerKey.charAt(innerKey.length() - ending.length() - 1)) >= 0;
        // 图 and 编辑 alone end many ordinary words; demand a role word before them
        if ((ending.equals("图") || ending.equals("编辑")) && !startsWithRole(bodyKey)) {
            return Optional.empty();
        }
        if (!spaced && !startsWithRole(bodyKey) && !(ending.startsWith("摄") && isNameRun(bodyKey)
                && PersonNames.isPlausible(bodyKey))) {
            return Optional.empty();
        }
        Byline names = parseNames(s, inner.substring(0, bodyKey.length()), kind);
        if (names.unclear() || names.all().isEmpty()) {
            return Optional.empty();
        }
        if (!startsWithRole(bodyKey) && !allPlausible(names)) {
            return Optional.empty();
        }
        if (textAndPhoto) {
            // 记者 全志刚 文/图: text and photos by the same people, the story's byline, as 文/图 记者 张三 is
            return Optional.of(names.withPhotosByWriters());
        }
        return Optional.of(names);
    }

    private static String ending(String key) {
        for (String e : new String[]{"摄影报道", "文/图", "图/文", "文／图", "摄影", "摄", "供图", "图", "整理", "摘编", "编辑"}) {
            if (key.endsWith(e) && key.length() > e.length()) {
                return e;
            }
        }
        return null;
    }

    private static boolean isNameRun(String key) {
        return key.length() >= 2 && key.length() <= 4 && key.codePoints().allMatch(Chars::isHan);
    }

    /**
     * A credit at the end of a paragraph: {@code …参加会见。(方洁莹)}, {@code …(本网记者:王浩江)},
     * {@code …“攻坚战”。记者 文雅 钰涵 摄}, {@code …稻谷即将成熟。 朱云平 摄}. Returns where the credit starts
     * in the text and its names, or null.
     */
    static TrailingCredit trailingCredit(String text) {
        String key = Scripts.fold(text).stripTrailing();
        // a bracketed credit is at most 42 characters: only the paragraph's end is searched
        Matcher b = TRAILING_BRACKETED.matcher(key).region(Math.max(0, key.length() - 44), key.length());
        if (b.find() && b.start() > 0) {
            String innerKey = b.group(1).strip();
            String inner = text.substring(b.start(1), b.end(1)).strip();
            Optional<Byline> credit = parseCredit("(" + inner + ")");
            if (credit.isPresent()) {
                return new TrailingCredit(b.start(), credit.get());
            }
            Byline names = parseNames(inner, inner, Kind.BYLINE);
            boolean roles = startsWithRole(innerKey);
            if (!names.unclear() && !names.all().isEmpty() && (roles || allPlausible(names) && names.all().size() <= 3)) {
                return new TrailingCredit(b.start(), names.withRaw(text.substring(b.start(), b.end()).strip()));
            }
            Byline afterUnit = namesAfterUnit(inner, innerKey);
            if (afterUnit != null) {
                return new TrailingCredit(b.start(), afterUnit.withRaw(text.substring(b.start(), b.end()).strip()));
            }
            return null;
        }
        // an unbracketed credit after the last sentence
        int stop = Math.max(key.lastIndexOf('。'), Math.max(key.lastIndexOf('！'), key.lastIndexOf('？')));
        if (stop < 0 || stop == key.length() - 1) {
            return null;
        }
        String tail = text.substring(stop + 1).strip();
        if (tail.length() < 3 || tail.length() > 30) {
            return null;
        }
        Optional<Byline> credit = parseCredit(tail);
        if (credit.isEmpty()) {
            return null;
        }
        int start = stop + 1;
        while (start < text.length() && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        return new TrailingCredit(start, credit.get());
    }

    /** A photo credit closing a caption line: …三期 徐磊 摄, …即将成熟。 朱云平 摄, …(朱吉鹏 摄). */
    private static final Pattern PHOTO_TAIL = Pattern.compile(
            "(?:^|[\\s。！？!?])([(（■□●▲]?\\s*(?:[\\p{IsHan}]{0,10}(?:记者|通讯员|实习生)\\s*)?"
                    // a name broken by a space, as captions set them: ■记者 卞 军 摄
                    + "(?:[\\p{IsHan}]{2,4}|[\\p{IsHan}]\\s[\\p{IsHan}]{1,2})(?:\\s+(?:[\\p{IsHan}]{2,4}|[\\p{IsHan}]\\s[\\p{IsHan}]{1,2})){0,2}"
                    + "\\s*[/／]?\\s*(?:摄影|摄)[)）]?)\\s*$");

    /** A photo credit at the end of a caption line that is not only the credit, or null. */
    static TrailingCredit trailingPhotoCredit(String text) {
        return trailingPhotoCredit(text, null);
    }

    /** {@link #trailingPhotoCredit(String)} with the text folded ({@link Scripts#fold}), or null. */
    static TrailingCredit trailingPhotoCredit(String text, String folded) {
        if (text.indexOf('摄') < 0 && text.indexOf('攝') < 0) {
            return null;
        }
        String key = folded != null ? folded : Scripts.fold(text);
        Matcher m = PHOTO_TAIL.matcher(key);
        if (!m.find() || m.start(1) == 0) {
            return null;
        }
        Optional<Byline> credit = parseCredit(text.substring(m.start(1)));
        return credit.isPresent() && credit.get().kind() == Kind.PHOTO ? new TrailingCredit(m.start(1), credit.get()) : null;
    }

    /**
     * A credit found at the end of a paragraph.
     *
     * @param start  where it starts in the paragraph
     * @param credit its names
     */
    record TrailingCredit(int start, Byline credit) {
    }

    static boolean startsWithRole(String key) {
        if (!holdsRoleWord(key)) {
            return false;
        }
        Matcher m = ROLE.matcher(key);
        if (!m.lookingAt()) {
            return false;
        }
        // an outlet's name before the role must be short and end where the role starts (湖北日报全媒记者)
        return m.start(1) <= 12 || m.start(1) <= 20 && Character.isWhitespace(key.charAt(m.start(1) - 1));
    }

    /** A role word's last character stands within a role's reach of the start: most text holds none there. */
    private static boolean holdsRoleCharacter(String key) {
        for (int i = 0; i < key.length() && i < 20; i++) {
            if (ROLE_LAST.indexOf(Scripts.folded(key.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The last characters of the role words ({@link #ROLE_CORE}). */
    private static final String ROLE_LAST = "者员生人稿作文影像觉辑";
    /** The role words of {@link #ROLE}. */
    private static final Words ROLE_WORDS = new Words(List.of(ROLE_CORE.split("\\|")));
    /** How far into a text {@link #ROLE} lets a role word start: 12 characters of an outlet and a 3-character qualifier. */
    private static final int ROLE_REACH = 15;

    /** Whether a role word starts within {@link #ROLE}'s reach of the start of a (folded) text: most text has none. */
    private static boolean holdsRoleWord(String key) {
        for (int i = 0; i < key.length() && i <= ROLE_REACH; i++) {
            if (ROLE_WORDS.at(key, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads role words and names. Names are 2–4 Han characters; a single character next to another
     * short piece is one name broken by a space ({@code 庄 亚楠}); a role word broken by a space
     * ({@code 记 者}) is read whole.
     */
    static Byline parseNames(String raw, String body, Kind kind) {
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        List<String> photographers = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        boolean unclear = false;
        String text = body.indexOf('/') < 0 && body.indexOf('／') < 0 ? body : TEXT_AND_PHOTO.matcher(body).replaceAll("文图");
        String key = Scripts.fold(text);
        List<int[]> tokens = tokens(key);
        boolean textAndPhoto = false;
        List<String> current = reporters;
        boolean roleJustSeen = false;
        List<String> pieces = new ArrayList<>();
        for (int ti = 0; ti < tokens.size(); ti++) {
            int[] tk = tokens.get(ti);
            String t = text.substring(tk[0], tk[1]);
            String tKey = key.substring(tk[0], tk[1]);
            // a role word broken by a space: 记 者, 视 觉
            if (ti + 1 < tokens.size() && tKey.length() == 1) {
                int[] next = tokens.get(ti + 1);
                String joined = tKey + key.substring(next[0], next[1]);
                Matcher jr = ROLE.matcher(joined);
                if (jr.lookingAt() && jr.start(1) == 0 && jr.end() == joined.length()) {
                    flush(pieces, current);
                    current = bucket(jr.group(1), roleJustSeen ? current : null, reporters, correspondents, photographers, editors);
                    roleJustSeen = true;
                    ti++;
                    continue;
                }
            }
            while (!tKey.isEmpty() && holdsRoleWord(tKey)) {
                Matcher r = ROLE.matcher(tKey);
                if (!r.lookingAt() || !roleAtStart(r, tKey)) {
                    break;
                }
                String before = tKey.substring(0, r.start(1));
                if (roleJustSeen && nameBeforeRole(before)) {
                    // a name glued between two roles: 全媒体记者路子强通讯员崔春杰
                    flush(pieces, current);
                    current.add(t.substring(0, before.length()));
                    roleJustSeen = false;
                    t = t.substring(before.length());
                    tKey = tKey.substring(before.length());
                    r = ROLE.matcher(tKey);
                    if (!r.lookingAt()) {
                        break;
                    }
                }
                flush(pieces, current);
                current = bucket(r.group(1), roleJustSeen ? current : null, reporters, correspondents, photographers, editors);
                roleJustSeen = true;
                t = t.substring(r.end());
                tKey = tKey.substring(r.end());
            }
            if (tKey.isEmpty()) {
                continue;
            }
            if (tKey.equals("文图")) {
                flush(pieces, current);
                textAndPhoto = true;
                continue;
            }
            Matcher shortRole = SHORT_ROLE_TOKEN.matcher(tKey);
            if (shortRole.matches() && ti + 1 < tokens.size()) {
                // 文:王湧 / 图:王湧 汪昊: a one-character role before its separator
                flush(pieces, current);
                current = tKey.equals("图") || tKey.equals("摄") || tKey.equals("图片") || tKey.equals("视频")
                        ? photographers : reporters;
                roleJustSeen = true;
                continue;
            }
            String outletKey = tKey.indexOf('·') > 0 ? tKey.substring(0, tKey.indexOf('·')) : tKey;
            if (outletKey.length() > 2 && "报网台社体媒心".indexOf(outletKey.charAt(outletKey.length() - 1)) >= 0
                    && OUTLET.matcher(outletKey).matches() && ti + 1 < tokens.size()
                    && ROLE.matcher(key.substring(tokens.get(ti + 1)[0], tokens.get(ti + 1)[1])).lookingAt()) {
                // the outlet a credited reporter writes for: (晋中日报 记者郭娟), 齐鲁晚报·齐鲁壹点 记者 X
                continue;
            }
            Matcher closing = "影摄道理图".indexOf(tKey.charAt(tKey.length() - 1)) < 0 ? null : CLOSING.matcher(tKey);
            if (closing == null) {
                // no closing word ends the token
            } else if (closing.find() && closing.start() > 0) {
                t = t.substring(0, closing.start());
                tKey = tKey.substring(0, closing.start());
            } else if (closing.find(0) && closing.start() == 0) {
                flush(pieces, current);
                continue;
            }
            roleJustSeen = false;
            if (tKey.length() > 4 && tKey.length() <= 9 && tKey.codePoints().allMatch(Chars::isHan)) {
                // names printed without a space between them: 戴忠祥邱新玲
                List<String> split = splitGlued(t, tKey);
                if (split != null) {
                    flush(pieces, current);
                    current.addAll(split);
                    continue;
                }
            }
            if (tKey.length() > 4 && PersonNames.isDottedName(tKey)) {
                // a transliterated name whose parts a dot joins: 古丽巴哈尔·阿布都热合曼
                flush(pieces, current);
                current.add(t);
                continue;
            }
            if (!tKey.codePoints().allMatch(Chars::isHan) || tKey.length() > 4) {
                unclear = true;
            }
            if (tKey.length() >= 2 && pieces.size() >= 2) {
                // two characters broken by a space are a name already: 张 栩 祖伊美
                flush(pieces, current);
            }
            pieces.add(t);
            // a piece that is already a whole name closes, so that 薛坤 董绍进 stay two names
            if (tKey.length() >= 2) {
                flush(pieces, current);
            }
        }
        flush(pieces, current);
        for (List<String> list : List.of(reporters, correspondents, photographers, editors)) {
            for (String name : list) {
                if (name.length() < 2 || name.length() > 4 && !PersonNames.isDottedName(name)) {
                    unclear = true;
                }
            }
        }
        if (kind == Kind.PHOTO) {
            photographers.addAll(0, reporters);
            photographers.addAll(correspondents);
            reporters.clear();
            correspondents.clear();
        } else if (kind == Kind.EDITOR) {
            editors.addAll(0, reporters);
            editors.addAll(correspondents);
            reporters.clear();
            correspondents.clear();
        }
        Byline names = new Byline(kind, raw, reporters, correspondents, photographers, editors, unclear);
        return textAndPhoto && kind == Kind.BYLINE ? names.withPhotosByWriters() : names;
    }

    /** What stands before a role glued to it is a name, not a qualifier (特约) or an outlet (聊城日报全媒体). */
    private static boolean nameBeforeRole(String before) {
        return before.length() >= 2 && before.length() <= 3 && before.codePoints().allMatch(Chars::isHan)
                && PersonNames.isPlausible(before) && !ROLE_PREFIX.matcher(before + "记者").lookingAt()
                && "报网台社体媒心".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    private static final Pattern SHORT_ROLE_TOKEN = Pattern.compile("^(文|图|摄|文字|图片|视频)$");
    /** A news outlet's name: 晋中日报, 闽西新闻网, 县融媒体中心. */
    private static final Pattern OUTLET = Pattern.compile("^[\\p{IsHan}A-Za-z·\\-]{2,12}(日报|晚报|早报|晨报|时报|报|新闻网|网|电视台|台|社|融媒体中心|融媒|中心)$");

    /**
     * Names printed without a space between them: each part two or three characters, each a
     * plausible name; the split into three-character names wins when several fit.
     */
    private static List<String> splitGlued(String text, String key) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos < key.length()) {
            int take = 0;
            for (int len : new int[]{3, 2}) {
                int rest = key.length() - pos - len;
                if (rest < 0 || rest == 1) {
                    continue;
                }
                if (PersonNames.isPlausible(key.substring(pos, pos + len)) && (rest == 0 || splittable(key.substring(pos + len)))) {
                    take = len;
                    break;
                }
            }
            if (take == 0) {
                return null;
            }
            out.add(text.substring(pos, pos + take));
            pos += take;
        }
        return out.size() >= 2 ? out : null;
    }

    private static boolean splittable(String key) {
        if (key.isEmpty()) {
            return true;
        }
        for (int len : new int[]{3, 2}) {
            if (key.length() >= len && key.length() - len != 1 && PersonNames.isPlausible(key.substring(0, len))
                    && splittable(key.substring(len))) {
                return true;
            }
        }
        return false;
    }

    /** A role at the start of a token: an outlet's name before it only when the role is 记者 or 通讯员. */
    private static boolean roleAtStart(Matcher r, String token) {
        if (r.start(1) == 0) {
            return true;
        }
        String core = r.group(1);
        // the paper's or the site's own role: 本站编辑 贾某某摘编
        String before = token.substring(0, r.start(1));
        return core.equals("记者") || core.equals("通讯员") || core.equals("摄影")
                || before.equals("本报") || before.equals("本网") || before.equals("本刊") || before.equals("本站");
    }

    /** The list a role's names go to; a role right after another qualifies it (拍摄者:本报记者 张三 is a photographer). */
    private static List<String> bucket(String core, List<String> previous, List<String> reporters, List<String> correspondents,
                                       List<String> photographers, List<String> editors) {
        if (previous != null) {
            return previous;
        }
        switch (core) {
            case "通讯员":
                return correspondents;
            case "拍摄者":
            case "摄影":
            case "摄像":
            case "视觉":
                return photographers;
            case "编辑":
                return editors;
            default:
                return reporters;
        }
    }

    /** Tokens of a byline: {start, end} of the pieces between separators. */
    private static List<int[]> tokens(String key) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r') || SEPARATOR_CHARS.indexOf(c) >= 0;
            if (separator && start >= 0) {
                out.add(new int[]{start, i});
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(new int[]{start, key.length()});
        }
        return out;
    }

    /** What separates the pieces of a byline, besides white space. */
    private static final String SEPARATOR_CHARS = "\uE000、，,/／|｜丨:：";

    /**
     * Joins pending pieces into one name: 庄 + 亚楠 = 庄亚楠. A single character left over after a
     * short name belongs to it ({@code 庄亚 楠}).
     */
    private static void flush(List<String> pieces, List<String> into) {
        if (pieces.isEmpty()) {
            return;
        }
        String name = String.join("", pieces);
        boolean fourSingles = pieces.size() == 4 && name.length() == 4;
        pieces.clear();
        if (fourSingles && !PersonNames.isCompoundSurname(name.substring(0, 2))
                && PersonNames.isPlausible(name.substring(0, 2)) && PersonNames.isPlausible(name.substring(2))) {
            // two names, each broken by a space: 贺 林 庞 帅, 汪  洋 甘  露
            into.add(name.substring(0, 2));
            into.add(name.substring(2));
            return;
        }
        if (name.length() == 1 && !into.isEmpty() && into.get(into.size() - 1).length() <= 2) {
            into.set(into.size() - 1, into.get(into.size() - 1) + name);
            return;
        }
        into.add(name);
    }
}
