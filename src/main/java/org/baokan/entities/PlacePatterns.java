package org.baokan.entities;

import org.baokan.ingest.ChineseWords;
import org.baokan.ingest.PersonNames;
import org.baokan.ingest.Words;
import org.baokan.model.PlaceLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Places named by their form, of any province, city, district or county, not only those the
 * gazetteer knows: a name and an administrative suffix ({@code 东丽区}, {@code 丹凤县}, {@code 杨峪河镇},
 * {@code 龙驹街道}, {@code 丹江社区}, {@code 黑沟河村}, {@code 漳州开发区}, {@code 阿尔法科技产业园}).
 *
 * <p>The suffix is easy to see; where the name begins is not. The name is read leftwards from the
 * suffix while its characters could be part of a name, and stops at what cannot: a mark, a
 * larger place's suffix ({@code 淮阳区|安岭镇|刘桥村}), a word that stands before places
 * ({@code 来到}, {@code 考察}, {@code 推动}) or a character that does ({@code 在}, {@code 到}, {@code 赴}, {@code 全},
 * {@code 各}). A name that runs to its longest length without such a boundary is a guess and is
 * dropped. What follows the suffix must not show it to be part of another word ({@code 市场},
 * {@code 区域}, {@code 乡村}, {@code 村民}).
 */
final class PlacePatterns {

    /**
     * A place found in the text searched.
     *
     * @param start  where its name starts
     * @param end    where its suffix ends
     * @param level  the suffix's level
     * @param suffix the suffix ({@code 区}, {@code 开发区})
     */
    record Hit(int start, int end, PlaceLevel level, String suffix) {
    }

    private record Suffix(String text, PlaceLevel level, int min, int max, boolean zone) {
    }

