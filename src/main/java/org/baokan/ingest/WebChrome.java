package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chrome of web pages and e-paper sites, which never belongs to an article: navigation,
 * breadcrumbs, page headers ({@code 第03版:城 事 PDF版阅读}, {@code A4:视点总第2960期 >2023-09-06编印}),
 * source and time lines ({@code 2017-08-09 10:12:58 来源:闽西新闻网 责任编辑:阙小琴}), editors' and
 * reviewers' lines, share buttons, text-size switches, copyright and licence footers, app and
 * follow prompts, image file names and markup left over from the page.
 *
 * <p>Some chrome lines carry facts of the page: a date, the paper or site (来源:晋中日报), the page's
 * own label and the running number. They are read here and returned with the line's
 * verdict. Every rule reads the line's folded (simplified) text and looks at the form of the line,
 * never at a particular site.
 */
final class WebChrome {

    /**
     * What a chrome line says; any field may be null.
     *
     * @param date  a date printed in it (the page's publication date)
     * @param paper the paper or site it names as the source
     * @param label the page's label it prints
     * @param total the running number (总第N期)
     */
    record Facts(LocalDate date, String paper, PageLabel label, Integer total) {
        static final Facts NONE = new Facts(null, null, null, null);

        boolean isEmpty() {
            return date == null && paper == null && label == null && total == null;
        }
    }

