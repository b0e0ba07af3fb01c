package org.baokan.entities;

import org.baokan.ingest.ChineseWords;
import org.baokan.ingest.PersonNames;
import org.baokan.ingest.Scripts;
import org.baokan.ingest.Words;
import org.baokan.model.PersonRole;
import org.baokan.model.PlaceLevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a text names the way local papers name officials: a title before the name
 * ({@code 区党工委书记展鑫}), chained titles ({@code 区党工委副书记、管委会主任、区建设指挥部办公室主任曹广州}),
 * lists after a collective title ({@code 区领导马磊、王利生、张德强}), and later mentions by name
 * alone ({@code 展鑫强调}). A name is accepted only where the text goes on as it would after a name
 * (a mark, 出席, 主持, 陪同…), so the length of a name is read from the text, not guessed; places in a
 * list ({@code 石桥镇、许庄街道}) are not names.
 */
final class PeopleExtractor {
    /** Title words that stand right before a name, longest first. */
    private static final Words TITLES = new Words(List.of("书记", "副书记", "主任", "副主任", "常务副主任", "省长", "副省长",
            "代省长", "常务副省长", "州长", "副州长", "旗长", "副旗长", "盟长", "自治区主席", "区委书记", "常务副市长", "常务副区长",
            "常务副县长", "总书记", "政委", "司令员",
            "区长", "副区长", "市长", "副市长", "代市长", "县长", "副县长", "代县长", "镇长", "副镇长", "乡长", "副乡长", "主席",
            "副主席", "部长", "副部长", "局长", "副局长", "厅长", "副厅长", "处长", "副处长", "科长", "秘书长", "副秘书长", "委员",
            "常委", "调研员", "副调研员", "一级调研员", "二级调研员", "三级调研员", "四级调研员", "巡视员", "副巡视员", "指挥长",
            "副指挥长", "总指挥", "副总指挥", "总经理", "副总经理", "董事长", "副董事长", "总裁", "经理", "校长", "副校长", "院长",
            "副院长", "所长", "队长", "大队长", "支队长", "政委", "站长", "行长", "组长", "副组长", "理事长", "会长", "社长",
            "总编辑", "主编", "检察长", "庭长", "馆长", "园长", "团长", "主委", "专员", "总监", "监事长", "干事", "书记员",
            "第一书记", "村支书", "支书", "网格员", "志愿者", "教授", "研究员", "工程师", "院士", "博士", "老师", "医生", "民警",
            "辅警", "党员", "总会计师", "经济师", "负责人", "居民", "村民", "市民", "农民", "种植户", "大户", "养殖户", "职工",
            "员工", "老人", "老党员", "学生", "游客", "企业家", "店主", "业主", "劳模", "烈士", "代表", "老军垦", "军垦", "社长",
            "执行主席", "主持人", "董事", "监事", "特派员", "联络员", "村医", "教师", "班长", "科员", "干部", "团员", "队员",
            "记者", "贫困户", "困难户", "低保户", "种粮大户", "种植大户", "果农", "菜农", "茶农", "枣农", "花农", "瓜农", "药农", "棉农",
            "菇农", "蕉农", "椒农", "渔民", "牧民", "农户", "养殖大户", "青年", "返乡青年", "创业者", "村干部", "网格长", "女孩", "男孩",
            "姑娘", "小伙", "教练", "主教练", "技术员", "农技员", "护士", "店长", "厂长", "老板", "船长", "车间主任", "选手", "运动员",
            "队长", "讲解员", "宣讲员", "快递员", "外卖员", "环卫工人", "工人", "村支部书记", "经营户", "个体户", "户主", "主人",
            "艺人", "手艺人", "传承人", "非遗传承人", "绣娘", "织娘", "经纪人", "能手", "匠人", "工匠", "厨师", "司机", "家长",
            "演员", "画家", "作家", "书法家", "律师", "法官", "检察官", "警官", "消防员", "乡贤", "主播", "技师", "老兵",
            "退役军人", "患者", "摊主", "船主", "场主", "农场主", "负责人", "烟农", "蔗农", "稻农", "桑农", "林农", "楼栋长", "楼长",
            "栋长", "村长", "河长", "林长", "田长", "湖长", "路长", "街长", "农艺师", "医师", "药师", "兽医", "防疫员", "护林员",
            "保洁员", "安全员", "信息员", "调解员", "协管员", "监督员", "巡河员", "护路员", "管理员", "驾驶员", "检验员", "社工",
            "脱贫户", "监测户", "商户", "巡护员", "总编", "副总编", "副总编辑", "助理", "总经理助理", "董事长助理", "村民小组长",
            "党代表", "人大代表", "政协委员", "民营企业家", "合伙人", "创始人", "法人", "带头人", "致富带头人", "导师", "硕士生导师",
            "博士生导师", "研究生导师", "博士后", "高级工程师", "编委", "社区书记"));
    /** What a text goes on with after a name. */
    private static final Words AFTER_NAME = new Words(List.of("出席", "主持", "陪同", "讲话", "参加", "带队",
            "带领", "率队", "率领", "率", "指出", "强调", "要求", "表示", "介绍", "说", "称", "一行", "等", "和", "与", "及", "同志",
            "在", "到", "来", "赴", "前往", "深入", "调研", "视察", "检查", "察看", "查看", "实地", "走访", "慰问", "会见", "会谈",
            "接见", "看望", "为", "向", "对", "就", "作", "做", "代表", "宣布", "宣读", "致辞", "讲", "提出", "汇报", "通报",
            "主讲", "参观", "考察", "莅临", "出任", "担任", "当选", "任", "的", "也", "还", "又", "均", "一同", "共同", "分别",
            "先后", "亲自", "随后", "分管", "负责", "召开", "组织", "听取", "部署", "现场", "详细", "认真", "充分", "表彰", "颁发",
            "揭牌", "签约", "致", "通过", "一起", "带头", "以", "从", "上", "下", "时", "后", "前", "发表", "回答", "接受", "点评",
            "总结", "作了", "领学", "传达", "解读", "宣讲", "授课", "讲授", "主抓", "督导", "督查", "观摩", "会同", "同", "跟",
            "被", "将", "是", "于", "已", "所", "来到", "走进", "登门", "专程", "一道", "列席", "烈士", "昨天", "今天", "昨日",
            "今日", "近日", "日前", "上午", "下午", "晚上", "当天", "此前", "应邀", "正", "进行", "两位", "三位", "等人", "二人",
            "两人", "发表", "获得", "荣获", "当选", "就座", "亲切", "高兴", "激动", "笑着", "一边", "正在", "正忙着", "忙着",
            "告诉", "坦言", "感慨", "回忆", "谈起", "谈到", "透露", "直言", "说道", "展示", "演示", "讲解", "带着", "拿着", "指着",
            "看着", "望着", "从事", "算起", "每天", "早早", "已经", "家", "一家", "则", "则是", "义务", "自费", "主动",
            "夫妇", "夫妻", "父子", "父女", "母子", "母女", "兄弟", "姐妹", "兄妹", "姐弟", "关于", "带"));
    /** Words a clause may begin with before the title of the person it names. */
    private static final List<String> LEAD_WORDS = sortedLongestFirst(List.of("由", "在", "对", "向", "与", "和", "及", "为",
            "是", "以", "受", "经", "请", "据", "从", "将", "把", "被", "让", "使", "会上", "会议由", "随后", "其中", "另外", "此外",
            "同时", "并", "也", "还", "均", "都", "就", "包括", "有", "即", "如", "特邀", "邀请", "陪同", "率领", "带领", "参加",
            "出席", "主持", "会见", "看望", "慰问", "到", "来", "赴", "听取了", "听取", "关于", "当天", "会后", "活动中", "期间", "其间",
            "近日", "日前", "上午", "下午", "晚上", "今年", "此前", "目前", "据悉", "一行", "等"));
    /** A collective title: 区领导, 高新区领导, 市领导… followed by a list of names. */
    private static final String COLLECTIVE = "领导";
    /** Places in a list of names: 石桥镇、许庄街道. */
    private static final List<String> PLACE_ENDS = List.of("街道", "镇", "乡", "区", "县", "市", "村", "社区", "园", "园区");
    /** A title that starts with a place: 临沂市委…, 山东省…, 任城区…. */
    private static final java.util.regex.Pattern FOREIGN_PREFIX =
            java.util.regex.Pattern.compile("^([\\p{IsHan}]{2,4}?)(省|市|州|县|盟|区)");
    private static final String CLAUSE_MARKS = "，,。；;：:！？!?（(“\"【】[\n";
    private static final String OPENING_QUOTES = "“\"‘「";
    private static final String CLOSING_QUOTES = "”\"’」";
    private static final Set<String> COMPANY_MARKS = Set.of("公司", "集团", "企业", "银行", "协会", "商会", "学校", "学院", "大学",
            "中学", "小学", "医院", "研究院", "研究所", "实验室", "合作社", "工作室", "事务所", "报社", "电视台");
    private static final Set<String> GOVERNMENT_MARKS = Set.of("党工委", "管委会", "党委", "政府", "人大", "政协", "纪委", "纪工委",
            "监委", "区委", "市委", "县委", "省委", "镇委", "街道", "办事处", "指挥部", "局", "办公室", "委员会", "市长", "区长",
            "县长", "镇长", "乡长", "书记", "调研员", "巡视员", "领导", "秘书长", "部长", "常委", "工委", "组织部", "宣传部",
            "统战部", "团市委", "团区委", "妇联", "总工会", "派出所", "公安", "法院", "检察院");

