package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines around the stories: page labels, guide references, the guide box title,
 * the paper's name, and boilerplate (supervisor, hotlines, e-mail, slogans, social-media captions,
 * editors' footers).
 */
final class PageFurniture {
    /** {@code 03 新城}, {@code C4 视觉}, {@code 第2版}, {@code A02版：要闻}. */
    private static final Pattern PAGE_LABEL = Pattern.compile(
            "^(?:第\\s*)?([A-Za-z]?\\d{1,2})(?:\\s*(版))?(?:[\\s:：·]+([\\p{IsHan}·]{2,8}))?$");
    /** A page label at the end of a credit line: {@code … 摄 C4 视觉}. */
    private static final Pattern TRAILING_LABEL = Pattern.compile("^(.*\\S)\\s+([A-Za-z]?\\d{1,2}\\s+[\\p{IsHan}]{2,6})$");
    /** {@code >> 02}, {@code ▶02版}, {@code 见第2版}. */
    private static final Pattern GUIDE_REF = Pattern.compile(
            "^(?:>{1,2}|》{1,2}|＞{1,2}|▶|►|→|见|详见)\\s*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版?$");
    /** A guide reference at the end of a headline line. */
    private static final Pattern TRAILING_GUIDE_REF = Pattern.compile(
            "^(.*\\S)\\s*(?:(?:>{1,2}|》{1,2}|＞{1,2}|▶|►|→)\\s*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版?"
                    + "|[(（]\\s*(?:详见|见)?\\s*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版\\s*[)）]"
                    // or unbracketed after a space: ■某区:老工业基地跑出转型“加速度” 详见2版
                    + "|\\s+(?:详见|见)\\s*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版)$");
    private static final Pattern GUIDE_HEADER = Pattern.compile("^(今日导读|本期导读|本版导读|本版要目|本版看点|导读|要闻导读|今日看点|本期看点|今日要目|本期要目)$");
    private static final Pattern PAPER_NAME = Pattern.compile(
            "^[\\p{IsHan}]{2,10}(新闻|日报|晚报|早报|晨报|时报|周报|商报|导报|都市报|报|新闻网)$");
    /** Words ending in 报 that name a column or a document, not a paper: 要闻简报, 工作汇报 (but 静海报 is 静海's paper). */
    private static final Pattern NOT_A_PAPER = Pattern.compile("(简报|快报|情报|(?<!^\\p{IsHan})海报|汇报|通报|公报|举报|预报|捷报|喜报|电报|年报|月报|专报|画报|黑板报|墙报)$"
            + "|^(图片|要闻|本地|综合|社会|国内|国际|头条|今日|热点|视频|焦点|时政|经济|文化|体育|娱乐|法治|民生|县域|区域|基层|网络|新闻"
            + "|网页|手机|更多|最新|相关|推荐|精彩|即时|滚动|原创|高清|图文|专题|独家|财经|科技|军事|教育|健康|旅游|汽车|房产)新闻$"
            // a column of the week's news: 要闻周报, 新闻周报
            + "|^(要闻|新闻|时政|工作|一周)周报$");
    /** A paper's name with its edition: 社区晨报外滩. */
    private static final Pattern PAPER_WITH_EDITION = Pattern.compile(
            "^[\\p{IsHan}]{2,10}(日报|晚报|早报|晨报|时报|周报|商报|导报|都市报)[\\p{IsHan}]{1,4}$");
    private static final Pattern BOILERPLATE_PREFIX = Pattern.compile(
            "^(主管|主办|承办|协办|出版|编辑出版|社址|地址|邮编|邮政编码|电话|传真|印刷|承印|发行|定价|零售价|广告|广告许可证"
                    + "|国内统一连续出版物号|国内统一刊号|邮发代号|准印证|内部资料|总编辑|社长|总编|值班主任|值班编辑|责任编辑|责编|编辑"
                    + "|本版编辑|本版责编|版面编辑|视觉编辑|见习编辑|图片编辑|校对|美编|美术编辑|版式|排版|组版|制版|审核|审读|终审"
                    + "|监制|制作|投稿邮箱|电子邮箱|邮箱|E-?mail|Email|网址)\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    /** The publisher's line: 中共平遥县委主办, 涡阳县融媒体中心主办 技术支持:北大方正. */
    private static final Pattern PUBLISHER = Pattern.compile("^[\\p{IsHan}()（）]{2,24}\\s?(主办|主管|出品|承办)(\\s|$)");
    private static final Pattern HOTLINE = Pattern.compile("热线\\s*[:：]?\\s*[\\d-]{5,}");
    private static final Pattern MEDIA_CAPTION = Pattern.compile(
            "^(欢迎关注|扫码|扫一扫|长按识别|请关注).*|.*关注\\S{0,12}(微信|公众号|微博|客户端|抖音|视频号|APP)$"
                    + "|.*(微信公众号|公众号|官方微信|官方微博|政务网|门户网站|网站|微博|杂志|电视|电视台"
                    + "|客户端|抖音号|抖音|快手号|视频号|头条号|数字报|融媒矩阵|APP)$");

    private PageFurniture() {
    }

    static Optional<PageLabel> pageLabel(String text) {
        Matcher m = PAGE_LABEL.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        return Optional.of(new PageLabel(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(3)));
    }

    /** Splits {@code 本报记者 邓超 摄 C4 视觉} into the credit and the label; empty when there is no trailing label. */
    static Optional<String[]> splitTrailingLabel(String text) {
        String s = text.strip();
        // the label ends the line in Han characters, with its number a few characters before: most lines are passed at once
        if (s.length() < 5 || !Chars.isHan(s.charAt(s.length() - 1)) || !digitNearEnd(s)) {
            return Optional.empty();
        }
        Matcher m = TRAILING_LABEL.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[]{m.group(1), m.group(2)});
    }

