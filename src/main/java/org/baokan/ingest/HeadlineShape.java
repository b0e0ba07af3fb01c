package org.baokan.ingest;

import java.util.regex.Pattern;

/** What headline lines look like, independent of where they stand. */
final class HeadlineShape {
    /** Headlines are short; a longer line is body text. */
    static final double MAX_WIDTH = 40;
    private static final Pattern SPEAKER = Pattern.compile("(指出|强调|要求|表示|认为|介绍|说|称|提出)\\s*[,，:：]");
    private static final Pattern STRONG_KICKER_END = Pattern.compile("(强调|指出|要求|表示|寄语|提出|时说|时指出)$");
    private static final Pattern MEDIUM_KICKER_END = Pattern.compile(
            "(召开|举行|举办|开幕|闭幕|落幕|启动|揭牌|会议|推进会|座谈会|动员会|部署会|调度会|观摩会|现场会|培训班|开班|签约)$");
    /** Field labels of a photo box or a notice: 时间:3月6日上午, 地点:胜利南路天桥下. */
    private static final Pattern FIELD = Pattern.compile(
            "^(时间|地点|拍摄者|摄影|记者|通讯员|电话|地址|联系人|联系电话|主持人|嘉宾|主题|内容|对象|方式|范围|日期|作者|来源)\\s*[:：]");
    /** Marks a long headline never holds: a long line with one of them is a sentence. */
    private static final String SENTENCE_MARK_CHARS = "，。；：,;:！？!?、";
    /** A long headline may be this wide (em); longer lines are text whatever they hold. */
    static final double MAX_LONG_WIDTH = 90;
    /** 定准目标攻山头 跑出发展加速度: two halves of a couplet title. */
    private static final Pattern COUPLET = Pattern.compile("^[\\p{IsHan}“”\"‘’《》0-9]{3,12} [\\p{IsHan}“”\"‘’《》0-9]{3,12}$");

    private HeadlineShape() {
    }

    /**
     * A line that could be a headline by its own form: short, no sentence-ending or mid-sentence
     * mark at its end, no full stop inside, not a quoted speaker's clause.
     */
    static boolean isShaped(String text) {
        if (text.isEmpty() || Chars.width(text) > MAX_WIDTH) {
            return false;
        }
        if (Chars.endsSentence(text) || Chars.endsMidSentence(text)) {
            return false;
        }
        if (text.indexOf('。') >= 0 || text.indexOf('；') >= 0) {
            return false;
        }
        char first = text.charAt(0);
        if ("，。、；：,.;:）)】」』".indexOf(first) >= 0) {
            return false;
        }
        // each expression only where the line holds what it needs: a comma or colon, a digit or 同是当 first
        boolean marks = hasAny(text, ",，:：");
        if (marks && (SPEAKER.matcher(text).find() || FIELD.matcher(text).lookingAt())
                || (Character.isDigit(first) || "同是当".indexOf(first) >= 0) && DAY_MARK.matcher(text).matches()) {
            return false;
        }
        // a headline with commas is short (千古博南,味道永平,续写丝路新传奇); a longer line with one is a sentence
        return Chars.width(text) <= MAX_COMMA_WIDTH || text.indexOf('，') < 0 && text.indexOf(',') < 0;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A chronicle's day heading or a same-day mark: 1日, 13日—14日, 1日晚, 同日, 2. */
    private static final Pattern DAY_MARK = Pattern.compile(
            "^((\\d{1,2}月)?\\d{1,2}日([—\\-至]\\d{1,2}日)?(上午|下午|晚上|晚|凌晨|中午|早上)?|同日|是日|当日|\\d{1,2})$");
    /** The widest headline that holds a comma. */
    static final double MAX_COMMA_WIDTH = 24;

    /** Whether a line is a chronicle's day heading ({@code 13日—14日}, {@code 同日}). */
    static boolean isDayMark(String text) {
        return DAY_MARK.matcher(text.strip()).matches();
    }

    /**
     * A headline longer than a column line, as web pages print them (…开幕 徐晓宗 李祝荣出席 覃永利作政府工作报告…):
     * no mark inside that only sentences hold.
     */
    static boolean isLongTitle(String text) {
        double w = Chars.width(text);
        return w > MAX_WIDTH && w <= MAX_LONG_WIDTH && !hasAny(text, SENTENCE_MARK_CHARS);
    }

    /** 刘章箭在…会议上强调: a kicker that announces who said what. */
    static boolean strongKickerCue(String text) {
        return STRONG_KICKER_END.matcher(text.strip()).find();
    }

    /** …工作推进会, …会议召开: a kicker that reports the event. */
    static boolean mediumKickerCue(String text) {
        return MEDIUM_KICKER_END.matcher(text.strip()).find();
    }

    static boolean isCouplet(String text) {
        return COUPLET.matcher(text.strip()).matches();
    }
}