    private PeopleExtractor() {
    }

    /**
     * A person found in a text.
     *
     * @param name   the name
     * @param titles titles printed next to it, in order (empty for mentions by name alone)
     * @param start  where the name stands
     */
    record Found(String name, List<String> titles, int start) {
    }

    /** People named with a title (or in a list after a collective title), in order of appearance. */
    static List<Found> titled(String text) {
        return titled(text, text);
    }

    /**
     * People named with a title, in lists of names, or as speakers, in order of appearance.
     *
     * @param text the text as printed: names and titles are cut from it
     * @param key  the text in simplified script, as long as the text
     */
    static List<Found> titled(String text, String key) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[key.length()];
        withTitles(text, key, found);
        found.forEach(f -> mark(taken, f.start(), f.name().length()));
        for (Found f : nameLists(text, key, taken)) {
            found.add(f);
            mark(taken, f.start(), f.name().length());
        }
        for (Found f : speakers(text, key, taken)) {
            found.add(f);
            mark(taken, f.start(), f.name().length());
        }
        for (Found f : spacedNames(text, key, taken)) {
            found.add(f);
            mark(taken, f.start(), f.name().length());
        }
        found.sort(Comparator.comparingInt(Found::start));
        // the head of state in a set phrase (习近平总书记, 习近平新时代…) is no mention of him
        found.removeIf(f -> f.name().equals(PersonNames.HEAD_OF_STATE) && PersonNames.inSetPhrase(key, f.start()));
        return found;
    }

    /** What a headline's names are followed by: …举行 马丽红 荣红智出席并讲话 刘培国主持会议. */
    private static final Words HEADLINE_VERBS = new Words(List.of("出席", "主持", "陪同", "讲话", "参加", "调研", "看望",
            "慰问", "会见", "会谈", "致辞", "带队", "督导", "督查", "检查", "宣讲", "参观", "考察", "莅临", "走访", "接待", "指出",
            "强调", "出席并讲话"));

    /**
     * Names as a headline prints them, without titles, each a word of its own between spaces and the
     * last one followed by what they did: {@code 马丽红 荣红智出席并讲话}, {@code 刘培国主持会议}.
     */
    private static List<Found> spacedNames(String text, String key, boolean[] taken) {
        List<Found> out = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            while (i < key.length() && (key.charAt(i) == ' ' || key.charAt(i) == '\u3000')) {
                i++;
            }
            int start = i;
            while (i < key.length() && key.charAt(i) != ' ' && key.charAt(i) != '\u3000') {
                i++;
            }
            if (i > start) {
                tokens.add(new int[]{start, i});
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.get(t)[0];
            String name = null;
            for (int len = 4; len >= 2 && name == null; len--) {
                if (start + len < tokens.get(t)[1] && free(taken, start, len)) {
                    String candidate = key.substring(start, start + len);
                    // surnames that are also words (区领导检查…) need a title before them
                    if (PersonNames.isPlausible(candidate) && !isAnyPlace(candidate) && HEADLINE_VERBS.at(key, start + len) != null
                            && PREPOSITIONS.indexOf(candidate.charAt(len - 1)) < 0
                            && NO_FALLBACK_SURNAMES.indexOf(candidate.charAt(0)) < 0) {
                        name = candidate;
                    }
                }
            }
            if (name == null) {
                continue;
            }
            List<Found> chain = new ArrayList<>();
            chain.add(new Found(text.substring(start, start + name.length()), List.of(), start));
            // the names before it, each a whole word between spaces
            for (int k = t - 1; k >= 0; k--) {
                int[] tk = tokens.get(k);
                String word = key.substring(tk[0], tk[1]);
                if (!PersonNames.isPlausible(word) || isAnyPlace(word) || !free(taken, tk[0], word.length())
                        || NO_FALLBACK_SURNAMES.indexOf(word.charAt(0)) >= 0) {
                    break;
                }
                chain.add(0, new Found(text.substring(tk[0], tk[1]), List.of(), tk[0]));
            }
            out.addAll(chain);
        }
        return out;
    }

    /** The text from {@code from} on, as far as a rule after a name looks: a long text is not copied whole. */
    private static String window(String key, int from) {
        return key.substring(from, Math.min(key.length(), from + 16));
    }

    private static void mark(boolean[] taken, int start, int length) {
        for (int i = start; i < start + length && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int start, int length) {
        for (int i = start; i < start + length && i < taken.length; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Names after a title: 区委书记张国清, chained titles, a list that goes on after the name, a collective title's list. */
    private static void withTitles(String text, String key, List<Found> found) {
        int chainStart = 0;
        int i = 0;
        while (i < key.length()) {
            String title = titleAt(key, i);
            if (title == null) {
                if (CLAUSE_MARKS.indexOf(key.charAt(i)) >= 0) {
                    chainStart = i + 1;
                }
                i++;
                continue;
            }
            int titleEnd = i + title.length();
            // 市南区委书记:王锋 — a colon between the title and the name; 渔滨居“第一书记”周亮 — a title in quotes
            int nameAt = titleEnd < key.length() && (key.charAt(titleEnd) == ':' || key.charAt(titleEnd) == '：')
                    ? titleEnd + 1 : titleEnd;
            boolean quoted = nameAt == titleEnd && titleEnd < key.length() && CLOSING_QUOTES.indexOf(key.charAt(titleEnd)) >= 0
                    && chainStart > 0 && OPENING_QUOTES.indexOf(key.charAt(chainStart - 1)) >= 0;
            if (quoted) {
                nameAt = titleEnd + 1;
            }
            String name = dottedName(key, nameAt);
            if (name == null) {
                name = nameAt == titleEnd || quoted ? nameAt(key, nameAt) : nameAfterColon(key, nameAt);
                if (name != null && name.length() == 3 && insideWords(key, nameAt)) {
                    // 党员管好自家人: the surname is the start of a word and the name ends inside another
                    name = null;
                }
            }
            if (name == null && nameAt == titleEnd) {
                name = title.equals(COLLECTIVE) ? unknownSurnameItem(key, nameAt, true) : nameBeforeWord(key, nameAt);
            }
            if (name != null && "和与及".indexOf(name.charAt(0)) >= 0 && TITLES.at(key, nameAt + 1) != null) {
                // a conjunction and another title: 与商户和游客亲切交流
                name = null;
            }
            if (name != null && nameAt + name.length() == key.length() && PersonNames.lastPartStart(name) == 0
                    && !ChineseWords.allSingle(ChineseWords.boundaries(key, nameAt), 0, name.length())) {
                // a word that ends the text after a title is that word (…迎来赏花游客高峰), not a name
                name = null;
            }
            if (name == null) {
                // a longer title may start inside this one: 支书 in 党总支书记 stands before 书记
                i++;
                continue;
            }
            String printed = quoted ? text.substring(chainStart - 1, titleEnd + 1)
                    : text.substring(titleStart(key, afterNamed(key, titleStart(key, chainStart, titleEnd), titleEnd, found),
                    titleEnd), titleEnd).strip();
            if (title.equals(COLLECTIVE) || printed.endsWith(COLLECTIVE) || Scripts.fold(printed).endsWith(COLLECTIVE)) {
                int end = readList(text, key, nameAt, printed, found);
                chainStart = end;
                i = end;
                continue;
            }
            List<String> titles = printed.isEmpty() ? List.of() : List.of(printed);
            found.add(new Found(text.substring(nameAt, nameAt + name.length()), titles, nameAt));
            i = nameAt + name.length();
            // the same title for a list that goes on after the name: 区委常委蒋罡、干利强、刘其昕
            i = continueList(text, key, i, titles, found);
            chainStart = skipListMark(key, i);
        }
    }

    /**
     * Where a title run starts once the people already named in it are left out: 听取了王爱兵关于下关村党总支书记蔡峦
     * gives 下关村党总支书记 (the words after 王爱兵 are stripped as leading words).
     */
    private static int afterNamed(String key, int start, int titleEnd, List<Found> found) {
        int at = start;
        for (Found f : found) {
            // the name as the folded text holds it, wherever in the run it stands again
            String name = key.substring(f.start(), f.start() + f.name().length());
            int idx = key.indexOf(name, at);
            while (idx >= 0 && idx + name.length() < titleEnd) {
                at = idx + name.length();
                idx = key.indexOf(name, at);
            }
        }
        return at;
    }

    /** After a colon the name ends where the next item's place begins: 王锋|市南区代区长:刘存东. */
    private static String nameAfterColon(String key, int p) {
        for (int len = 3; len >= 2; len--) {
            if (p + len > key.length()) {
                continue;
            }
            String candidate = key.substring(p, p + len);
            int q = p + len;
            boolean nextItem = q < key.length() && NEXT_ITEM.matcher(window(key, q)).lookingAt();
            // before the next item a name may end like a place (谢兆村|平度市市长): the item shows where it ends
            boolean plausible = PersonNames.isPlausible(candidate)
                    || nextItem && PersonNames.isSurname(candidate.charAt(0)) && allHan(candidate, 0, len);
            if (!plausible) {
                continue;
            }
            if (q == key.length() || !PersonNames.isHan(key.charAt(q)) || nextItem) {
                return candidate;
            }
        }
        return nameAt(key, p);
    }

    /** The start of the next item of a list of titles and names: 市南区代区长:, 胶州市委书记:. */
    private static final Pattern NEXT_ITEM = Pattern.compile("^[\\p{IsHan}]{2,4}?(区|市|县)(委|代|市长|区长|县长|副)");

    /** Names that follow a name with the same title, separated by 、. Returns where the list ends. */
    private static int continueList(String text, String key, int i, List<String> titles, List<Found> found) {
        int p = i;
        while (p < key.length() && key.charAt(p) == '、') {
            int q = p + 1;
            if (titleAt(key, q) != null || placeItemEnd(key, q) >= 0) {
                return p;
            }
            String name = wholeItem(key, q);
            if (name == null) {
                name = unknownSurnameItem(key, q, false);
            }
            if (name == null) {
                return p;
            }
            found.add(new Found(text.substring(q, q + name.length()), titles, q));
            p = q + name.length();
        }
        return p;
    }

    /**
     * A name that is a whole item of a list: it ends at a mark, a word that follows names (等, 出席,
     * 当选…) or the text's end, and is not a place.
     */
    private static String wholeItem(String key, int q) {
        String name = nameAt(key, q);
        if (name == null) {
            name = markedItem(key, q, false);
        }
        if (name == null || isPlaceName(name)) {
            return null;
        }
        int end = q + name.length();
        if (end < key.length() && PersonNames.isHan(key.charAt(end)) && !endsName(key, end)) {
            return null;
        }
        return name;
    }

    /**
     * A name that ends in a character a name does not end in elsewhere ({@code 郑和}, {@code 王及}), read
     * only where list marks bound it: a 、 after it, or one before it and the list's end after it.
     * {@code afterTitle}: a collective title ({@code 区领导}) stands right before it, as a mark would.
     */
    private static String markedItem(String key, int q, boolean afterTitle) {
        boolean markBefore = afterTitle || q > 0 && key.charAt(q - 1) == '、';
        for (int len = 3; len >= 2; len--) {
            int end = q + len;
            if (end > key.length() || !PersonNames.isPlausibleListItem(key.substring(q, end))) {
                continue;
            }
            boolean markAfter = end < key.length() && key.charAt(end) == '、';
            boolean listEnd = end == key.length() || !PersonNames.isHan(key.charAt(end)) || endsName(key, end);
            if (markAfter && (markBefore || q == 0 || !PersonNames.isHan(key.charAt(q - 1))) || markBefore && listEnd) {
                return key.substring(q, end);
            }
        }
        return null;
    }

    /** Characters that stand in words and phrases, seldom in names: an item holding one is no name. */
    private static final String PHRASE_CHARS = "的了着过们和与及或在是为把被将从对向于以等之其这那个些各每全本该此所有无不没也都还又就";
    /**
     * Characters of phrases that given names do not hold: 项目化 after 书记 is no name, while 德全, 有福 and
     * 为民 are given names.
     */
    private static final String NOT_IN_GIVEN_NAMES = "的了着过们和与及或在是把被将从对向于等这那个些每该此所无不没也都还又就";
    /** Characters of names transliterated from Mongolian, Tibetan and Uyghur (那顺巴雅尔, 扎西次仁, 买买提). */
    private static final String TRANSLITERATED = "阿巴布达尔格图日勒乌吉扎西多丹增措卓玛拉次仁旦曲珍买提艾热依汗古丽娜那顺雅特木其朝鲁宝音德力赫苏"
            + "斯琴毕克孟根钦哈塔呼敖包沁嘎旺堆央姆尼顿珠桑杰吾甫库班孜伊迪亚夏合尕卡索朗白强平措罗布益边穷觉"
            + "云额敦才让江则兰满都必登俄呷伍各沙马海来惹曲比克且莫洛";

    /**
     * After a title, where no word we know follows the name ({@code 村民陈阿苗拿着}, {@code 店主陆小妹告诉记者}):
     * the name whose end ICU's dictionary sets apart from a word after it. The surname stands apart
     * from the given name too, so 项目化 after 书记 is no name.
     */
    private static String nameBeforeWord(String key, int p) {
        if (p >= key.length()) {
            return null;
        }
        String dotted = dottedName(key, p);
        if (dotted != null) {
            return dotted;
        }
        boolean[] bounds = ChineseWords.boundaries(key, p);
        String transliterated = transliteratedName(key, p, bounds);
        if (transliterated != null) {
            return transliterated;
        }
        if (PersonNames.canStartName(key.charAt(p)) && NO_FALLBACK_SURNAMES.indexOf(key.charAt(p)) < 0) {
            boolean compound = p + 2 <= key.length() && PersonNames.isCompoundSurname(key.substring(p, p + 2));
            for (int len = compound ? 4 : 3; len >= 2; len--) {
                if (p + len >= key.length() || len >= bounds.length || !bounds[compound ? 2 : 1] || !bounds[len]) {
                    continue;
                }
                String candidate = key.substring(p, p + len);
                if (!PersonNames.isPlausible(candidate) || isPlaceName(candidate) || placeItemEnd(key, p) >= 0
                        || holdsAny(candidate.substring(compound ? 2 : 1), NOT_IN_GIVEN_NAMES)) {
                    continue;
                }
                int next = ChineseWords.wordAt(bounds, len);
                // 告诉, 一边, 兴奋: a word; 拿着, 乐呵呵: a verb with its particle, or a word after it;
                // 一脸喜悦, 一家: 一 and what it counts
                if (next >= 2 || next == 1 && (ChineseWords.wordAt(bounds, len + 1) >= 2
                        || p + len + 1 < key.length() && "着了起地得过".indexOf(key.charAt(p + len + 1)) >= 0
                        || key.charAt(p + len) == '一' && p + len + 1 < key.length() && PersonNames.isHan(key.charAt(p + len + 1)))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Characters that make a title the name of a body (代表团, 常委会, 委员会, 理事会, 讲台): no surname after a title. */
    private static final String TITLE_TAILS = "团会台组室处部局委办队班科所站厅院校社员";

    /** Characters that begin what a title is followed by when no name follows it: 干部要按要求, 书记亲自, 主任再次. */
    private static final String VERB_STARTS = "要按应需能可必须再已曾正共同均皆亦仍尚便即乃并且而但先后亲专特积认切深严带率负牵统协"
            + "一二三四五六七八九十多每首各该本我你他她它";

    /** Surnames that are also words which stand after titles (区委, 来此, 任前): no name is guessed after a title for them. */
    private static final String NO_FALLBACK_SURNAMES = "区来任于向时都成和从全者妥寻资字凤";

    /**
     * A name transliterated from Mongolian, Tibetan or Uyghur after a title ({@code 旗委书记那顺巴雅尔主持},
     * {@code 区委书记索朗旺堆出席}): characters of such names only, which the dictionary reads as no word,
     * before a word that follows names.
     */
    /**
     * A transliterated name whose parts a dot joins (努尔兰·哈力木介绍): its last part ends where a word that
     * follows names begins, else where ICU's dictionary finds a word, else where the Chinese text ends.
     */
    static String dottedName(String key, int p) {
        String d = PersonNames.dottedNameAt(key, p);
        if (d == null) {
            return null;
        }
        int lastPart = p + PersonNames.lastPartStart(d);
        int end = p + d.length();
        for (int k = lastPart + 2; k < end; k++) {
            if (AFTER_NAME.at(key, k) != null) {
                return key.substring(p, k);
            }
        }
        if (end < key.length() && PersonNames.isHan(key.charAt(end))) {
            boolean[] bounds = ChineseWords.boundaries(key, lastPart);
            for (int k = 2; k < end - lastPart; k++) {
                if (k < bounds.length && bounds[k] && ChineseWords.wordAt(bounds, k) >= 2) {
                    return key.substring(p, lastPart + k);
                }
            }
        }
        return d;
    }

    private static String transliteratedName(String key, int p, boolean[] bounds) {
        for (int len = 6; len >= 2; len--) {
            // ICU may find a word inside a long one (乌云其木格): four or more such characters are a name all the same
            if (p + len >= key.length() || len >= bounds.length || !bounds[len]
                    || len < 4 && !ChineseWords.allSingle(bounds, 0, len)) {
                continue;
            }
            String candidate = key.substring(p, p + len);
            String after = AFTER_NAME.at(key, p + len);
            // a Tibetan name of one name word (果农格桑在…) ends where a word that follows names begins
            boolean clearEnd = after != null && (after.length() >= 2 || len >= 3 || PersonNames.isTibetanNameWord(candidate))
                    || !PersonNames.isHan(key.charAt(p + len));
            if (allOf(candidate, TRANSLITERATED) && clearEnd && (len >= 3 || !PersonNames.isPlausible(candidate))) {
                return candidate;
            }
        }
        return uncommonSurnameName(key, p, bounds);
    }

    /**
     * A name after a title whose surname we do not list ({@code 县长锁宁介绍}, {@code 书记淡建伟主持}):
     * characters the dictionary reads as no word, then a word that follows names.
     */
    private static String uncommonSurnameName(String key, int p, boolean[] bounds) {
        for (int len = 3; len >= 2; len--) {
            // ICU may find a word inside a long one (乌云其木格): four or more such characters are a name all the same;
            // a given name may be a word of its own after a surname that stands apart (陇|光明介绍, 喇|玉兰在)
            if (p + len >= key.length() || len >= bounds.length || !bounds[len]) {
                continue;
            }
            // (not where the title runs on into a body's name: 代表|团参加, 常委|会决定, 委员|会会议)
            boolean wordGivenName = len == 3 && bounds[1] && ChineseWords.wordAt(bounds, 1) == 2
                    && TITLE_TAILS.indexOf(key.charAt(p)) < 0;
            if (!ChineseWords.allSingle(bounds, 0, len) && !wordGivenName) {
                continue;
            }
            String candidate = key.substring(p, p + len);
            String after = AFTER_NAME.at(key, p + len);
            if (after != null && (after.length() >= 2 || wordGivenName && "在说等和".indexOf(after.charAt(0)) >= 0)
                    && allHan(candidate, 0, len)
                    && !holdsAny(candidate, PHRASE_CHARS)
                    && NO_FALLBACK_SURNAMES.indexOf(candidate.charAt(0)) < 0 && VERB_STARTS.indexOf(candidate.charAt(0)) < 0
                    && !isPlaceName(candidate)
                    && placeItemEnd(key, p) < 0 && PersonNames.isPlausibleListItem("王" + candidate.substring(1))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * An item of a list of names whose surname is not among the common ones ({@code 、禤志坚、}, {@code 、卯永红、}):
     * two or three characters between list marks, which ICU's dictionary does not read as a word.
     */
    private static String unknownSurnameItem(String key, int q, boolean afterTitle) {
        if (!afterTitle && (q == 0 || key.charAt(q - 1) != '、')) {
            return null;
        }
        for (int len = 6; len >= 2; len--) {
            int end = q + len;
            // four characters or more: a transliterated name (宝音满都呼)
            if (end > key.length() || !allHan(key, q, end) || len >= 4 && !allOf(key.substring(q, end), TRANSLITERATED)) {
                continue;
            }
            String candidate = key.substring(q, end);
            boolean markAfter = end < key.length() && key.charAt(end) == '、';
            // right after a collective title only an item a mark ends is read: 区领导奇海军、包文华
            boolean listEnd = !afterTitle && (end == key.length() || !PersonNames.isHan(key.charAt(end)) || endsName(key, end));
            // a transliterated name between marks may hold 都 or 各 (宝音满都呼), which phrases hold too
            boolean transliterated = len >= 4;
            if (!markAfter && !listEnd || !transliterated && holdsAny(candidate, PHRASE_CHARS) || isPlaceName(candidate)
                    || placeItemEnd(key, q) >= 0
                    || len < 4 && !PersonNames.isPlausibleListItem("王" + candidate.substring(1))) {
                continue;
            }
            boolean[] bounds = ChineseWords.boundaries(key, q);
            if (transliterated && markAfter || bounds[1] && bounds[len] && ChineseWords.wordAt(bounds, 0) == 1) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name is a province's or city's ({@code 黄石、十堰}). A county's short form is not
     * read so: many are names of people too (罗平, 高安).
     */
    /** Whether a name is a place of any level the country's lists hold (蒙阴, 长子). */
    private static boolean isAnyPlace(String name) {
        ChinaPlaces places = ChinaPlaces.get();
        return places.entry(name) != null || places.ordinaryEntry(name) != null;
    }

    private static boolean isPlaceName(String name) {
        ChinaPlaces.Entry e = ChinaPlaces.get().entry(name);
        return e != null && (e.level() == PlaceLevel.PROVINCE || e.level() == PlaceLevel.CITY);
    }

    /** Words after a list of names that name the list: 等区委领导, 等代表, 等同志. */
    private static final Pattern LIST_TITLE = Pattern.compile("^等([\\p{IsHan}]{0,6}?(领导|代表|同志|委员|干部|嘉宾|专家|负责人))");
    /** What stands right before a list of names without a title: a mark, 有, 是, 由, 包括, 还有… */
    private static final Words.Endings LIST_LEADS = new Words.Endings(List.of("还有", "包括", "分别是", "分别为", "他们是", "有", "是",
            "为", "由", "和", "与", "及", "了", ":", "："));

    /**
     * Lists of two or more names without a title before them ({@code 徐晓宗、覃永利、刘菁…出席大会},
     * {@code 毕东华、赵剑光…胡余波等区委领导}): every item a whole name, the list standing at the start of
     * a clause; a collective after 等 is their title.
     */
    private static List<Found> nameLists(String text, String key, boolean[] taken) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            if (!PersonNames.canStartName(key.charAt(i)) || !free(taken, i, 1)) {
                i++;
                continue;
            }
            char before = i == 0 ? 0 : key.charAt(i - 1);
            boolean clauseStart = i == 0 || before != '、' && before != '“' && before != '"' && before != '‘'
                    && (CLAUSE_MARKS.indexOf(before) >= 0 || !PersonNames.isHan(before) || LIST_LEADS.endsAt(key, i));
            if (!clauseStart) {
                i++;
                continue;
            }
            List<int[]> items = new ArrayList<>();
            int p = i;
            while (true) {
                String name = wholeItem(key, p);
                if (name == null || !free(taken, p, name.length())) {
                    break;
                }
                items.add(new int[]{p, name.length()});
                p += name.length();
                if (p < key.length() && key.charAt(p) == '、') {
                    p++;
                } else {
                    break;
                }
            }
            if (items.size() >= 2 && !likeWords(key, items)) {
                int end = items.get(items.size() - 1)[0] + items.get(items.size() - 1)[1];
                Matcher m = LIST_TITLE.matcher(window(key, end));
                List<String> titles = m.lookingAt() ? List.of(text.substring(end + 1, end + m.end())) : List.of();
                for (int[] item : items) {
                    out.add(new Found(text.substring(item[0], item[0] + item[1]), titles, item[0]));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Items that are words of one kind, not names: all ending alike (涂镇湖、牛山湖、前海湖) or all
     * beginning with the same adverb-like character (全收集、全外运).
     */
    private static boolean likeWords(String key, List<int[]> items) {
        char firstLast = key.charAt(items.get(0)[0] + items.get(0)[1] - 1);
        char firstFirst = key.charAt(items.get(0)[0]);
        boolean sameEnd = true;
        boolean sameStart = true;
        for (int[] item : items) {
            sameEnd &= key.charAt(item[0] + item[1] - 1) == firstLast;
            sameStart &= key.charAt(item[0]) == firstFirst;
        }
        if (sameEnd || sameStart && "全边都高成时向一每".indexOf(firstFirst) >= 0) {
            return true;
        }
        // 修剪、施肥: most items are words of the dictionary, as names are not
        int words = 0;
        for (int[] item : items) {
            boolean[] bounds = ChineseWords.boundaries(key, item[0]);
            if (item[1] < bounds.length && !bounds[1]) {
                words++;
            }
        }
        return words * 2 > items.size();
    }

    /** Words of speech after a name at a clause's start: 王天义说, 林树菊高兴地说, 张礼卫表示. */
    private static final Pattern SPEECH = Pattern.compile(
            "^((高兴|激动|感慨|自豪|动情|欣喜|兴奋|深情)地)?(说|表示|介绍|告诉|坦言|感慨|认为|回忆|谈到|笑着说|强调|指出|要求)|^同志"
                    + "|^(当选|被选为|被任命为|被评为)"
                    // where a photo shows the person: 王洪全(右)帮助村民…, 李华(左二)在…
                    + "|^[(（](左|右|中|前排左|前排右|后排左|后排右|前排中)[一二三四五六七八九]?[)）]");
    /** Words of an appointment before a name: 免去江荣同志的…职务, 任命李四同志为…. */
    private static final Words.Endings APPOINTMENT = new Words.Endings(List.of("免去", "任命", "提名", "推荐", "推选", "选举",
            "授予", "追授", "决定"));

    /** Where the clause that goes on at {@code from} ends: at ；, 。 or a line's end. */
    private static int clauseEnd(String key, int from) {
        int end = from;
        while (end < key.length() && "；;。\n".indexOf(key.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The rest of an appointment after the name: 为…主任 (a post named by a title) or 的…职务 (a post taken away). */
    private static boolean appointedTo(String key, int at) {
        int end = clauseEnd(key, at);
        if (end - at < 3 || end - at > 60) {
            return false;
        }
        String clause = key.substring(at, end);
        if (clause.startsWith("的")) {
            return clause.endsWith("职务");
        }
        if (!clause.startsWith("为")) {
            return false;
        }
        for (int j = clause.length() - 1; j > 1; j--) {
            String t = TITLES.at(clause, j);
            if (t != null && j + t.length() == clause.length()) {
                return true;
            }
        }
        return clause.endsWith("员") || clause.endsWith("职务");
    }

    /** A heading of a list of appointments stands before {@code at}: 决定任命:, 免去:, 任命: in the lines above. */
    private static boolean underAppointmentHeading(String key, int at) {
        int from = Math.max(0, at - 400);
        String before = key.substring(from, at);
        return APPOINTMENT_HEADING.matcher(before).find();
    }

    private static final Pattern APPOINTMENT_HEADING = Pattern.compile("(任命|免去|免职|提名|聘任|撤销)[:：]\\s*$|(任命|免去|免职|提名|聘任|撤销)[:：][^:：]*$");

    /** Names at the start of a clause followed by a word of speech: 林树菊高兴地说, 夏新:(an interview's turn). */
    private static List<Found> speakers(String text, String key, boolean[] taken) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < key.length(); i++) {
            boolean clauseStart = i == 0 || CLAUSE_MARKS.indexOf(key.charAt(i - 1)) >= 0 || !PersonNames.isHan(key.charAt(i - 1));
            boolean appointed = !clauseStart && APPOINTMENT.endsAt(key, i);
            if (!clauseStart && !appointed || !PersonNames.canStartName(key.charAt(i))) {
                continue;
            }
            for (int len = 3; len >= 2; len--) {
                if (i + len > key.length() || !free(taken, i, len)) {
                    continue;
                }
                String candidate = key.substring(i, i + len);
                if (!PersonNames.isPlausible(candidate) || isPlaceName(candidate)) {
                    continue;
                }
                String rest = window(key, i + len);
                // after an appointment's verb only 同志 or the post makes a name: 任命张三同志为…, 任命邵婷为副区长,
                // 免去黎宏远的…职务; not 决定李庄村…; under a heading 决定任命: each line 谭明远为…主任;
                boolean speech = appointed ? rest.startsWith("同志") || appointedTo(key, i + len)
                        : SPEECH.matcher(rest).lookingAt() || underAppointmentHeading(key, i) && appointedTo(key, i + len);
                // an interview's turn: 夏新:“十三五”时期…
                boolean turn = len == 2 || len == 3 ? rest.startsWith(":") || rest.startsWith("：") : false;
                // a headline's lead-in names a place, not a speaker: 蒙阴:蜜桃“触网”走俏
                if (speech && (len == 3 || !rest.startsWith("说")) || turn && i == 0 && !isAnyPlace(candidate)) {
                    out.add(new Found(text.substring(i, i + len), List.of(), i));
                    break;
                }
            }
        }
        return out;
    }

    /** The title word that ends at {@code i + length} and starts at {@code i}, or null. */
    private static String titleAt(String text, int i) {
        if (text.startsWith(COLLECTIVE, i)) {
            return COLLECTIVE;
        }
        return TITLES.at(text, i);
    }

    /**
     * A name starting at {@code p}: of the plausible lengths, the one after which the text goes on
     * most clearly as after a name (a mark, or the longest word such as 陪同 rather than 同), the
     * longer name when both are equally clear. So 李明陪同 is 李明 and 曹广州主持 is 曹广州.
     */
    static String nameAt(String text, int p) {
        if (p >= text.length() || !PersonNames.canStartName(text.charAt(p))) {
            return null;
        }
        String best = null;
        int bestScore = 0;
        for (int len = 4; len >= 2; len--) {
            if (p + len > text.length()) {
                continue;
            }
            String candidate = text.substring(p, p + len);
            if (!PersonNames.isPlausible(candidate)) {
                continue;
            }
            int score = followScore(text, p + len);
            if (score == bestScore && score > 0 && PREPOSITIONS.indexOf(best.charAt(best.length() - 1)) >= 0) {
                // 蔡峦在上级…: a preposition that would end the longer name begins what follows the shorter one
                best = candidate;
            } else if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? null : withConjunctionEnd(text, p, best);
    }

    /**
     * A name that ends in 和 or 与 (李永和, 王与): where no person follows the character and the text goes
     * on as after a name (李永和义务开设…), the character is the name's, not a conjunction (王刚和李强).
     */
    private static String withConjunctionEnd(String text, int p, String name) {
        int q = p + name.length();
        if (name.length() > 2 || q + 1 >= text.length() || "和与".indexOf(text.charAt(q)) < 0) {
            return name;
        }
        String longer = text.substring(p, q + 1);
        int r = q + 1;
        boolean personNext = TITLES.at(text, r) != null || text.startsWith(COLLECTIVE, r)
                || r + 2 <= text.length() && PersonNames.isPlausible(text.substring(r, r + 2))
                || r + 3 <= text.length() && PersonNames.isPlausible(text.substring(r, r + 3));
        String after = AFTER_NAME.at(text, r);
        return !personNext && after != null && after.length() >= 2 && COMPANIONS.at(text, r) == null
                && PersonNames.isPlausibleListItem(longer) ? longer : name;
    }

    /** The people one goes with: 李红和家人, 王刚与同事. */
    private static final Words COMPANIONS = new Words(List.of("家人", "家属", "同事", "妻子", "丈夫", "孩子", "儿子", "女儿",
            "父亲", "母亲", "老伴", "爱人", "伙伴", "队友", "工友", "邻居", "乡亲", "朋友", "学生", "徒弟"));

    /** Prepositions, which seldom end a given name and often follow a name: 在, 对, 向. */
    private static final String PREPOSITIONS = "在对向从于将被把给跟";

    /** How clearly the text at {@code q} goes on as after a name: 0 not at all, else the length of the word. */
    private static int followScore(String text, int q) {
        if (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\u3000')) {
            // a headline's space ends a name where another name, a title or an action follows it
            // (区委书记刘章箭 区长张三出席), not where the next clause does (居民齐添力 老巷大变样)
            int r = q;
            while (r < text.length() && (text.charAt(r) == ' ' || text.charAt(r) == '\u3000')) {
                r++;
            }
            boolean nameNext = r + 2 <= text.length() && PersonNames.isPlausible(text.substring(r, Math.min(text.length(), r + 3)))
                    || r + 2 <= text.length() && PersonNames.isPlausible(text.substring(r, r + 2));
            return r >= text.length() || TITLES.at(text, r) != null || AFTER_NAME.at(text, r) != null || nameNext
                    || !PersonNames.isHan(text.charAt(r)) ? 100 : 0;
        }
        if (q >= text.length() || !PersonNames.isHan(text.charAt(q))) {
            return 100;
        }
        String w = AFTER_NAME.at(text, q);
        return w == null ? 0 : w.length();
    }

    /** Whether ICU's dictionary reads the surname at {@code p} into a word and the third character into the next. */
    private static boolean insideWords(String key, int p) {
        boolean[] bounds = ChineseWords.boundaries(key, p);
        return bounds.length > 3 && !bounds[1] && !bounds[3];
    }

    private static boolean endsAWord(String key, int start, int length) {
        boolean[] bounds = ChineseWords.boundaries(key, start);
        return length < bounds.length && bounds[length];
    }

    /** Whether what stands at {@code q} can follow a name. */
    private static boolean endsName(String text, int q) {
        return followScore(text, q) > 0;
    }

    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{1,2}月\\d{1,2}日");
    /** Marks a title run never starts with: a list mark, a comma, the closing quote of the sentence before. */
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[、,，\\s”’」』]+");

    /** Where the titles printed before a name start: the clause start, without leading words and marks. */
    private static int titleStart(String key, int from, int nameAt) {
        int start = Math.max(0, Math.min(from, nameAt));
        boolean changed = true;
        while (changed && start < nameAt) {
            changed = false;
            while (start < nameAt && (Character.isWhitespace(key.charAt(start)) || key.charAt(start) == '\u3000')) {
                start++;
            }
            String s = key.substring(start, nameAt);
            Matcher date = LEADING_DATE.matcher(s);
            if (date.lookingAt()) {
                start += date.end();
                changed = true;
                continue;
            }
            Matcher punct = LEADING_PUNCTUATION.matcher(s);
            if (punct.lookingAt() && punct.end() > 0) {
                start += punct.end();
                changed = true;
                continue;
            }
            for (String w : LEAD_WORDS) {
                // a lead word ends where a word ends: 经 of 经营土家油茶汤的商户 is no lead word
                if (s.startsWith(w) && s.length() > w.length() + 1 && (w.length() > 1 || endsAWord(key, start, w.length()))) {
                    start += w.length();
                    changed = true;
                    break;
                }
            }
        }
        return start;
    }

    /** Names after a collective title, separated by 、; places in the list are skipped. Returns where the list ends. */
    private static int readList(String text, String key, int start, String title, List<Found> found) {
        if (start < key.length() && "和与及同暨并".indexOf(key.charAt(start)) >= 0) {
            // 区领导和嘉宾: the collective is joined to more people, not followed by names
            return start;
        }
        int p = start;
        while (p < key.length()) {
            int placeEnd = placeItemEnd(key, p);
            String name = placeEnd < 0 ? nameAt(key, p) : null;
            if (name == null && placeEnd < 0) {
                name = markedItem(key, p, p == start);
            }
            if (name == null && placeEnd < 0) {
                name = unknownSurnameItem(key, p, p == start);
            }
            if (name != null) {
                found.add(new Found(text.substring(p, p + name.length()), List.of(title), p));
                p += name.length();
            } else if (placeEnd > p) {
                p = placeEnd;
            } else {
                return p;
            }
            if (p < key.length() && key.charAt(p) == '、') {
                p++;
            } else {
                return p;
            }
        }
        return p;
    }

    /** Where a list item that names a place ({@code 石桥镇}, {@code 许庄街道}) ends, or -1 when it names none. */
    static int placeItemEnd(String text, int p) {
        int best = -1;
        for (String e : PLACE_ENDS) {
            for (int len = 2; len <= 5; len++) {
                if (text.startsWith(e, p + len) && allHan(text, p, p + len)) {
                    int end = p + len + e.length();
                    if (end >= text.length() || !PersonNames.isHan(text.charAt(end)) || text.startsWith("及", end)
                            || text.startsWith("和", end) || text.startsWith("等", end)) {
                        best = Math.max(best, end);
                    }
                }
            }
        }
        return best;
    }

    private static boolean allHan(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!PersonNames.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipListMark(String text, int i) {
        return i < text.length() && text.charAt(i) == '、' ? i + 1 : i;
    }

    /**
     * Where known people appear by name alone. A name of three or more characters is distinctive
     * anywhere; a two-character name only where the text goes on as after a name. Where two known
     * names start at the same place, the longer is taken (王利生, not 王利).
     *
     * @param text    the text as printed
     * @param key     the text in simplified script
     * @param page    the names the page gives with a title, in simplified script
     * @param archive the names the archive knows
     * @param never   names that are not people of the story here (bylines), in simplified script
     */
    static List<Found> byName(String text, String key, Words page, Words archive, Set<String> never) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            if (!PersonNames.canStartName(key.charAt(i))) {
                i++;
                continue;
            }
            String a = page.at(key, i);
            String b = archive.at(key, i);
            String name = a == null ? b : b == null || a.length() >= b.length() ? a : b;
            if (name != null && !never.contains(name) && !(name.equals(PersonNames.HEAD_OF_STATE) && PersonNames.inSetPhrase(key, i))
                    && (name.length() >= 3 || endsName(key, i + name.length()))) {
                found.add(new Found(text.substring(i, i + name.length()), List.of(), i));
                i += name.length();
            } else {
                i++;
            }
        }
        return found;
    }

    /** {@link #byName(String, String, Words, Words, Set)} on a text in simplified script. */
    static List<Found> byName(String text, Words page, Words archive, Set<String> never) {
        return byName(text, text, page, archive, never);
    }

    /** {@link #byName(String, Words, Words, Set)} for a list of names. */
    static List<Found> byName(String text, Collection<String> known) {
        return byName(text, new Words(known), new Words(List.of()), Set.of());
    }

    /**
     * Whether titles make someone a leader of the district or city, a visitor from elsewhere, or
     * neither. A title that starts with another place ({@code 临沂市委副书记}) is a visitor's; one of a
     * company or school is not an official's.
     *
     * @param titles the titles printed
     * @param local  names that mean here: the paper's city and districts ({@code 济宁}, {@code 济宁市}, {@code 高新区}…)
     */
    static PersonRole role(List<String> titles, Set<String> local) {
        if (titles.isEmpty()) {
            return PersonRole.OTHER;
        }
        String t = titles.get(0);
        if (isForeign(t, local)) {
            return PersonRole.VISITOR;
        }
        for (String c : COMPANY_MARKS) {
            if (t.contains(c)) {
                return PersonRole.OTHER;
            }
        }
        for (String g : GOVERNMENT_MARKS) {
            if (t.contains(g)) {
                return PersonRole.LEADER;
            }
        }
        return PersonRole.OTHER;
    }

    /** A title beginning with a place that is not local: 临沂市…, 山东省…, 国务院…. */
    private static boolean isForeign(String title, Set<String> local) {
        if (title.startsWith("省") || title.startsWith("国务院") || title.startsWith("中央") || title.startsWith("国家")) {
            return true;
        }
        for (String l : local) {
            if (title.startsWith(l)) {
                return false;
            }
        }
        java.util.regex.Matcher m = FOREIGN_PREFIX.matcher(title);
        if (!m.find()) {
            return false;
        }
        String place = m.group(1);
        // 市委, 市政府, 区委 without a place name are the paper's own city or district
        return !(place.equals("团") || place.length() < 2 || local.contains(place) || local.contains(place + m.group(2)));
    }

    /** Merges the titles of the same person found several times in one text, keeping the order printed. */
    static Map<String, List<String>> titlesByName(List<Found> found) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Found f : found) {
            List<String> titles = out.computeIfAbsent(f.name(), k -> new ArrayList<>());
            for (String t : f.titles()) {
                if (!titles.contains(t)) {
                    titles.add(t);
                }
            }
        }
        return out;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }
}
