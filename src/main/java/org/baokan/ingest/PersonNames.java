package org.baokan.ingest;

import java.util.Set;

/**
 * What a Chinese personal name looks like: a known surname, then one or two given characters
 * (two or three after a compound surname), and not a word that merely follows a title.
 */
public final class PersonNames {
    /** Common single-character surnames (百家姓 and the most frequent surnames of today). */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
            + "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
            + "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌"
            + "奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦"
            + "戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴"
            + "昝智幸奉植衡富尧闭由粱郗鄂仉訾牧萧郦邴赖冒禤卯郇酆琚钮缑蹇矫雒禄杞纳禚"
            // more of the 百家姓 and of the regions' own surnames (虎, 妥 of the Hui, 者 of the Yi, 字 of the Bai, 庹)
            + "洪贝凤荀庾蒯桓竺滑汲糜羿宓蓬钭韶蓟莘贡逄堵璩郏宦暨沃蔚夔厍毋乜虎丘隗殳庹者妥寻资字巢";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "申屠", "太史",
            "颛孙", "赫连", "拓跋", "鲜于", "闾丘", "左丘", "公羊", "仲孙", "东郭", "梁丘", "漆雕",
            "闻人", "万俟", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "钟离", "第五");
    /** Words that stand where a name would and are not one. */
    private static final Set<String> NOT_NAMES = Set.of("同志", "一行", "等人", "全体", "有关", "相关", "领导", "干部", "代表",
            "群众", "记者", "成员", "班子", "以上", "及其", "本人", "一起", "分别", "主要", "负责", "各级", "部门", "单位",
            "同时", "作为", "以及", "和平", "安全", "万元", "平安", "高度", "文明", "明确", "向前", "严格", "全力", "方面",
            "于是", "时间", "国家", "公开", "宣传", "常态", "常务", "都要", "应急", "卫生", "金融", "江北", "包保", "双基",
            "来到", "成事", "成为", "成功", "成果", "成立", "成效", "成绩", "高质", "高速", "高标", "全面", "向上", "向下", "向好",
            "齐心", "严把", "于今", "常规", "时代", "时期", "时段", "文化", "明显", "武装", "武警", "黄金", "石油", "石化",
            "钱款", "孙辈", "何时", "何处", "任务", "任何", "任职", "任命", "任免", "任期", "资金", "资源", "资产", "资料",
            "资本", "资质", "资助", "资格", "资讯", "资深", "寻找", "妥善", "凤凰", "洪水", "洪涝", "洪峰", "丘陵", "字样", "贡献", "蔚蓝", "程度", "程序", "万家", "万人", "余人", "余名", "余家",
            "和谐", "和美", "和睦", "和合", "邵阳", "章程", "雷锋", "焦点", "方向", "方式", "方法", "方案", "方针", "陆续",
            "段时", "周边", "周年", "周期", "周末", "周密", "林业", "林地", "尚未", "关键", "关心", "关注", "关爱", "关于",
            "康养", "康复", "富民", "富裕", "温暖", "温馨", "强化", "强调", "强力", "祝贺", "祝福", "连续", "连日", "苗木",
            "谷物", "潘家", "柳树", "从严", "从而", "从事", "从业", "从中", "从来", "从小", "区政", "区人", "区党", "区委", "区纪",
            "区直", "区属", "区级", "区域", "区内", "区外", "权利", "权力", "权益", "权限", "权威", "羊年", "牛年", "马年", "虎年",
            "龙年", "猴年", "鸡年", "狗年", "猪年", "鼠年", "兔年", "蛇年", "边建", "边开", "边招", "边学", "边干", "边改", "边查", "党员", "党组", "党委", "党支", "党总", "纳入", "纳税", "纳米");
    /** A name does not end like a place or an organisation, nor with a word that follows names (阮彬等, 丰收节) or a particle (盘算着). */
    private static final String PLACE_OR_ORG_END = "镇区县市省村乡街道局委办部院校司园厅处科室队站所组会社馆厂店节等和与及的了着过吗呢吧说是也都还就又将被把让向对从为以于之其这那";
    /** Of those, the ones that end a place or an organisation, or follow a list: still no name's end between list marks. */
    private static final String PLACE_OR_ORG_END_IN_LIST = "镇区县市省村乡街道局委办部院校司园厅处科室队站所组会社馆厂店节等";

    /** Forms of address after a surname: 刘大爷, 张阿姨, 龚先生 name nobody by name. */
    private static final Set<String> ADDRESSES = Set.of("大爷", "阿姨", "大妈", "大娘", "大姐", "大哥", "大叔", "大伯", "师傅", "先生",
            "女士", "小姐", "老汉", "老伯", "奶奶", "爷爷", "婆婆", "阿婆", "阿公", "老师", "同学", "总", "经理", "书记", "主任", "局长");

    private PersonNames() {
    }

    private static final boolean[] STARTS = new boolean[0x10000];

    static {
        for (int i = 0; i < SURNAMES.length(); i++) {
            STARTS[SURNAMES.charAt(i)] = true;
        }
        for (String s : COMPOUND_SURNAMES) {
            STARTS[s.charAt(0)] = true;
        }
        STARTS['习'] = true; // the head of state's surname ({@link #HEAD_OF_STATE})
    }

    /** Whether a name can begin with this character: a surname, or the first of a compound one. */
    public static boolean canStartName(char c) {
        return STARTS[c];
    }

    /** The dots that join the parts of a transliterated name: 努尔兰·哈力木, 阿依古丽•吐尔逊. */
    private static final String NAME_DOTS = "·•‧・";

    /**
     * A transliterated name whose parts a dot joins, starting at {@code p}: 努尔兰·哈力木, 买买提江·艾则孜,
     * 古丽巴哈尔·阿布都热合曼; two or three parts of 2–8 Han characters each. Null when none stands there.
     */
    public static String dottedNameAt(String text, int p) {
        int i = p;
        int parts = 0;
        int end = -1;
        while (parts < 3) {
            int start = i;
            while (i < text.length() && isHan(text.charAt(i)) && i - start < 8) {
                i++;
            }
            int len = i - start;
            if (len < 2 && !(parts > 0 && len == 1)) {
                break;
            }
            parts++;
            end = i;
            if (i >= text.length() || NAME_DOTS.indexOf(text.charAt(i)) < 0) {
                break;
            }
            i++;
        }
        return parts >= 2 ? text.substring(p, end) : null;
    }

    /** Whether {@code s} is, whole, a transliterated name whose parts a dot joins (努尔兰·哈力木). */
    public static boolean isDottedName(String s) {
        return s.equals(dottedNameAt(s, 0));
    }

    /** Where the last part of a dotted name begins: after its last dot, or 0 when it holds none. */
    public static int lastPartStart(String name) {
        for (int i = name.length() - 1; i >= 0; i--) {
            if (NAME_DOTS.indexOf(name.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The two-character words Tibetan names are made of; a Tibetan name has no surname, and most
     * are two of these (扎西平措, 次仁卓嘎, 才让东智).
     */
    private static final Set<String> TIBETAN_NAME_WORDS = Set.of("扎西", "次仁", "尼玛", "卓玛", "达瓦", "格桑", "旦增", "丹增",
            "索朗", "多吉", "平措", "央金", "拉姆", "德吉", "白玛", "洛桑", "措姆", "卓嘎", "顿珠", "次旦", "边巴", "普布", "巴桑",
            "米玛", "益西", "曲珍", "才让", "东智", "多杰", "贡布", "仁青", "仁增", "强巴", "群培", "琼达", "加措", "嘉措", "央宗",
            "德庆", "拉巴", "次珍", "桑珠", "罗布", "扎巴", "旺堆", "旺姆", "晋美", "土登", "才旦", "更登", "完玛", "久美", "加央",
            "索南", "才仁", "阿旺", "卓措", "拉毛", "吉毛", "草毛", "仁措", "周措", "东珠", "更求", "南杰", "贡觉", "次央", "尼珍");

    /**
     * The head of state, whose surname (习) is not read as one elsewhere: it begins too many words
     * (学习, 习惯). Where his name stands in a set phrase (习近平总书记, 习近平新时代…思想, 以习近平同志为核心…)
     * it names no person of the page ({@link #inSetPhrase}).
     */
    public static final String HEAD_OF_STATE = "习近平";

    /** Whether the head of state's name at {@code p} is part of a set phrase rather than a mention of him. */
    public static boolean inSetPhrase(String key, int p) {
        int q = p + HEAD_OF_STATE.length();
        return key.startsWith("总书记", q) || key.startsWith("新时代", q) || key.startsWith("同志", q) || key.startsWith("关于", q)
                || key.startsWith("谈", q) || key.startsWith("论", q) || key.startsWith("著作", q) || key.startsWith("文化思想", q)
                || key.startsWith("经济思想", q) || key.startsWith("生态文明思想", q) || key.startsWith("法治思想", q)
                || key.startsWith("强军思想", q) || key.startsWith("外交思想", q)
                || p > 0 && (key.charAt(p - 1) == '《' || key.charAt(p - 1) == '以');
    }

    /** One of the words Tibetan names are made of: 格桑, 旺姆 (a name of its own, too). */
    public static boolean isTibetanNameWord(String s) {
        return TIBETAN_NAME_WORDS.contains(s);
    }

    /** A name of two Tibetan name words: 扎西平措, 次仁卓嘎. */
    public static boolean isTibetanName(String s) {
        return s.length() == 4 && TIBETAN_NAME_WORDS.contains(s.substring(0, 2)) && TIBETAN_NAME_WORDS.contains(s.substring(2));
    }

    /** Whether two characters are a compound surname: 欧阳, 司马, 诸葛. */
    public static boolean isCompoundSurname(String two) {
        return COMPOUND_SURNAMES.contains(two);
    }

    public static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** Whether {@code s} can be a personal name: 2–3 Han characters after a surname (3–4 after a compound one). */
    public static boolean isPlausible(String s) {
        return isPlausible(s, PLACE_OR_ORG_END);
    }

    /**
     * Whether {@code s}, standing whole between list marks ({@code 、郑和、}), can be a personal name:
     * as {@link #isPlausible(String)}, but it may end with a character that is elsewhere a particle
     * or a conjunction (和, 及, 为…), since a mark, not the text, ends it.
     */
    public static boolean isPlausibleListItem(String s) {
        return isPlausible(s, PLACE_OR_ORG_END_IN_LIST);
    }

    private static boolean isPlausible(String s, String forbiddenEnds) {
        int n = s.length();
        if (n < 2 || n > 4) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        if (s.equals(HEAD_OF_STATE)) {
            // a surname read nowhere else (学习, 练习): the one name it begins is the head of state's
            return true;
        }
        boolean compound = COMPOUND_SURNAMES.contains(s.substring(0, 2));
        if (n == 4 && !compound) {
            return isTibetanName(s);
        }
        if (!compound && !isSurname(s.charAt(0))) {
            return false;
        }
        if (NOT_NAMES.contains(s) || NOT_NAMES.contains(s.substring(0, 2)) || !compound && ADDRESSES.contains(s.substring(1))) {
            return false;
        }
        if (s.charAt(0) == '左' && NUMERALS.indexOf(s.charAt(1)) >= 0 && (n == 2 || NUMERALS.indexOf(s.charAt(2)) >= 0)) {
            // a photo's 左三, 左一: where the person stands, no name
            return false;
        }
        return forbiddenEnds.indexOf(s.charAt(n - 1)) < 0;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    public static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
    }
}