    private static boolean digitNearEnd(String s) {
        for (int i = s.length() - 1; i >= Math.max(0, s.length() - 16); i--) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> guideRef(String text) {
        Matcher m = GUIDE_REF.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1).toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /**
     * A teaser's sentence and the page it points to: {@code …总投资186亿元。详见2版}, {@code …开工。(见第3版)}.
     * A story's jump line ({@code (下转第3版)}) is no teaser: the story goes on there.
     */
    private static final Pattern TEASER = Pattern.compile(
            "^(.*[。！？!?”])\\s*[(（]?\\s*(?:详见|见)\\s*(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版\\s*[)）]?$");

    /** Splits a teaser's sentence from the reference that ends it; empty when the line ends in none. */
    static Optional<String[]> splitTeaser(String text) {
        String s = text.strip();
        if (!s.endsWith("版") && !s.endsWith(")") && !s.endsWith("）")) {
            return Optional.empty();
        }
        Matcher m = TEASER.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[]{m.group(1).strip(), m.group(2).toUpperCase(java.util.Locale.ROOT)});
    }

    /** Splits {@code 全心全力保校园平安 >> 02} into the text and the page; empty when there is no trailing reference. */
    static Optional<String[]> splitTrailingGuideRef(String text) {
        Matcher m = TRAILING_GUIDE_REF.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String page = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        // ▶我县召开…会议(2版): the arrow before the title marks the entry, no part of the title
        String title = m.group(1).strip().replaceFirst("^[▶►→●■□◆·•]+\\s*", "");
        return Optional.of(new String[]{title, page.toUpperCase(java.util.Locale.ROOT)});
    }

    static boolean isGuideHeader(String text) {
        return text.length() <= 12 && GUIDE_HEADER.matcher(text.replace(" ", "")).matches();
    }

    /** The last characters of media captions: 公众号, 微信, 微博, 政务网, 网站, 杂志, 电视, 电视台, 客户端, 抖音, 数字报, 矩阵, APP. */
    private static final String CAPTION_ENDS = "号信博网站志视台端音报阵P";

    static boolean looksLikePaperName(String text) {
        if (text.startsWith("今日") && TODAY_PAPER.matcher(text.replace(" ", "")).matches()) {
            // the county papers named 今日湘乡, 今日平遥, 今日准格尔
            return true;
        }
        if (text.isEmpty() || "闻报网".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        String s = text.replace(" ", "");
        return PAPER_NAME.matcher(s).matches() && !NOT_A_PAPER.matcher(s).find();
    }

    /** A county paper named 今日 and its place; the words that follow 今日 in a column's name are not places. */
    private static final Pattern TODAY_PAPER = Pattern.compile(
            "^今日(?!导读|看点|要闻|关注|头条|推荐|话题|热点|聚焦|视点|快讯|要目|说法|天气|提示|图片|视频|新闻|播报|焦点|时评)\\p{IsHan}{2,5}$");

    /** A paper's name, perhaps followed by its edition ({@code 社区晨报外滩}): read so only beside other furniture. */
    static boolean looksLikePaperWithEdition(String text) {
        String s = text.replace(" ", "");
        return looksLikePaperName(s) || PAPER_WITH_EDITION.matcher(s).matches();
    }

    private static final Pattern PAPER_CAPTION = Pattern.compile("^([\\p{IsHan}]{2,10}(?:新闻|日报|晚报|早报|晨报|时报|周报|商报|导报|都市报))"
            + "(?:微信公众号|公众号|官方微信|官方微博|微博|客户端|数字报|APP)$");

    /** The paper's name from a caption such as {@code 济宁高新新闻微信公众号}, or empty. */
    static Optional<String> paperFromCaption(String text) {
        String s = text.replace(" ", "");
        Matcher m = PAPER_CAPTION.matcher(s);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Boilerplate by its own wording: supervisor, hotlines, e-mail, footers, the slogan, 欢迎关注…. */
    static boolean isBoilerplate(String text) {
        String s = text.strip();
        if (s.length() > 80 || Chars.endsSentence(s)) {
            return false;
        }
        return BOILERPLATE_PREFIX.matcher(s).lookingAt() || s.contains("热线") && HOTLINE.matcher(s).find() || MastheadParser.isSlogan(s)
                || s.startsWith("欢迎关注") || s.startsWith("扫码") || s.startsWith("扫一扫")
                || s.contains("主办") && PUBLISHER.matcher(s).lookingAt();
    }

    /**
     * A caption of the paper's media outlets ({@code 济宁高新区微信公众号}, {@code 《蓼河畔》杂志}).
     * Such wording can end a headline too, so the caller also asks for the layout around it.
     */
    static boolean isMediaCaption(String text) {
        String s = text.strip();
        if (s.length() > 24 || s.isEmpty() || CAPTION_ENDS.indexOf(s.charAt(s.length() - 1)) < 0
                && "欢扫长请".indexOf(s.charAt(0)) < 0 && !s.contains("关注")) {
            return false;
        }
        return MEDIA_CAPTION.matcher(s).matches() && (s.indexOf('，') < 0 && s.indexOf(',') < 0
                || s.contains("关注")) && !Chars.endsSentence(s);
    }
}