    private static final Suffix VILLAGE = new Suffix("村", PlaceLevel.VILLAGE, 2, 5, false);
    private static final List<Suffix> SUFFIXES = sorted(List.of(
            new Suffix("高新技术产业开发区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("经济技术开发区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("高新技术产业园区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("经济开发区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("旅游度假区", PlaceLevel.PARK, 2, 8, true),
            new Suffix("产业集聚区", PlaceLevel.PARK, 2, 8, true),
            new Suffix("工业项目区", PlaceLevel.PARK, 2, 8, true),
            // a zone of a city's plan: 开封市产城融合示范区 (named with its place, unlike 乡村振兴示范区)
            new Suffix("示范区", PlaceLevel.DISTRICT, 4, 10, true),
            new Suffix("自贸试验区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("工业园区", PlaceLevel.PARK, 2, 8, true),
            new Suffix("产业园区", PlaceLevel.PARK, 2, 10, true),
            new Suffix("科技园区", PlaceLevel.PARK, 2, 8, true),
            new Suffix("开发区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("高新区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("经开区", PlaceLevel.DISTRICT, 2, 4, true),
            new Suffix("度假区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("自贸区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("自贸片区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("片区", PlaceLevel.PARK, 2, 6, true),
            new Suffix("港区", PlaceLevel.DISTRICT, 2, 4, true),
            new Suffix("新区", PlaceLevel.DISTRICT, 2, 6, true),
            new Suffix("合作区", PlaceLevel.DISTRICT, 2, 8, true),
            new Suffix("产业园", PlaceLevel.PARK, 2, 12, true),
            new Suffix("工业园", PlaceLevel.PARK, 2, 8, true),
            new Suffix("科技园", PlaceLevel.PARK, 2, 8, true),
            new Suffix("物流园", PlaceLevel.PARK, 2, 6, true),
            new Suffix("创业园", PlaceLevel.PARK, 2, 6, true),
            new Suffix("孵化园", PlaceLevel.PARK, 2, 6, true),
            new Suffix("软件园", PlaceLevel.PARK, 2, 6, true),
            new Suffix("示范园", PlaceLevel.PARK, 2, 6, true),
            new Suffix("街道", PlaceLevel.SUBDISTRICT, 2, 4, false),
            new Suffix("社区", PlaceLevel.COMMUNITY, 2, 5, false),
            new Suffix("居委会", PlaceLevel.COMMUNITY, 2, 5, false),
            // a housing estate named as a residential community: 紫藤苑小区 (not 老旧小区)
            new Suffix("小区", PlaceLevel.COMMUNITY, 2, 6, false),
            // a subdistrict's office where the city keeps the old name: 小桥办事处
            new Suffix("办事处", PlaceLevel.SUBDISTRICT, 2, 4, false),
            new Suffix("居民区", PlaceLevel.COMMUNITY, 2, 5, false),
            new Suffix("居委", PlaceLevel.COMMUNITY, 2, 5, false),
            new Suffix("自治区", PlaceLevel.PROVINCE, 2, 8, false),
            new Suffix("自治州", PlaceLevel.CITY, 2, 8, false),
            new Suffix("自治县", PlaceLevel.DISTRICT, 2, 8, false),
            new Suffix("省", PlaceLevel.PROVINCE, 2, 3, false),
            new Suffix("市", PlaceLevel.CITY, 2, 4, false),
            new Suffix("区", PlaceLevel.DISTRICT, 2, 4, false),
            new Suffix("县", PlaceLevel.DISTRICT, 2, 4, false),
            new Suffix("镇", PlaceLevel.TOWN, 2, 4, false),
            new Suffix("乡", PlaceLevel.TOWN, 2, 4, false),
            VILLAGE,
            // the villages of Inner Mongolia's pastures: 沙尔利格嘎查
            new Suffix("嘎查", PlaceLevel.VILLAGE, 2, 6, false),
            new Suffix("大道", PlaceLevel.STREET, 2, 4, false),
            new Suffix("大街", PlaceLevel.STREET, 2, 4, false),
            new Suffix("中路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("南路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("北路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("东路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("西路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("路", PlaceLevel.STREET, 2, 4, false),
            new Suffix("街", PlaceLevel.STREET, 2, 4, false)));

    /** Characters that end a larger place's name: a name read leftwards stops before them. */
    static final String SUFFIX_CHARS = "省市区县镇乡村";
    /** Characters that stand before a place and seldom begin one. */
    private static final String STOP_CHARS = "在到赴至于对与和及或同跟为给把将让使是的了着过从由向往经即被比等各全本该每其这那此两几多诸有所属辖"
            + "个百千万亿我你他她它们访去来进入出回抵返离驻原副代年月日届室部局委办院会处所厅队组暨除条";
    /** Characters before 县 that make a word, not a county: 邻县, 外县, 本县. */
    private static final String ONE_CHAR_COUNTY_NOT = "邻外他大小新老其余某城乡郡州省市区本该我全各每两一";
    /** Of {@link #STOP_CHARS}, those that also stand inside place names (武进, 会昌, 原平, 离石, 驻马店, 即墨): read past once. */
    private static final String SOFT_STOPS = "进来原代会同和向于至经从由两多那本个百千万离驻出回去入年月日届室部局委办院处所厅队组副访返抵即";
    /** Of {@link #STOP_CHARS}, those that also begin place names (从化, 和平, 同安, 向阳, 于洪). */
    private static final String NAME_STARTS = "从和同向于";
    /** Words that stand before a place: a name read leftwards stops where one of them ends. */
    private static final List<String> BOUNDARY_WORDS = sortedLongestFirst(List.of("来到", "走进", "走访", "深入", "前往",
            "赶赴", "奔赴", "位于", "地处", "来自", "途经", "考察", "调研", "视察", "察看", "查看", "慰问", "看望", "参观", "召开",
            "举办", "举行", "启动", "推进", "推动", "建设", "打造", "开展", "组织", "带领", "率领", "陪同", "参加", "出席", "关于",
            "对于", "以及", "包括", "其中", "分别", "先后", "落户", "入驻", "签约", "进驻", "覆盖", "辐射", "联系", "帮扶", "结对",
            "对口", "支援", "援建", "划归", "隶属", "属于", "管辖", "所辖", "选举", "代表", "当选", "担任", "作为", "成为", "评为",
            "获评", "入选", "荣获", "获得", "授予", "命名", "挂牌", "揭牌", "授牌", "设立", "成立", "批复", "同意", "批准", "获批",
            "全面", "加快", "实现", "完成", "开工", "竣工", "投产", "发展", "促进", "服务", "助力", "支持", "带动", "驻地", "落地",
            "返回", "回到", "离开", "抵达", "到达", "进入", "参与", "主持", "听取", "部署", "研究", "推介", "宣传", "游览", "围绕",
            "聚焦", "依托", "立足", "扎根", "助推", "赋能", "引领", "对接", "联合", "携手", "牵手", "联动", "协同", "共建", "我们",
            "他们", "通过", "经过", "以来", "近日", "日前", "今年", "去年", "目前", "此外", "同时", "另外", "还有", "已经", "正在",
            "位居", "排名", "位列", "跻身", "拥有", "建成", "形成", "成功", "首个", "介绍", "汇报", "了解", "督导", "检查", "督查",
            "创建", "争创", "申报", "申创",
            "指导", "走遍", "分享", "讲述", "接受", "推出", "打响", "扛起", "聚力", "专访", "访谈", "会见", "欢迎", "感谢", "希望",
            "要求", "强调", "指出", "表示", "认为", "提出", "提升", "巩固", "完善", "加强", "发挥", "整合", "统筹", "协调", "配合",
            "来访", "莅临", "现场", "一行", "同志", "领导", "书记", "主任", "局长", "部长", "市长", "区长", "县长", "镇长", "乡长",
            "主席", "常委", "委员", "干部", "群众", "居民", "村民", "记者", "通讯员", "本报", "省委", "市委", "区委", "县委", "党委",
            "政府", "人大", "政协", "召集", "集中", "签订", "合作", "交流", "调度", "观摩", "评审", "验收", "授予", "入围",
            "公司", "集团", "有限", "项目", "精神", "建立", "分管", "负责", "主管", "分别是", "贯彻", "落实", "学习", "执行",
            "传达", "响应", "按照", "根据", "遵照", "依照", "坚持", "服从", "认真", "深化"));
    /** Right after the suffix, these show its character belongs to another word: 市场, 区域, 乡村, 村民. */
    private static final java.util.Map<String, String> NOT_AFTER = java.util.Map.of(
            "路", "线径程费况口上子数灯标面由人网",
            "街", "道区巷面坊边头景舞",
            "市", "场民值容面井集貌",
            "区", "域别分间块位隔划",
            "镇", "压守静定痛住",
            "乡", "村亲愁土音贤情里间下镇",
            "村", "民庄落居级容貌情官规干",
            "省", "份略力事心钱去会");
    /** Words that stand before a suffix without being a place's name: 主城区, 中心城区, 示范村. */
    private static final Set<String> NOT_NAMES = Set.of("主城", "中心城", "城", "老城", "新城区", "深入", "走进", "进入", "来到",
            "下沉", "所在", "基层", "各个", "相关", "有关", "周边", "附近", "服务", "管理", "重点", "示范", "文明", "和谐", "美丽",
            "智慧", "绿色", "平安", "居民", "农村", "城市", "属地", "包保", "网格", "试点", "新型", "特色", "现代", "省级", "市级",
            "国家级", "主要", "部门", "单位", "联系", "覆盖", "城中", "郊", "老", "城乡", "乡镇", "县城", "县级", "地级",
            "党建", "国家", "全国", "中国", "东部", "西部", "南部", "北部", "中部", "沿海", "内陆", "经济", "高新", "开发", "产业",
            "工业", "科技", "贫困", "脱贫", "革命老", "老少边", "生态", "行政", "直辖", "派出", "管委", "社会", "人口", "万人",
            "先进", "优秀", "模范", "百强", "十强", "千强", "强", "大", "小", "该", "本", "一", "两", "多", "各", "全", "龙头",
            "产粮", "农业", "强县", "大县", "本市", "本县", "本区", "网红", "明星", "样板", "标杆", "淘宝", "电商", "两位", "几位", "各位", "多位", "每位");

    private PlacePatterns() {
    }

    /** The places a (folded) text names by their form, in order, without overlaps. */
    static List<Hit> find(String key) {
        return find(key, new boolean[key.length()]);
    }

    /**
     * The places a (folded) text names by their form, in order, without overlaps.
     *
     * @param taken positions already read as something else (a person's name); marked as places are found
     */
    static List<Hit> find(String key, boolean[] taken) {
        List<Hit> out = new ArrayList<>();
        // where a longer suffix stands, a shorter one inside it is not a suffix of its own (新区 in 年度高新区)
        boolean[] suffixEnd = new boolean[key.length() + 1];
        for (Suffix s : SUFFIXES) {
            int from = 0;
            int at;
            while ((at = key.indexOf(s.text(), from)) >= 0) {
                from = at + s.text().length();
                boolean inside = suffixEnd[from] && s.text().length() < 3;
                // 北路 failing (济|北路) leaves 路 to try (济北|路)
                suffixEnd[from] |= s.text().length() >= 2 && s.level() != PlaceLevel.STREET;
                if (inside || taken(taken, at, from) || !fitsAfter(key, from, s)) {
                    continue;
                }
                int start = nameStart(key, at, s, taken, at);
                if (start >= 0 && !isName(key.substring(start, at), s)) {
                    start = -1;
                }
                if (start < 0) {
                    // the boundary may belong to the name (武进|国家高新区 stopped at 进; 会|昌县, 市|南区): read on past it once
                    int first = firstBoundary(key, at, s, taken);
                    char c = first > 0 ? key.charAt(first - 1) : 0;
                    boolean soft = SOFT_STOPS.indexOf(c) >= 0 || SUFFIX_CHARS.indexOf(c) >= 0;
                    // right before the suffix only where names hold it there: 半月路, 柳市镇, 张村镇
                    // (and before a zone: 宿马现代|产业园区, 威县|经济开发区)
                    boolean adjacent = first == at && (s.level() == PlaceLevel.STREET && SOFT_STOPS.indexOf(c) >= 0
                            || (s.text().equals("镇") || s.text().equals("乡")) && (c == '市' || c == '村') || s.zone());
                    if (first > 0 && (first < at || adjacent) && soft && at - first < s.max()) {
                        start = nameStart(key, at, s, taken, first - 1);
                        if (start < 0 && s.zone() && SUFFIX_CHARS.indexOf(c) >= 0) {
                            // a county whose name holds a suffix's character: 内乡县|产业集聚区
                            start = knownEndingAt(key, first, taken);
                        }
                        if (start >= 0 && !isName(key.substring(start, at), s)) {
                            start = -1;
                        }
                        if (start >= 0 && SUFFIX_CHARS.indexOf(c) >= 0 && ChinaPlaces.get().entry(key.substring(start, from)) == null
                                && !(s.zone() && (first - start >= 3 || ChinaPlaces.get().entry(key.substring(start, first)) != null))
                                && !(s.level() == PlaceLevel.COMMUNITY && afterParentSuffix(key, start))) {
                            // past a place's suffix only into a name the country has (市|南区), not 泰和县|马市;
                            // a zone is named by the place it is in (威县|经济开发区, 梓山镇|富硒蔬菜产业园)
                            start = -1;
                        }
                        if (start >= 0 && adjacent && !s.zone() && s.level() != PlaceLevel.STREET
                                && !townOfVillageOrMarket(key, start, at)) {
                            start = -1;
                        }
                    }
                }
                if (start > 1 && !s.zone() && s.text().length() <= 2 && "市区县".indexOf(s.text()) < 0 && at - start + 1 <= s.max()
                        && "百千万".indexOf(key.charAt(start - 1)) >= 0 && afterParentSuffix(key, start - 1)) {
                    // a numeral begins the name right after its parent's suffix: 来凤县|百福司镇, 红星街道|万华凤凰城社区
                    start--;
                }
                if (start > 0 && s.zone() && SUFFIX_CHARS.indexOf(key.charAt(start - 1)) >= 0) {
                    // a zone named by the place it is in, then its kind: 梓山镇|富硒蔬菜产业园
                    int head = nameStart(key, at, s, taken, start - 1);
                    if (head < 0 || start - head < 3) {
                        // a county whose name holds a stop character: 南部县|蚕桑产业园
                        head = knownEndingAt(key, start, taken);
                    }
                    if (head >= 0 && start - head >= 3 && isName(key.substring(head, at), s)) {
                        start = head;
                    }
                }
                if (start > 1 && s.level() == PlaceLevel.COMMUNITY && (key.charAt(start - 1) == '市' || key.charAt(start - 1) == '区')) {
                    // a community's name may hold 市 or 区 right after its parent's suffix: 某某街道|城市花园社区
                    for (int k = start - 1; k >= Math.max(1, start - 3); k--) {
                        if (k < start - 1 && SUFFIX_CHARS.indexOf(key.charAt(k)) >= 0) {
                            break;
                        }
                        if (afterParentSuffix(key, k) && !taken(taken, k, start) && PersonNames.isHan(key.charAt(k))
                                && STOP_CHARS.indexOf(key.charAt(k)) < 0 && k < start - 1) {
                            start = k;
                            break;
                        }
                    }
                }
                int known = knownLonger(key, from, s, taken);
                if (known >= 0 && (start < 0 || known < start)) {
                    // the country's list knows the longer name: 阿日昆都楞镇, not 昆都楞镇
                    out.add(new Hit(known, from, s.level(), s.text()));
                    for (int i = known; i < from; i++) {
                        taken[i] = true;
                    }
                    continue;
                }
                if (start < 0 || at - start == 2 && s.text().length() == 1 && !startsAWord(key, start)
                        && ChinaPlaces.get().entry(key.substring(start, from)) == null
                        || from - start == 2 && s.text().equals("县") && !isCounty(key.substring(start, from))) {
                    // 经济强县 names no 济强县 (a short name that begins inside a word, unless the country's list
                    // knows it); a county of one character is one of the country's (沁县, 涉县), not 受县
                    continue;
                }
                out.add(new Hit(start, from, s.level(), s.text()));
                for (int i = start; i < from; i++) {
                    taken[i] = true;
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        // a village of one character under its town: 沙溪镇董村, 某乡王村
        for (int k = out.size() - 1; k >= 0; k--) {
            Hit h = out.get(k);
            int v = h.end();
            if (h.level() == PlaceLevel.TOWN && v + 2 <= key.length() && key.charAt(v + 1) == '村'
                    && PersonNames.isHan(key.charAt(v)) && !taken[v] && !taken[v + 1]
                    && NOT_BEFORE.get("村").indexOf(key.charAt(v)) < 0 && !NOT_NAMES.contains(key.substring(v, v + 1))
                    && fitsAfter(key, v + 2, VILLAGE)) {
                out.add(k + 1, new Hit(v, v + 2, PlaceLevel.VILLAGE, "村"));
                taken[v] = true;
                taken[v + 1] = true;
            }
        }
        // a subdistrict named by its road: 中山东路街道, 解放路街道
        for (int k = 0; k < out.size(); k++) {
            Hit h = out.get(k);
            if (h.level() == PlaceLevel.STREET && key.startsWith("街道", h.end())) {
                out.set(k, new Hit(h.start(), h.end() + 2, PlaceLevel.SUBDISTRICT, "街道"));
                taken[h.end()] = true;
                taken[h.end() + 1] = true;
            }
        }
        return out;
    }

    /** The start of the longest place of the country's list that ends at {@code end}, or -1. */
    private static int knownEndingAt(String key, int end, boolean[] taken) {
        for (int len = Math.min(8, end); len >= 2; len--) {
            int st = end - len;
            ChinaPlaces.Entry e = ChinaPlaces.get().entry(key.substring(st, end));
            if (e != null && e.name().equals(key.substring(st, end)) && !taken(taken, st, end)) {
                return st;
            }
        }
        return -1;
    }

    /** Whether a larger place's suffix ends right before {@code at}: 县, 市, 区, 镇, 街道. */
    private static boolean afterParentSuffix(String key, int at) {
        return at > 0 && SUFFIX_CHARS.indexOf(key.charAt(at - 1)) >= 0 || at > 1 && key.startsWith("街道", at - 2);
    }

    /**
     * The start of the longest town, township, subdistrict or county of the country's list that ends at
     * {@code end} with this suffix and stands apart on its left, or -1.
     */
    private static int knownLonger(String key, int end, Suffix s, boolean[] taken) {
        if (s.zone() || s.level() != PlaceLevel.TOWN && s.level() != PlaceLevel.SUBDISTRICT && s.level() != PlaceLevel.DISTRICT) {
            return -1;
        }
        for (int len = Math.min(9, end); len > s.text().length() + 1; len--) {
            int st = end - len;
            if (taken(taken, st, end)) {
                continue;
            }
            String name = key.substring(st, end);
            ChinaPlaces.Entry e = ChinaPlaces.get().entry(name);
            if (e == null || !e.name().equals(name) || e.level() != s.level() || PlaceExtractor.GENERIC_TOWNS.contains(name)) {
                continue;
            }
            char before = st == 0 ? 0 : key.charAt(st - 1);
            if (st == 0 || !PersonNames.isHan(before) || SUFFIX_CHARS.indexOf(before) >= 0 || STOP_CHARS.indexOf(before) >= 0
                    || endsWithBoundaryWord(key, st) || afterParentSuffix(key, st)) {
                return st;
            }
        }
        return -1;
    }

    /** Whether ICU's dictionary lets a word begin at {@code start}: a name does not begin inside 经济. */
    private static boolean startsAWord(String key, int start) {
        // after a place's own suffix a new name begins whatever the dictionary says (吉安市|井开区, not 市井)
        if (start == 0 || !PersonNames.isHan(key.charAt(start - 1)) || SUFFIX_CHARS.indexOf(key.charAt(start - 1)) >= 0) {
            return true;
        }
        int from = Math.max(0, start - 6);
        boolean[] bounds = ChineseWords.boundaries(key, from);
        return start - from < bounds.length && bounds[start - from];
    }

    private static boolean isCounty(String name) {
        ChinaPlaces.Entry e = ChinaPlaces.get().entry(name);
        return e != null && e.level() == PlaceLevel.DISTRICT;
    }

    /**
     * A town named by a village or market of one character (张村镇, 柳市镇), not a phrase that ends so
     * (美丽村镇, 城市镇): the name is two characters and its first is not a word's.
     */
    private static boolean townOfVillageOrMarket(String key, int start, int suffixAt) {
        if (suffixAt - start != 2) {
            return false;
        }
        String stem = key.substring(start, start + 1);
        String notBefore = NOT_BEFORE.get(key.substring(start + 1, suffixAt));
        return !NOT_NAMES.contains(stem) && (notBefore == null || !notBefore.contains(stem));
    }

    private static boolean taken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsAfter(String key, int end, Suffix s) {
        String not = NOT_AFTER.get(s.text());
        if (not == null || end >= key.length()) {
            return true;
        }
        char next = key.charAt(end);
        // 市政府 is the city's government; 市政工程 is not a city
        if (s.text().equals("市") && next == '政') {
            return key.startsWith("政府", end);
        }
        return not.indexOf(next) < 0;
    }

    /**
     * Where the place's name starts, read leftwards from {@code from} for the suffix at
     * {@code suffixAt}; -1 when there is no clear name.
     */
    private static int nameStart(String key, int suffixAt, Suffix s, boolean[] taken, int from) {
        int start = from;
        boolean bounded = false;
        while (true) {
            // a street may be named by a word that otherwise stands before places: 建设路
            boolean streetHead = start == suffixAt && s.level() == PlaceLevel.STREET && start > 0
                    && PersonNames.isHan(key.charAt(start - 1)) && STOP_CHARS.indexOf(key.charAt(start - 1)) < 0
                    && SUFFIX_CHARS.indexOf(key.charAt(start - 1)) < 0;
            if (start == 0 || taken[start - 1] || !streetHead && isBoundary(key, start, s)) {
                bounded = true;
                break;
            }
            if (suffixAt - start >= s.max()) {
                break;
            }
            start--;
        }
        // a character that usually stands before places begins this one when nothing stands before it: 从化区, 和平区
        if (bounded && start > 0 && suffixAt - start < s.max() && NAME_STARTS.indexOf(key.charAt(start - 1)) >= 0
                && (start == 1 || !PersonNames.isHan(key.charAt(start - 2))) && suffixAt - start + 1 >= s.min()) {
            start--;
        }
        if (suffixAt - start == 1 && s.text().equals("县") && bounded && ONE_CHAR_COUNTY_NOT.indexOf(key.charAt(start)) < 0
                && (start == 0 || !PersonNames.isHan(key.charAt(start - 1)) || STOP_CHARS.indexOf(key.charAt(start - 1)) >= 0
                && SOFT_STOPS.indexOf(key.charAt(start - 1)) < 0)) {
            // a county of one character: 沁县, 涉县
            return start;
        }
        if (suffixAt - start < s.min()) {
            return -1;
        }
        // a name that ran to its longest length without a boundary may have swallowed the words before it
        return bounded ? start : -1;
    }

    /** The position of the first boundary left of the suffix, where a name read from the suffix stops; -1 at none. */
    private static int firstBoundary(String key, int suffixAt, Suffix s, boolean[] taken) {
        int start = suffixAt;
        while (start > 0 && suffixAt - start < s.max()) {
            if (taken[start - 1]) {
                return -1;
            }
            char c = key.charAt(start - 1);
            if (!PersonNames.isHan(c)) {
                return -1;
            }
            if (isBoundary(key, start, s)) {
                // only a boundary character is read past, not a word
                return endsWithBoundaryWord(key, start) ? -1 : start;
            }
            start--;
        }
        return -1;
    }

    /** Whether the character before {@code at} cannot belong to the name that ends at the suffix. */
    private static boolean isBoundary(String key, int at, Suffix s) {
        char c = key.charAt(at - 1);
        boolean larger = SUFFIX_CHARS.indexOf(c) >= 0 && !(s.zone() && c == '市');
        return !PersonNames.isHan(c) || STOP_CHARS.indexOf(c) >= 0 || larger || endsWithBoundaryWord(key, at)
                || endsWithSuffixWord(key, at);
    }

    private static final Words.Endings BOUNDARY_ENDINGS = new Words.Endings(BOUNDARY_WORDS);
    private static final Words BOUNDARY_STARTS = new Words(BOUNDARY_WORDS);
    private static final Words.Endings SUFFIX_ENDINGS = new Words.Endings(
            SUFFIXES.stream().map(Suffix::text).filter(t -> t.length() >= 2).toList());

    private static boolean endsWithBoundaryWord(String key, int at) {
        return BOUNDARY_ENDINGS.endsAt(key, at);
    }

    private static boolean endsWithSuffixWord(String key, int at) {
        return SUFFIX_ENDINGS.endsAt(key, at);
    }

    /** The last character of a word that ends in the suffix's character without naming a place: 城市, 景区, 农村. */
    private static final java.util.Map<String, String> NOT_BEFORE = java.util.Map.of(
            "路", "公铁马网线水电道思出进退生活门套迷岔前后归来去绿丝之条行带走铺修筑建通开引领组户",
            "街", "大上逛沿步一老商临过满开扫",
            "市", "超夜股楼车菜都团",
            "区", "社景园矿郊灾牧校厂小辖学街库站户",
            "县", "郡",
            "镇", "城乡重小",
            "乡", "城家故他水异之",
            "村", "农乡山渔");
    /** Words that end in 城 before 市 without being a city's name: 全国文明城市, 森林城市. */
    private static final List<String> GENERIC_CITY = List.of("文明城", "卫生城", "森林城", "园林城", "智慧城", "旅游城", "名城",
            "宜居城", "海绵城", "韧性城", "示范城", "中心城", "大城", "小城", "新城");
    /** Characters of a verb phrase, never of a place's name before 市, 区 or 县: 要落实好区, 严格按照市, 说明济宁市. */
    private static final String PHRASE_CHARS = "要好做说把让给了着过也都还又再就才很更最已曾能应须必得么怎样虽但而且并则按照据凭随紧";

    private static boolean isName(String name, Suffix s) {
        if (s.zone() && SUFFIX_CHARS.indexOf(name.charAt(0)) >= 0) {
            // 全市|现代农业产业园: a zone's name does not begin with the suffix of the place before it
            return false;
        }
        if (s.level() == PlaceLevel.STREET) {
            // a street may be named by an ordinary word: 建设路, 胜利南路
            String last = NOT_BEFORE.get(s.text().substring(s.text().length() - 1));
            return !NOT_NAMES.contains(name) && (s.text().length() > 1 || last.indexOf(name.charAt(name.length() - 1)) < 0);
        }
        String not = NOT_BEFORE.get(s.text());
        if (not != null && not.indexOf(name.charAt(name.length() - 1)) >= 0
                && !(s.text().equals("村") && name.endsWith("山") && isMountainVillage(name))) {
            return false;
        }
        if ((s.text().equals("小区") || s.text().equals("办事处")) && (GENERIC_ESTATE.contains(name)
                || name.endsWith("街道") || name.endsWith("镇") || name.endsWith("乡") || name.endsWith("社区"))) {
            // 老旧小区 is a kind; 某街道办事处 is the 街道's office, read as the 街道
            return false;
        }
        if (s.text().equals("示范区") && !NAMED_BY_PLACE.matcher(name).matches()) {
            // 乡村振兴示范区 is a kind of zone; 开封市产城融合示范区 is one
            return false;
        }
        if (name.endsWith("示范") || name.endsWith("试点")) {
            // 美丽乡村示范片区, 示范村, 试点镇: a kind of place, not one
            return false;
        }
        if (s.text().length() == 1 && "市区县".contains(s.text())) {
            for (int i = 0; i < name.length(); i++) {
                if (PHRASE_CHARS.indexOf(name.charAt(i)) >= 0) {
                    return false;
                }
            }
            if (s.text().equals("市") && GENERIC_CITY.stream().anyMatch(name::endsWith)) {
                return false;
            }
            if (name.endsWith("示范")) {
                return false;
            }
        }
        return isName(name);
    }

    /** Words before 小区 that name a kind of estate, not one. */
    private static final Set<String> GENERIC_ESTATE = Set.of("老旧", "老", "新", "居民", "住宅", "商品房", "安置", "拆迁", "回迁",
            "无物业", "开放式", "封闭式", "智慧", "美丽", "文明", "平安", "绿色", "示范", "农村", "城市", "城中村", "高档", "整个",
            "这个", "该", "本", "各", "全", "多个", "附近", "周边", "所在", "物业", "红色", "无主", "零散", "老城", "棚户");

    /** A name that begins with a place's name and suffix: 开封市产城融合. */
    private static final java.util.regex.Pattern NAMED_BY_PLACE = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,5}[省市县区旗镇].+$");

    /** 茅山村, 灵山村: a village named by its mountain; 小山村, 偏远山村 are a kind of village. */
    private static boolean isMountainVillage(String name) {
        String stem = name.substring(0, name.length() - 1);
        return !stem.isEmpty() && !GENERIC_MOUNTAIN.contains(stem) && !NOT_NAMES.contains(stem);
    }

    private static final Set<String> GENERIC_MOUNTAIN = Set.of("小", "大", "深", "穷", "偏远", "边远", "贫困", "美丽", "这个", "一个",
            "小小", "偏僻", "落后", "高", "荒", "老", "古");

    private static boolean isName(String name) {
        // 和相关街道: a conjunction before a word that names no place
        if (name.length() > 2 && "和与及或并".indexOf(name.charAt(0)) >= 0 && NOT_NAMES.contains(name.substring(1))) {
            return false;
        }
        return !NOT_NAMES.contains(name) && BOUNDARY_STARTS.at(name, 0) == null;
    }

    private static List<Suffix> sorted(List<Suffix> s) {
        List<Suffix> out = new ArrayList<>(s);
        out.sort(Comparator.comparingInt((Suffix x) -> x.text().length()).reversed());
        return List.copyOf(out);
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }
}
