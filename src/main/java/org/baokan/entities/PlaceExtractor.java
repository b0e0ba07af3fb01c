package org.baokan.entities;

import org.baokan.ingest.PersonNames;
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
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Words names = g.names();
        for (int at = 0; at < text.length(); ) {
            String name = names.at(text, at);
            if (name == null) {
                at++;
                continue;
            }
            Optional<GazetteerEntry> e = g.entry(name);
            if (e.isPresent() && e.get().level() != PlaceLevel.CITY) {
                out.add(new Found(e.get().name(), e.get().level(), at, true));
            }
            mark(taken, at, at + name.length());
            at += name.length();
        }
        for (Suffix s : SUFFIXES) {
            int from = 0;
            int at;
            while ((at = text.indexOf(s.text(), from)) >= 0) {
                from = at + s.text().length();
                if (!free(taken, at, from)) {
                    continue;
                }
                String name = nameBefore(text, at, s, g);
                if (name == null) {
                    continue;
                }
                int start = at - name.length();
                if (!free(taken, start, at)) {
                    continue;
                }
                if ((s.level() == PlaceLevel.TOWN) && !TOWN_FOLLOW.matcher(text.substring(from)).find()) {
                    continue;
                }
                String whole = name + s.text();
                String canonical = g.canonical(whole).orElse(null);
                out.add(canonical != null ? new Found(canonical, g.entry(canonical).orElseThrow().level(), start, true)
                        : new Found(whole, s.level(), start, false));
                mark(taken, start, from);
            }
        }
        if (contextDistrict != null) {
            Matcher m = OWN_DISTRICT.matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    out.add(new Found(contextDistrict, PlaceLevel.DISTRICT, m.start(), true));
                    break;
                }
            }
            if (contextDistrict.endsWith("新区") && !contextDistrict.endsWith("高新区")) {
                int from = 0;
                int at;
                while ((at = text.indexOf("新区", from)) >= 0) {
                    from = at + 2;
                    if (free(taken, at, from)) {
                        out.add(new Found(contextDistrict, PlaceLevel.DISTRICT, at, true));
                        break;
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /** The place's own name before a suffix: a run of Han characters, cut after a larger place. */
    private static String nameBefore(String text, int suffixAt, Suffix s, Gazetteer g) {
        int start = suffixAt;
        while (start > 0 && PersonNames.isHan(text.charAt(start - 1)) && suffixAt - start < 8) {
            start--;
        }
        String run = text.substring(start, suffixAt);
        // a known larger place or a place character ends the run: 高新区杨家河 → 杨家河
        for (String known : g.namesLongestFirst()) {
            int k = run.lastIndexOf(known);
            if (k >= 0 && k + known.length() < run.length() - 1) {
                run = run.substring(k + known.length());
                break;
            }
        }
        int cut = Math.max(Math.max(run.lastIndexOf('区'), run.lastIndexOf('市')), Math.max(run.lastIndexOf('县'),
                run.lastIndexOf('镇')));
        if (cut >= 0 && cut < run.length() - 2) {
            run = run.substring(cut + 1);
        }
        for (int len = Math.min(s.maxName(), run.length()); len >= s.minName(); len--) {
            String name = run.substring(run.length() - len);
            if (g.canonical(name + s.text()).isPresent()) {
                return name;
            }
        }
        if (run.length() < s.minName()) {
            return null;
        }
        String name = run.substring(run.length() - Math.min(run.length(), s.level() == PlaceLevel.PARK ? s.maxName()
                : s.minName()));
        return isName(name) ? name : null;
    }

    /**
     * A place's own name: not a determiner or a word that merely precedes 社区/街道, and not ending
     * with a larger place ({@code 扬州市社区} names no 社区).
     */
    private static boolean isName(String name) {
        if (NOT_A_NAME_START.indexOf(name.charAt(0)) >= 0 || NOT_NAMES.contains(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if ("各全本该每其这那此两几多诸".indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        return "市区县镇省乡村".indexOf(name.charAt(name.length() - 1)) < 0;
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