    /** Words that make up navigation bars, toolbars and e-paper controls. */
    private static final Set<String> NAVIGATION = Set.of("首页", "主页", "返回", "刷新", "登录", "注册", "网页版", "WAP首页",
            "手机版", "电脑版", "上一版", "下一版", "上一篇", "下一篇", "上一页", "下一页", "尾页", "末页", "前一篇", "后一篇",
            "版面概览", "版面导航", "标题导航", "本版新闻列表", "新闻列表", "本版导航", "往期阅读", "往期回顾", "往期", "放大", "缩小",
            "默认", "打印", "收藏", "关闭", "关闭窗口", "打印本页", "分享到", "分享", "更多", "发给好友", "推荐给好友", "我来说两句",
            "相关阅读", "相关新闻", "相关链接", "新闻推荐", "推荐阅读", "热点推荐", "热门推荐", "精彩推荐", "点击排行", "网站地图",
            "实用工具", "我要发布", "近期热点关注", "上网从搜狗开始", "网页", "PDF", "PDF版", "PDF版阅读", "PDF下载", "语音阅读",
            "大", "中", "小", "大字", "中字", "小字", "字号", "字体", "默认字号", "小黑屋", "APP", "下载", "扫一扫", "二维码",
            "本版PDF", "版面目录", "数字报刊", "数字报", "电子报", "听全文", "网友评论", "发表评论", "我要评论", "评论区", "登录后发表", "写留言", "留言", "精选留言", "在看", "关注",
            "上一期", "下一期", "列印", "喜欢此内容的人还喜欢", "阅读原文", "转载", "返回顶部", "返回栏目", "返回列表", "返回首页", "返回上页", "返回上一页", "正文", "相关文章", "顶部", "目录", "返回目录", "本版目录", "在线读报", "当前版", "查看内容", "新闻中心", "图片", "视频", "评论", "点赞", "转发",
            "微信", "微博", "QQ空间", "复制链接", "当前位置", "阅读全文", "展开全文", "收起", "回复", "举报", "纠错",
            "今日", "在线投稿", "投稿", "往期报纸", "常见问题", "帮助", "搜索", "文章搜索", "站内搜索", "全文检索", "检索",
            "阅读上一篇", "阅读下一篇", "过往期刊", "报纸检索", "版面预览", "进入版面", "发布评论", "最大长度", "还剩", "还可输入",
            "还可以输入", "提交评论", "通版阅读", "通版阅读请点击", "展开通版", "收缩通版", "版面阅读", "标题阅读", "分享至",
            "本版列表新闻", "小字體大字體", "小字体大字体", "大字體", "小字體",
            "原创");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\u3000|｜»«›‹>＞<＜/／、,，:：\\[\\]【】()（）]+");
    /** A page counter or a page number in a pager: 1/4, 12. */
    private static final Pattern COUNTER = Pattern.compile(
            "^\\d{1,3}(/\\d{1,3})?$|^\\d{1,6}条(评论|留言|回复)$|^共\\d{1,6}条$|^第\\d{1,4}(/\\d{1,4})?页$|^共\\d{1,4}页$"
                    + "|^第\\d{1,4}$|^\\d{1,4}页$");

    /** Field labels of a source or time line; the strong ones make a chrome line wherever they stand. */
    private static final Pattern STRONG_FIELD = Pattern.compile(
            "(来源|信息来源|稿件来源|稿源|发布时间|发布日期|刊发日期|信息时间|更新时间|录入时间|浏览次数|浏览量|阅读次数|阅读量|点击数"
                    + "|点击量|责任编辑|责编|编审|审核|审校|初审|复审|终审|一审|二审|三审|监制|校对|值班编辑|语音阅读|关键词|关键字|标签|字号|来源于"
                    + "|当前报纸名称|报纸名称|主办单位|承办单位|主管单位|协办单位|技术支持|旗下栏目|所属栏目|人气)\\s*[:：丨|]");
    private static final Pattern WEAK_FIELD = Pattern.compile("(^|\\s)(时间|日期|作者|编辑|浏览|阅读|点击|发布)\\s*[:：丨|]");
    /** {@code [编辑:李秀青]}, {@code 【责任编辑:高薇】}, {@code (责任编辑:UN913)}. */
    private static final Pattern BRACKETED_EDITOR = Pattern.compile(
            "^[\\[【(（]\\s*(责任编辑|责编|编辑|编审|审核|来源)\\s*[:：][^\\]】)）]*[\\]】)）]$");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(当前位置|您当前的位置|您当前位置|您所在的位置|您的位置|所在位置|位置)\\s*[:：]");
    /** A breadcrumb's separator; {@code >>} is one (and a guide's page reference, {@code 标题 >> 02}, has only one). */
    private static final Pattern COPYRIGHT = Pattern.compile("(版权所有|版权归|copyright|©|ICP备|ICP证|公网安备|许可证|法律顾问|举报电话"
            + "|举报中心|违法和不良信息|不得复制|不得转载|不得镜像|poweredby|processedin|gmt[+-]\\d|关于我们|联系我们|服务范围|网站声明"
            + "|免责声明|新闻热线|广告热线|新闻投诉|投诉电话|本站点信息|all ?rights ?reserved)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile("(返回搜狐|查看更多|文明上网|理性发言|点蓝字|关注我们|下载\\S{0,12}客户端|浏览器版本太低|请升级至|扫码关注|长按二维码"
            + "|识别二维码|欢迎访问|点击上方|点击下方|点击关注|阅读原文|收录于合集|扫码二维码|微信扫码|分享至好友|分享到朋友圈)");
    private static final Pattern WEATHER = Pattern.compile("^\\S{0,8}天气\\s*[:：]");
    private static final Pattern URL = Pattern.compile("^(https?:)?//\\S+$|^www\\.\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("^!\\[.*\\]\\(.*\\).*$|^\\S{0,30}\\.(jpe?g|png|gif|bmp|webp)$|^图片\\d{0,3}$"
            + "|^<image>.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile("(style=|-->|<!--|</?[a-z]+[ >/]|enpproperty|content_\\d+\\.s?html?)",
            Pattern.CASE_INSENSITIVE);
    /** A page's {@code <title>} with the site's name: {@code …工作_黄河新闻网}. */
    private static final Pattern TITLE_WITH_SITE = Pattern.compile("^.{4,80}[_｜|-]\\s*[\\p{IsHan}A-Za-z0-9·]{1,16}(网|频道|新闻|报|网站|在线)$");
    /** Debris of a page's metadata: a channel, an editor and an article id ({@code 要闻-吉林站 李明伟 2502649}). */
    private static final Pattern METADATA_ID = Pattern.compile("\\S+-\\S+\\s+[\\p{IsHan}]{2,4}\\s+\\d{5,}$");
    /** A link to the story before or after, or to related ones, with its title: {@code 上一篇:我市召开…会议}. */
    private static final Pattern NEIGHBOUR_LINK = Pattern.compile(
            "^(上一篇|下一篇|上一条|下一条|前一篇|后一篇|上篇|下篇|上一则|下一则|相关阅读|推荐阅读|延伸阅读|相关新闻|相关链接|相关报道)\\s*[:：]\\s*\\S.{0,100}$");
    private static final Pattern FLIPBOOK = Pattern.compile("^(Page \\d+ - .*|P\\. ?\\d+)$");
    /** A flipbook's page header names the page and the book or paper: {@code Page 47 - 罗平执政纪要2015}. */
    private static final Pattern FLIPBOOK_TITLE = Pattern.compile("^Page (\\d{1,4}) - \\s*《?([^《》]{2,40}?)》?\\s*$");

    static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*([-/.年])\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(:\\d{2})?(?!\\d)");
    private static final Pattern SHORT_DATETIME = Pattern.compile("^\\d{1,2}/\\d{1,2}\\s+\\d{1,2}:\\d{2}$");
    private static final Pattern TOTAL = Pattern.compile("总第\\s*(\\d+)\\s*期|(?<![\\d第])(\\d{2,6})\\s*期");
    private static final Pattern PRINTED_ON = Pattern.compile("[>＞]?\\s*((?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})\\s*编印");
    /** A page label with its section: 第03版:城 事, A02版, HC02版:太白湖·新城, B1:看云南, 第2b版:本地. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:当前版\\s*[:：]?\\s*)?(?:第\\s*)?([A-Za-z]{0,2}\\d{1,3}[A-Za-z]?)\\s*(版)?\\s*(?:[:：]\\s*([\\p{IsHan}·*\\s\\d]{0,16}?))?\\s*$");
    private static final Pattern CURRENT_PAGE = Pattern.compile("当前第\\s*([A-Za-z]{0,2}\\d{1,3})\\s*版");
    private static final Pattern SOURCE_NAME = Pattern.compile("(?:来源|稿源|信息来源|报纸名称|本文转自|转自|转载自)\\s*[:：]\\s*([\\p{IsHan}A-Za-z·\\-/]{2,30})");
    private static final Pattern SITE_BEFORE_TIME = Pattern.compile("^([\\p{IsHan}]{2,12})\\s+(?=(19|20)\\d{2}[-/.年])");

    private WebChrome() {
    }

    /** The facts of a chrome line, or empty when the line is not chrome. */
    static Optional<Facts> read(String key) {
        String s = key.strip();
        if (s.isEmpty() || s.length() > 160) {
            return Optional.empty();
        }
        Optional<Facts> header = pageHeader(s);
        if (header.isPresent()) {
            return header;
        }
        if (!isChrome(s)) {
            return Optional.empty();
        }
        return Optional.of(facts(s));
    }

    /** Whether the line is chrome by its form. */
    static boolean isChrome(String line) {
        if (line.length() > 160 || line.isBlank()) {
            return false;
        }
        // a list's dot before a toolbar or a breadcrumb: • 当前位置:
        String s = line.charAt(0) == '•' || line.charAt(0) == '●' || line.charAt(0) == '▪'
                ? line.replaceFirst("^[•●▪\\s]+", "") : line;
        if (s.isEmpty()) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        // each form is tried only where its first or last character allows it: most lines are read in a few steps
        if (allNavigation(s) || "[【(（".indexOf(first) >= 0 && BRACKETED_EDITOR.matcher(s).matches()
                || "当您所位".indexOf(first) >= 0 && BREADCRUMB_START.matcher(s).find()
                || "hHwW/".indexOf(first) >= 0 && URL.matcher(s).matches()
                || ("!图<".indexOf(first) >= 0 || Chars.isLatinLetter(last)) && IMAGE.matcher(s).matches()
                || first == 'P' && FLIPBOOK.matcher(s).matches()
                || "上下前后相推延".indexOf(first) >= 0 && NEIGHBOUR_LINK.matcher(s).matches()
                || Character.isDigit(first) && SHORT_DATETIME.matcher(s).matches()
                || Character.isDigit(last) && mayEndInMetadataId(s) && METADATA_ID.matcher(s).find()) {
            return true;
        }
        if (!hasHan(s)) {
            // a line without a Chinese character in a Chinese page: markup, codes, debris (but not a bare number,
            // unless it is a row of an e-paper's calendar flattened into one: 78910111213)
            String digits = compact(s);
            return !digits.matches("[\\d.、]+") || isCalendarRow(digits);
        }
        if (isKeywordList(s)) {
            return true;
        }
        boolean letters = holdsLatinLetter(s);
        if (letters && MARKUP.matcher(s).find() || s.indexOf('<') >= 0 && MARKUP.matcher(s).find()) {
            return !Chars.endsSentence(s) || s.length() < 60;
        }
        String compact = compact(s);
        if ((letters || s.indexOf('©') >= 0 || FOOTER_WORDS.in(compact)) && COPYRIGHT.matcher(compact).find()
                || PROMPT_WORDS.in(compact) && PROMPT.matcher(compact).find() || s.contains("天气") && WEATHER.matcher(s).find()) {
            return !Chars.endsSentence(s) || s.length() < 60;
        }
        if (breadcrumb(s) || "网道闻报站线".indexOf(last) >= 0 && TITLE_WITH_SITE.matcher(s).matches() && !s.contains("，") && !s.contains(",")) {
            return true;
        }
        if (s.startsWith("首页 ") || s.startsWith("首页>")) {
            return true;
        }
        if (s.indexOf('月') > 0 && s.indexOf('日') > 0 && WECHAT_HEADER.matcher(s).matches()) {
            return true;
        }
        if (("阅浏点发原日时本转文稿".indexOf(first) >= 0 || Character.isDigit(first)) && META.matcher(s).matches()) {
            return true;
        }
        if ((Character.isDigit(first) || first == '第' || Chars.isLatinLetter(first) || first == '版') && isPageList(s)
                || first == '共' && COMMENT_COUNT.matcher(s).lookingAt()) {
            return true;
        }
        boolean field = s.indexOf(':') >= 0 || s.indexOf('：') >= 0 || s.indexOf('丨') >= 0 || s.indexOf('|') >= 0;
        if (field && FIELD_WORDS.in(s) && STRONG_FIELD.matcher(s).find() && !Chars.endsSentence(s)) {
            return true;
        }
        Matcher date = mayHoldYear(s) ? DATE.matcher(s) : null;
        if (date != null && date.find()) {
            boolean time = TIME.matcher(s).find();
            boolean weak = WEAK_FIELD.matcher(s).find();
            if ((time || weak) && !Chars.endsSentence(s) && s.indexOf('，') < 0 && s.indexOf(',') < 0) {
                return true;
            }
            // the day and the e-paper's controls: 2013年10月23日 星期三 放大 缩小 默认
            String rest = s.substring(0, date.start()) + " " + s.substring(date.end());
            rest = rest.replaceAll("星期[一二三四五六日天]|周[一二三四五六日]", " ").strip();
            if (!rest.isEmpty() && allNavigation(rest)) {
                return true;
            }
            // an issue list: 2025-12-26,12687| 2025-12-25,12675| …
            int dates = 1;
            while (date.find()) {
                dates++;
            }
            return dates >= 3;
        }
        return false;
    }

    /**
     * A counter, a repost's origin or its original title: 阅读:1532, 阅读 (), 发布于:浙江省, 原标题:…
     */
    private static final Pattern META = Pattern.compile(
            "^(阅读|浏览|点击|阅读量|浏览量)\\s*[:：(（]?\\s*[\\d.]*万?\\+?\\s*[)）]?(次)?$|^发布于\\s*[:：].{0,20}$|^原标题\\s*[:：].{2,80}$"
                    // a portal account's header: 05-12 10:31 · 某某日报社官方账号
                    + "|^\\d{1,2}-\\d{1,2}\\s+\\d{1,2}:\\d{2}\\s*[·•]\\s*\\S{2,24}$"
                    + "|^(日期|时间|发布时间|发布日期)\\s*[:：]\\s*\\d{1,2}[-/月]\\d{1,2}日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$"
                    + "|^(本文转自|转自|转载自|本文来源|文章来源|稿件来源)\\s*[:：]\\s*[\\p{IsHan}A-Za-z·]{2,20}$");

    /**
     * A WeChat article's header: its account (and the owner), and the day without a year:
     * {@code 原创 某县融媒体中心 某县发布 3月14日}, {@code 某某融媒 8月22日}.
     */
    private static final Pattern WECHAT_HEADER = Pattern.compile(
            "^(?:原创\\s+)?(?:[\\p{IsHan}A-Za-z]{2,16}\\s+)?([\\p{IsHan}A-Za-z]{2,16}(?:发布|融媒|融媒体|融媒体中心|新闻|日报|在线|之声|视界|微报|头条|宣传|文旅))"
                    + "\\s+\\d{1,2}月\\d{1,2}日(?:\\s+\\d{1,2}:\\d{2})?(?:\\s+[\\p{IsHan}]{2,4})?$");

    /** A page of the issue in a list of them: 01 要闻, 第02版:综合, 03版 县域新闻, A04版:专题. */
    private static final Pattern PAGE_ITEM = Pattern.compile(
            "(?:第\\s*)?[A-Za-z]{0,2}\\d{1,3}[A-Za-z]?\\s*版?\\s*[:：]?\\s*[\\p{IsHan}·]{1,12}");
    private static final Pattern PAGE_LIST = Pattern.compile(
            "^(?:版面导航|版面目录|本期版面|版面)?[\\s|｜:：]*" + PAGE_ITEM.pattern() + "(?:[\\s|｜/、,，]+" + PAGE_ITEM.pattern() + ")+[\\s|｜]*$");
    /** A comment block's counter: 共0条评论, 共12条留言. */
    private static final Pattern COMMENT_COUNT = Pattern.compile("^共\\s*\\d+\\s*条(评论|留言|回复)");

    /** A list of the pages on one line: {@code 版面导航 | 01 要闻 | 02 综合}, {@code 第01版:要闻 第02版:综合}. */
    static boolean isPageList(String s) {
        if (s.length() > 160 || !PAGE_LIST.matcher(s.strip()).matches()) {
            return false;
        }
        // the pages are marked as pages (版), or stand between a bar's separators: 5个乡镇 12个村 is text
        int marks = 0;
        for (int i = s.indexOf('版'); i >= 0; i = s.indexOf('版', i + 1)) {
            marks++;
        }
        return marks >= 2 || s.indexOf('|') >= 0 || s.indexOf('｜') >= 0;
    }

    /** The words of {@link #STRONG_FIELD}. */
    private static final Words FIELD_WORDS = Words.of("来源", "稿源", "发布时间", "发布日期", "刊发日期", "信息时间", "更新时间",
            "录入时间", "浏览次数", "浏览量", "阅读次数", "阅读量", "点击数", "点击量", "责任编辑", "责编", "编审", "审核", "审校", "初审", "复审",
            "终审", "一审", "二审", "三审", "监制", "校对", "值班编辑", "语音阅读", "关键词", "关键字", "标签", "字号",
            "报纸名称", "主办单位", "承办单位", "主管单位", "协办单位", "技术支持", "旗下栏目", "所属栏目", "人气");

    /**
     * Whether {@link #METADATA_ID} can match: the line ends in five or more ASCII digits after a
     * space and holds a hyphen. The expression, tried at every start, is slow on the long lines of
     * a guide box that end in a page number ({@code 标题 >> 02}).
     */
    private static boolean mayEndInMetadataId(String s) {
        int i = s.length();
        while (i > 0 && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
            i--;
        }
        return s.length() - i >= 5 && i > 0 && isRegexSpace(s.charAt(i - 1)) && s.indexOf('-') >= 0;
    }

    /** {@code \s} of a regular expression without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a year of {@link #DATE} (19xx, 20xx) can stand in the line. */
    private static boolean mayHoldYear(String s) {
        return s.indexOf("20") >= 0 || s.indexOf("19") >= 0;
    }

    /** The Chinese words of {@link #COPYRIGHT} and {@link #PROMPT}: a line holding none needs no regular expression. */
    private static final Words FOOTER_WORDS = Words.of("版权", "许可证", "法律顾问", "举报", "违法和不良信息", "不得复制",
            "不得转载", "不得镜像", "关于我们", "联系我们", "服务范围", "网站声明", "免责声明", "新闻热线", "广告热线", "新闻投诉", "投诉电话",
            "本站点信息", "ICP", "公网安备");
    private static final Words PROMPT_WORDS = Words.of("点蓝字", "关注我们", "下载", "浏览器版本太低", "请升级至", "扫码关注",
            "长按二维码", "识别二维码", "欢迎访问", "点击上方", "点击下方", "点击关注", "阅读原文", "文明上网", "理性发言",
            "返回搜狐", "查看更多", "收录于合集", "扫码二维码", "微信扫码", "分享至好友", "分享到朋友圈");

    private static boolean holdsLatinLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isLatinLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The line without spaces: spaced-out footers ({@code 版 权 所 有}) read whole. */
    private static String compact(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every word of the line is a navigation word or a page counter. */
    static boolean allNavigation(String s) {
        // the first word decides most lines without splitting them
        String first = withoutLeadingHyphens(firstToken(s));
        if (first.isEmpty() || !isNavigationWord(first)) {
            return (first.isEmpty() && !s.isBlank() || first.length() <= 12 && PageFurniture.looksLikePaperName(first))
                    && allNavigationSplit(s);
        }
        return allNavigationSplit(s);
    }

    private static String firstToken(String s) {
        int i = 0;
        while (i < s.length() && TOKEN_CHARS.indexOf(s.charAt(i)) >= 0 || i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && TOKEN_CHARS.indexOf(s.charAt(j)) < 0 && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j);
    }

    /** The characters {@link #TOKEN_SPLIT} splits at, besides spaces. */
    private static final String TOKEN_CHARS = "|｜»«›‹>＞<＜/／、,，:：[]【】()（）\u3000";

    private static boolean allNavigationSplit(String s) {
        String[] tokens = TOKEN_SPLIT.split(s.strip());
        int words = 0;
        for (int k = 0; k < tokens.length; k++) {
            String t = withoutLeadingHyphens(tokens[k]);
            if (t.isEmpty() || k == 0 && tokens.length > 1 && PageFurniture.looksLikePaperName(t)) {
                // the paper's name before its e-paper's controls: 鄞州日报 数字报刊
                continue;
            }
            // an English caption beside a navigation word stays navigation: 新闻推荐 NEWS, 相关文章Related
            if (isNavigationWord(t)) {
                words++;
            } else if (!isLatinWord(t)) {
                return false;
            }
        }
        return words > 0;
    }

    private static boolean isNavigationWord(String t) {
        return NAVIGATION.contains(t) || COUNTER.matcher(t).matches() || NAVIGATION.contains(withoutLatinTail(t))
                || t.startsWith("返回") && RETURN_LINKS.matcher(t).matches()
                || (t.endsWith("报") || t.endsWith("刊") || t.endsWith("版")) && E_PAPER_OF.matcher(t).matches();
    }

    /** A paper's e-paper, its name run into the word and perhaps half lost: 某某日报数字报刊, 日报数字报刊. */
    private static final Pattern E_PAPER_OF = Pattern.compile("^[\\p{IsHan}]{0,10}(日报|晚报|早报|晨报|报)(数字报刊|数字报|电子报|电子版)$");

    /**
     * A row of a month's calendar, its days run together: {@code 12345}, {@code 78910111213}, {@code 28293031}
     * (four days or more, each the day before plus one; five for a row of five digits, which could be a number).
     */
    static boolean isCalendarRow(String digits) {
        if (digits.length() < 5 || digits.length() > 20 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        for (int firstLength = 1; firstLength <= 2; firstLength++) {
            int day = Integer.parseInt(digits.substring(0, firstLength));
            int at = firstLength;
            int days = 1;
            while (day >= 1 && day < 31 && at < digits.length()) {
                String next = String.valueOf(day + 1);
                if (!digits.startsWith(next, at)) {
                    break;
                }
                day++;
                at += next.length();
                days++;
            }
            if (at == digits.length() && days >= (digits.length() == 5 ? 5 : 4) && day <= 31) {
                return true;
            }
        }
        return false;
    }

    /** Keywords a spam mirror strings together with hyphens: four parts or more, none a sentence. */
    private static boolean isKeywordList(String s) {
        if (s.indexOf('-') < 0 && s.indexOf('_') < 0 || Chars.endsSentence(s) || s.indexOf('，') >= 0 || s.indexOf(',') >= 0) {
            return false;
        }
        String[] parts = s.split("\\s*[-_]\\s*");
        if (parts.length < 4) {
            return false;
        }
        for (String p : parts) {
            if (p.codePoints().filter(Chars::isHan).count() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Links back, printed without a space between them: {@code 返回红网首页返回专题频道首页}. */
    private static final Pattern RETURN_LINKS = Pattern.compile("^(返回[\\p{IsHan}A-Za-z]{0,8}?(首页|频道|栏目|列表|顶部|目录))+$");

    /** A menu's items may each stand between hyphens: {@code 首页 -在线投稿 -往期报纸 -帮助}, {@code —分享—}. */
    private static String withoutLeadingHyphens(String t) {
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '—')) {
            i++;
        }
        int j = t.length();
        while (j > i && (t.charAt(j - 1) == '-' || t.charAt(j - 1) == '—')) {
            j--;
        }
        return i == 0 && j == t.length() ? t : t.substring(i, j);
    }

    private static boolean isLatinWord(String t) {
        return !t.isEmpty() && t.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    private static String withoutLatinTail(String t) {
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) < 128 && Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        return end == t.length() || end == 0 ? t : t.substring(0, end);
    }

    /** A breadcrumb's last step: {@code 小宁说事发现 • 正文}, {@code 首页 > 本地 > 正文}. */
    private static final Pattern TO_TEXT = Pattern.compile("^\\S.{0,40}[>›»＞•·|｜/]\\s*正文$");

    /** {@code 新闻中心 > 国内新闻 > 2012年全国两会}, {@code >区情>环翠概况>环翠大事记}. */
    private static boolean breadcrumb(String s) {
        if (s.endsWith("正文") && TO_TEXT.matcher(s).matches()) {
            return true;
        }
        // runs of separators (>, ›, », ＞), each counted once
        int count = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean separator = ">›»＞".indexOf(s.charAt(i)) >= 0;
            if (separator && !inRun) {
                count++;
            }
            inRun = separator;
        }
        return count >= 2 && !Chars.endsSentence(s) && s.indexOf('，') < 0 && s.indexOf('。') < 0;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An e-paper page header: the page's label, perhaps with its section, controls, the issue's
     * number and the date it was printed ({@code 03版:综合总第648期 >2023-04-07编印},
     * {@code 第05版:综合新闻 PDF版阅读}, {@code 当前版: 08版 上一版 下一版}, {@code 1886 期 / 第2版:2}).
     */
    static Optional<Facts> pageHeader(String line) {
        // a page header prints its number within its first characters, or 当前第N版; 版面: or 【…】 may wrap it
        String s = line;
        Matcher wrapped = WRAPPED_LABEL.matcher(s);
        if (wrapped.matches()) {
            s = wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2);
        }
        char first = s.charAt(0);
        boolean labelFirst = Character.isDigit(first) || Chars.isLatinLetter(first) || first == '第' || first == '当';
        if (!labelFirst && !s.contains("当前第")) {
            return Optional.empty();
        }
        String rest = s;
        LocalDate printed = null;
        Matcher p = PRINTED_ON.matcher(rest);
        if (p.find()) {
            printed = isoDate(p.group(1));
            rest = rest.substring(0, p.start()) + " " + rest.substring(p.end());
        }
        Integer total = null;
        Matcher t = TOTAL.matcher(rest);
        if (t.find()) {
            total = Integer.valueOf(t.group(1) != null ? t.group(1) : t.group(2));
            rest = rest.substring(0, t.start()) + " " + rest.substring(t.end());
        }
        Matcher current = CURRENT_PAGE.matcher(rest);
        if (current.find() && containsNavigation(rest)) {
            return Optional.of(new Facts(printed, null, new PageLabel(current.group(1).toUpperCase(Locale.ROOT), null), total));
        }
        rest = stripNavigation(rest).replaceAll("^[\\s/|]+|[\\s/|]+$", "");
        Matcher m = LABEL.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean printedVersion = m.group(2) != null || s.contains(":") || s.contains("：");
        boolean hasSection = m.group(3) != null && !m.group(3).isBlank();
        // a bare number is not a label; 03 新城 (a section after a space) is PageFurniture's
        if (!printedVersion || !(m.group(2) != null || hasSection)) {
            return Optional.empty();
        }
        String section = hasSection ? m.group(3).replaceAll("\\s+", "") : null;
        if (section != null && section.matches("\\d+")) {
            section = null;
        }
        return Optional.of(new Facts(printed, null, new PageLabel(m.group(1).toUpperCase(Locale.ROOT), section), total));
    }

    /** A page label after {@code 版面:} or in brackets: {@code 版面:第C07版:社区 上一篇}, {@code 【第 B1 版:要闻】}. */
    private static final Pattern WRAPPED_LABEL = Pattern.compile("^版面\\s*[:：]\\s*(第.+)$|^【\\s*(第[^【】]{1,24})】$");

    private static boolean containsNavigation(String s) {
        for (String t : TOKEN_SPLIT.split(s)) {
            if (NAVIGATION.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The line without the navigation words and controls at its end (PDF版阅读, 上一版 下一版). */
    private static String stripNavigation(String s) {
        String[] tokens = s.strip().split("\\s+");
        int end = tokens.length;
        while (end > 1 && allNavigation(tokens[end - 1])) {
            end--;
        }
        String head = String.join(" ", java.util.Arrays.copyOf(tokens, end));
        // 第03版:城事 PDF版阅读 with no space before the control
        for (String control : new String[]{"PDF版阅读", "PDF版", "PDF"}) {
            if (head.endsWith(control) && head.length() > control.length()) {
                head = head.substring(0, head.length() - control.length()).strip();
            }
        }
        return head;
    }

    /** The date, source and label a chrome line prints. */
    private static Facts facts(String s) {
        Matcher book = s.charAt(0) == 'P' ? FLIPBOOK_TITLE.matcher(s) : null;
        if (book != null && book.matches()) {
            return new Facts(null, book.group(2).strip(), new PageLabel(book.group(1), null), null);
        }
        LocalDate date = null;
        Matcher d = DATE.matcher(s);
        // an issue list prints many dates; none is this page's
        if (d.find()) {
            int start = d.start();
            LocalDate first = date(d);
            if (!d.find()) {
                date = first;
            } else if (start > 0) {
                date = null;
            }
        }
        String paper = null;
        Matcher wechat = WECHAT_HEADER.matcher(s);
        if (wechat.matches()) {
            return new Facts(null, wechat.group(1), null, null);
        }
        Matcher src = SOURCE_NAME.matcher(s);
        if (src.find()) {
            // an empty field runs into the next one's label: 作者: 来源: 发布时间:2012-08-29
            // (or the next label is glued to the source: 来源:聊城日报编辑:胡浩亮)
            boolean labelAfter = src.end() < s.length() && (s.charAt(src.end()) == ':' || s.charAt(src.end()) == '：');
            String source = labelAfter ? withoutGluedLabel(src.group(1)) : src.group(1);
            paper = labelAfter && source.equals(src.group(1)) ? null : outlet(source);
        } else {
            Matcher site = SITE_BEFORE_TIME.matcher(s);
            if (site.find()) {
                paper = site.group(1);
            }
        }
        return new Facts(date, paper, null, null);
    }

    /** Words a source line uses for the page's own site or for no outlet at all: 来源:本网, 来源:网络, 来源:管理员. */
    private static final Set<String> NO_OUTLET = Set.of("本网", "本站", "本报", "本台", "本刊", "网络", "网友", "互联网", "综合", "原创",
            "管理员", "网站管理员", "系统管理员", "admin", "Admin");
    /** An office that posts on its own site is a source, not an outlet: 来源:开福区人民政府办公室, 来源:县农业农村局. */
    private static final Pattern OFFICE = Pattern.compile("(办公室|人民政府|政府办|管委会|委员会|局)$");
    /** The next field's label glued to a source: 来源:聊城日报编辑:胡浩亮. */
    private static final Pattern GLUED_LABEL = Pattern.compile("(责任编辑|编辑|责编|作者|发布时间|发布日期|时间|日期|浏览|点击)$");

    private static String withoutGluedLabel(String source) {
        Matcher m = GLUED_LABEL.matcher(source);
        return m.find() && m.start() >= 2 ? source.substring(0, m.start()) : source;
    }

    /**
     * The outlet a source line names. A source that names a site and its paper ({@code 解放网-解放日报},
     * {@code 青岛西海岸报/西海岸新闻网}) is the paper's; a word for the page's own site names none.
     */
    static String outlet(String source) {
        String[] parts = source.split("[\\-/]+");
        String chosen = parts.length == 0 ? source : parts[0];
        for (String p : parts) {
            if (p.endsWith("报")) {
                chosen = p;
                break;
            }
        }
        return chosen.length() < 2 || NO_OUTLET.contains(chosen) || OFFICE.matcher(chosen).find() ? null : chosen;
    }

    static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate isoDate(String s) {
        Matcher m = DATE.matcher(s);
        return m.find() ? date(m) : null;
    }
}
