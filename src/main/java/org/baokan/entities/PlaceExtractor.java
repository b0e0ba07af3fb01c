package org.baokan.entities;

import org.baokan.ingest.ChineseWords;
import org.baokan.ingest.PersonNames;
import org.baokan.ingest.Words;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PlaceLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places a text names: names and aliases the gazetteer knows, and new ones by their
 * pattern ({@code …街道}, {@code …镇}, {@code …新区}, {@code …高新区}, {@code …创业园}, {@code …社区}).
 * {@code 新区} alone, and {@code 区} in 全区, 区党工委, 区领导…, mean the district the page is about.
 */
final class PlaceExtractor {
    /**
     * A place found.
     *
     * @param name  the canonical name, or the new name
     * @param level its level
     * @param start where it stands in the text
     * @param known whether the gazetteer knew it
     */
    record Found(String name, PlaceLevel level, int start, boolean known) {
    }

    private record Suffix(String text, PlaceLevel level, int minName, int maxName) {
    }

    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("科技创业园", PlaceLevel.PARK, 2, 4), new Suffix("创业园", PlaceLevel.PARK, 2, 4),
            new Suffix("产业园", PlaceLevel.PARK, 2, 4), new Suffix("工业园", PlaceLevel.PARK, 2, 4),
            new Suffix("科技园", PlaceLevel.PARK, 2, 4), new Suffix("物流园", PlaceLevel.PARK, 2, 4),
            new Suffix("孵化园", PlaceLevel.PARK, 2, 4), new Suffix("软件园", PlaceLevel.PARK, 2, 4),
            new Suffix("高新区", PlaceLevel.DISTRICT, 2, 3), new Suffix("开发区", PlaceLevel.DISTRICT, 2, 3),
            new Suffix("经开区", PlaceLevel.DISTRICT, 2, 3), new Suffix("新区", PlaceLevel.DISTRICT, 2, 3),
            new Suffix("街道", PlaceLevel.SUBDISTRICT, 2, 3), new Suffix("镇", PlaceLevel.TOWN, 2, 2),
            new Suffix("乡", PlaceLevel.TOWN, 2, 2), new Suffix("社区", PlaceLevel.COMMUNITY, 2, 3));
    /** A place's own name does not begin with these. */
    private static final String NOT_A_NAME_START = "各全本该每其这那此两几多诸有相所属辖一二三四五六七八九十部单城农该乡村县市省区街镇和与及等在对向为是的了";
    /** Words that stand before 社区, 街道… without being a place's name: 深入社区, 所在街道. */
    private static final Set<String> NOT_NAMES = Set.of("深入", "走进", "进入", "来到", "下沉", "所在", "基层", "各个", "相关",
            "有关", "周边", "附近", "辖区", "服务", "管理", "重点", "示范", "文明", "和谐", "美丽", "智慧", "绿色", "平安", "乡村",
            "居民", "农村", "城市", "属地", "包保", "网格", "试点", "新型", "特色", "现代", "省级", "市级", "国家级", "主要",
            "部门", "单位", "进驻", "联系", "覆盖", "深入到");
    /** After 镇 or 乡 a place name goes on like this; 城镇容貌 does not. */
    private static final Pattern TOWN_FOLLOW = Pattern.compile("^([^\\p{IsHan}]|党|政府|人民政府|街道|及|和|与|等|的|召开|组织|开展|举办|被)");
    /** 区 meaning the district the page is about. */
    private static final Pattern OWN_DISTRICT = Pattern.compile(
            "(全区|我区|本区|区党工委|区管委会|区领导|区委|区政府|区属|区直|区级|区有关|区建设|区派|区人大|区政协|区纪|区总工会"
                    + "|区城乡|区交警|区应急|区财政|区教体|区卫健|区市场|区委宣传部|区融媒体)");

    private PlaceExtractor() {
    }

    static List<Found> find(String text, Gazetteer g, String contextDistrict) {
        return find(text, text, g, contextDistrict);
    }

    /**
     * The places a text names.
     *
     * @param text            the text as printed: names of places the gazetteer does not know are cut from it
     * @param key             the text in simplified script ({@code Scripts.fold}), as long as the text
     * @param g               the places known
     * @param contextDistrict the district the page is about, for 区 in 全区, 区委…; or null
     */
    static List<Found> find(String text, String key, Gazetteer g, String contextDistrict) {
        return find(text, key, g, contextDistrict, new boolean[key.length()]);
    }

    /**
     * The places a text names, where {@code taken} marks what is already read as something else
     * (people's names: 曹广州 names no 广州).
     */
    static List<Found> find(String text, String key, Gazetteer g, String contextDistrict, boolean[] taken) {
        return find(text, key, g, contextDistrict, taken, Set.of());
    }

    /**
     * The places a text names, where {@code countiesNamed} holds the counties its page names in full
     * (or in its paper's name, 海曙新闻网): on that page their two-character short forms (海曙, 长子) are
     * read bare too.
     */
    static List<Found> find(String text, String key, Gazetteer g, String contextDistrict, boolean[] taken,
                            Set<String> countiesNamed) {
        List<Found> out = new ArrayList<>();
        // places by their form first: 丹凤高新区 is not the 高新区 the gazetteer knows
        for (PlacePatterns.Hit h : PlacePatterns.find(key, taken.clone())) {
            if (!free(taken, h.start(), h.end())) {
                continue;
            }
            String folded = key.substring(h.start(), h.end());
            String canonical = g.canonical(folded).orElse(null);
            if (canonical == null && contextDistrict != null && contextDistrict.equals(g.canonical(h.suffix()).orElse(null))) {
                // on the page of the district 高新区 means, a name before it must be a known one (济宁高新区), not 结合高新区
                continue;
            }
            if (canonical != null) {
                GazetteerEntry e = g.entry(canonical).orElseThrow();
                // the gazetteer's own cities (济宁市) are not an article's places; a city found by
                // its form and kept since (临沂市) is, as it was when first found
                if (e.level() != PlaceLevel.CITY || "pattern".equals(e.source())) {
                    out.add(new Found(canonical, e.level(), h.start(), true));
                }
            } else {
                int split = cityPrefix(key, h);
                if (split > h.start()) {
                    // 龙岩新罗区: the city, then its district
                    ChinaPlaces.Entry city = ChinaPlaces.get().entry(key.substring(h.start(), split));
                    out.add(new Found(city.name(), city.level(), h.start(), false));
                }
                out.add(new Found(text.substring(split, h.end()), h.level(), split, false));
                Found head = zoneHead(text, key, h);
                if (head != null) {
                    out.add(head);
                }
            }
            mark(taken, h.start(), h.end());
        }
        countedList(text, key, taken, out);
        Words names = g.names();
        for (int at = 0; at < key.length(); ) {
            String name = names.at(key, at);
            if (name == null || !free(taken, at, at + name.length()) || !standsAlone(key, at, name)) {
                at++;
                continue;
            }
            Optional<GazetteerEntry> e = g.entry(name);
            if (e.isPresent() && isGenericAlias(name, e.get()) && !sameCity(g, e.get().name(), contextDistrict)) {
                // 高新区 alone means the gazetteer's district only on pages of its city, or where nothing says otherwise
                at++;
                continue;
            }
            if (e.isPresent() && e.get().level() != PlaceLevel.CITY) {
                out.add(new Found(e.get().name(), e.get().level(), at, true));
            }
            mark(taken, at, at + name.length());
            at += name.length();
        }
        ChinaPlaces china = ChinaPlaces.get();
        for (int at = 0; at < key.length(); ) {
            String name = taken[at] ? null : china.at(key, at);
            ChinaPlaces.Entry e = name == null ? null : china.entry(name);
            if (name == null && !taken[at]) {
                name = china.ordinaryAt(key, at);
                e = name == null ? null : china.ordinaryEntry(name);
                if (e != null && !countiesNamed.contains(e.name())) {
                    name = null;
                }
            }
            if (name == null || !free(taken, at, at + name.length()) || !standsAlone(key, at, name)) {
                at++;
                continue;
            }
            if (e.level() == PlaceLevel.DISTRICT && !county(key, at, name, e, countiesNamed)
                    || (e.level() == PlaceLevel.TOWN || e.level() == PlaceLevel.SUBDISTRICT)
                    && (!standsAsWord(key, at, name) || GENERIC_TOWNS.contains(name))) {
                at++;
                continue;
            }
            String printed = name.equals(e.name()) ? text.substring(at, at + name.length()) : e.name();
            out.add(new Found(printed, e.level(), at, false));
            mark(taken, at, at + name.length());
            at += name.length();
        }
        if (contextDistrict != null) {
            Matcher m = OWN_DISTRICT.matcher(key);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    out.add(new Found(contextDistrict, PlaceLevel.DISTRICT, m.start(), true));
                    break;
                }
            }
            if (contextDistrict.endsWith("新区") && !contextDistrict.endsWith("高新区")) {
                int from = 0;
                int at;
                while ((at = key.indexOf("新区", from)) >= 0) {
                    from = at + 2;
                    if (free(taken, at, from)) {
                        out.add(new Found(contextDistrict, PlaceLevel.DISTRICT, at, true));
                        break;
                    }
                }
            }
        }
        out.removeIf(f -> !f.known() && insideOrganisation(key, f));
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * A list of bare names counted as places of one kind: 东肖、红坊2个乡镇, 高陂、坎市、培丰4个乡镇,
     * 甲村、乙村等3个村. The count must be the number of names, so that a list of other things
     * (培训、宣传2个环节) is not read.
     */
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "((?:[\\p{IsHan}&&[^等]]{2,4}、)+[\\p{IsHan}&&[^等]]{2,4})等?([2-9一二两三四五六七八九十]|1\\d)个(乡镇|镇|乡|街道|村|社区|县区|县市区|区县|县|区|园区)");

    private static void countedList(String text, String key, boolean[] taken, List<Found> out) {
        if (key.indexOf('个') < 0) {
            return;
        }
        Matcher m = COUNTED_LIST.matcher(key);
        while (m.find()) {
            String[] items = m.group(1).split("、");
            if (count(m.group(2)) != items.length) {
                continue;
            }
            PlaceLevel level = switch (m.group(3)) {
                case "乡镇", "镇", "乡" -> PlaceLevel.TOWN;
                case "街道" -> PlaceLevel.SUBDISTRICT;
                case "村" -> PlaceLevel.VILLAGE;
                case "社区" -> PlaceLevel.COMMUNITY;
                case "园区" -> PlaceLevel.PARK;
                default -> PlaceLevel.DISTRICT;
            };
            int at = m.start(1);
            int others = otherItemsLength(items);
            for (int k = 0; k < items.length; k++) {
                String item = items[k];
                int from = at;
                if (k == 0 && others > 0 && item.length() > others) {
                    // the first item carries words of the clause before it (通过东肖、红坊): names of a list share their length
                    from = at + item.length() - others;
                } else if (k == 0 && at > 0 && PersonNames.isHan(key.charAt(at - 1))) {
                    // run together with the words before it (在前营): where the name starts is not known
                    from = -1;
                }
                int end = at + item.length();
                if (from >= 0 && free(taken, from, end) && NOT_A_NAME_START.indexOf(key.charAt(from)) < 0) {
                    out.add(new Found(text.substring(from, end), level, from, false));
                    mark(taken, from, end);
                }
                at = end + 1;
            }
        }
    }

    /** The one length all items but the first have, or 0 when they differ. */
    private static int otherItemsLength(String[] items) {
        int length = items[1].length();
        for (int k = 2; k < items.length; k++) {
            if (items[k].length() != length) {
                return 0;
            }
        }
        return length;
    }

    private static int count(String n) {
        int i = "一二三四五六七八九".indexOf(n.charAt(0));
        if (n.equals("两")) {
            return 2;
        }
        if (n.equals("十")) {
            return 10;
        }
        return i >= 0 ? i + 1 : Integer.parseInt(n);
    }

    /** Names of towns that are also common nouns: 小城镇建设, 中心镇. */
    static final Set<String> GENERIC_TOWNS = Set.of("小城镇", "中心镇");

    /** Full names of counties that are also common phrases: 大武汉新城区, 主城区. */
    private static final Set<String> GENERIC_COUNTIES = Set.of("新城区", "城中区", "城东区", "城西区", "城南区", "城北区", "市中区",
            "新区", "郊区", "矿区", "城区");

    /**
     * The counties a page names in full (海曙区, 长子县), and those whose short form its paper's name
     * holds (海曙新闻网, 静海报): on that page their short forms are read bare.
     */
    static Set<String> countiesNamed(List<String> keys, String paperKey) {
        ChinaPlaces china = ChinaPlaces.get();
        Set<String> out = new java.util.HashSet<>();
        for (String key : keys) {
            for (int at = 0; at < key.length(); at++) {
                String name = china.at(key, at);
                if (name == null) {
                    continue;
                }
                ChinaPlaces.Entry e = china.entry(name);
                if (e.level() == PlaceLevel.DISTRICT && name.equals(e.name()) && name.length() >= 2
                        && county(key, at, name, e, Set.of(name))) {
                    out.add(e.name());
                }
            }
        }
        if (paperKey != null) {
            for (int at = 0; at < paperKey.length(); at++) {
                String name = china.at(paperKey, at);
                ChinaPlaces.Entry e = name == null ? china.ordinaryEntry(nonNull(china.ordinaryAt(paperKey, at))) : china.entry(name);
                if (e != null && e.level() == PlaceLevel.DISTRICT) {
                    out.add(e.name());
                }
            }
        }
        return out;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Whether a county's name stands as a word where it is found: China's 2,900 counties have short
     * names that also occur across words (民和 in 人民和, 代县 in 代县长, 兰山 in 兰山东省), so ICU's
     * dictionary must set the name apart at both ends. A one-character district (城区, 东区) is no
     * name of its own.
     */
    private static boolean county(String key, int at, String name, ChinaPlaces.Entry e, Set<String> countiesNamed) {
        if (e.name().length() <= 2 && e.name().endsWith("区") || GENERIC_COUNTIES.contains(name)) {
            return false;
        }
        if (name.length() == 2 && !name.equals(e.name()) && !countiesNamed.contains(e.name())) {
            // 广河, 兴城, 改则: two characters are a county only where the page says which
            return false;
        }
        return standsAsWord(key, at, name);
    }

    /** Whether ICU's dictionary sets {@code name} apart at both ends where it stands (建设乡 in 建设乡村 is not). */
    private static boolean standsAsWord(String key, int at, String name) {
        int from = Math.max(0, at - 8);
        boolean[] bounds = ChineseWords.boundaries(key, from);
        int start = at - from;
        int end = start + name.length();
        return end < bounds.length && bounds[start] && bounds[end];
    }

    /** The level a place's last character gives it: 镇 a town, 县 a district. */
    private static PlaceLevel levelOfSuffix(char c) {
        switch (c) {
            case '省':
                return PlaceLevel.PROVINCE;
            case '市':
                return PlaceLevel.CITY;
            case '镇':
            case '乡':
                return PlaceLevel.TOWN;
            default:
                return PlaceLevel.DISTRICT;
        }
    }

    /**
     * The place a zone is named by, which the zone's name holds: 内乡县 of 内乡县产业集聚区, 梓山镇 of
     * 梓山镇富硒蔬菜产业园 (a place of its own, as the page names it).
     */
    private static Found zoneHead(String text, String key, PlacePatterns.Hit h) {
        if (h.level() != PlaceLevel.PARK && h.level() != PlaceLevel.DISTRICT || h.suffix().length() < 2) {
            return null;
        }
        int nameEnd = h.end() - h.suffix().length();
        String known = ChinaPlaces.get().at(key, h.start());
        if (known != null && h.start() + known.length() <= nameEnd && known.equals(ChinaPlaces.get().entry(known).name())) {
            // printed with its suffix (威县经济开发区); a short form is the zone's name only (武进国家高新区)
            return new Found(text.substring(h.start(), h.start() + known.length()), ChinaPlaces.get().entry(known).level(),
                    h.start(), false);
        }
        if (known != null) {
            return null;
        }
        for (int i = h.start() + 2; i < nameEnd; i++) {
            if ("省市县区旗镇乡".indexOf(key.charAt(i)) >= 0) {
                return new Found(text.substring(h.start(), i + 1), levelOfSuffix(key.charAt(i)), h.start(), false);
            }
        }
        return null;
    }

    /** Whether the page's district is unknown, or in the same city as the place. */
    private static boolean sameCity(Gazetteer g, String place, String contextDistrict) {
        if (contextDistrict == null || contextDistrict.equals(place)) {
            return true;
        }
        String a = g.entry(place).map(GazetteerEntry::parent).orElse(null);
        String b = g.entry(contextDistrict).map(GazetteerEntry::parent).orElse(null);
        return a != null && a.equals(b);
    }

    /** An alias that is only a kind of district ({@code 高新区}, {@code 新区}), which means one only on that district's pages. */
    private static boolean isGenericAlias(String name, GazetteerEntry e) {
        return !name.equals(e.name()) && name.length() <= 3 && (name.endsWith("区") || name.endsWith("县"));
    }

    /** Names of companies, schools, hospitals, stations and news outlets end like this. */
    private static final Pattern ORGANISATION_END = Pattern.compile(
            "^[\\p{IsHan}]{0,12}?(有限公司|公司|集团|学院|大学|学校|中学|小学|幼儿园|医院|银行|报社|电视台|出版社|研究院|研究所|酒店|宾馆"
                    + "|大厦|火车站|高铁站|西站|东站|南站|北站|新闻网|网站|日报|晚报)");
    /** A government body after a place's name: the place is named, not an organisation's. */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^(委|政府|人民政府|人大|政协|纪委|党委|党工委|管委会|人民法院|人民检察院)");

    /** A place that is only part of an organisation's name: 扬州市社区干部培训学院, 北京北大医疗医院管理有限公司. */
    private static boolean insideOrganisation(String key, Found f) {
        if (f.level() != PlaceLevel.CITY && f.level() != PlaceLevel.PROVINCE && f.level() != PlaceLevel.DISTRICT) {
            // a town's schools are the town's (五眼泉镇中小学); companies are named after cities and provinces
            return false;
        }
        int end = f.start() + f.name().length();
        if (end > key.length()) {
            return false;
        }
        // the organisation's name follows within a few characters: a window, not the rest of a long text
        String after = key.substring(end, Math.min(key.length(), end + 20));
        return !GOVERNMENT_AFTER.matcher(after).lookingAt() && ORGANISATION_END.matcher(after).lookingAt();
    }

    /** Where a district's own name starts after the name of its city ({@code 龙岩|新罗区}); the hit's start when none. */
    private static int cityPrefix(String key, PlacePatterns.Hit h) {
        if (!h.suffix().equals("区") && !h.suffix().equals("县")) {
            return h.start();
        }
        String city = ChinaPlaces.get().at(key, h.start());
        int nameEnd = h.end() - h.suffix().length();
        PlaceLevel level = city == null ? null : ChinaPlaces.get().entry(city).level();
        if (level != PlaceLevel.CITY && level != PlaceLevel.PROVINCE || h.start() + city.length() + 2 > nameEnd) {
            return h.start();
        }
        return h.start() + city.length();
    }

    /**
     * A known name read where it stands: not the tail of a longer word before it ({@code 石桥镇} in
     * {@code 大石桥镇}) nor, for a name without a suffix, the head of a longer place after it.
     */
    private static boolean standsAlone(String key, int at, String name) {
        int end = at + name.length();
        char last = name.charAt(name.length() - 1);
        if (PlacePatterns.SUFFIX_CHARS.indexOf(last) < 0 && end < key.length() && "区县市镇乡村".indexOf(key.charAt(end)) >= 0) {
            // 开封 in 开封县 is not the city
            return false;
        }
        return true;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < taken.length; i++) {
            taken[i] = true;
        }
    }
}
