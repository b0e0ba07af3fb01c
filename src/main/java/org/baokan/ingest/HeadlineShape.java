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
        return !SPEAKER.matcher(text).find();
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
