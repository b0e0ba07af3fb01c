package org.baokan.ingest;

import com.ibm.icu.text.Transliterator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional and simplified script. Pages in traditional characters (繁體) are matched against
 * the parser's rules, the gazetteer and the archive's names in their simplified form, while the
 * printed text is kept as printed: {@link #fold} maps each character to its simplified form one
 * for one, so that a position in the folded text is the same position in the printed text.
 *
 * <p>ICU's {@code Traditional-Simplified} transliterator gives each character's simplified form;
 * it costs about a third of a second to load, so it is loaded only when a text is folded that
 * needs it, and its answers are kept per character. Characters whose simplified form is not a
 * single BMP character (a few rare ones) stay as they are.
 */
public final class Scripts {
    /**
     * Frequent characters that exist only in traditional script (each one changes when folded, a
     * test checks): two or more of them make a text traditional.
     */
    static final String TRADITIONAL_ONLY = "區會發縣開業議記實進設園書協項國黨動為員產體報見創學強來調總領陽長關點團對經臺慶務"
            + "辦題認參資農習結奮濟問訪門況個舉責灣時堅華義現億決劃們鎮傳確戰豐導雙與紅電貫徹統廣網節東眾論講衛謀機圍討勢話術組聽訊"
            + "質過細規繞黃營將驗獲獻運負龍親標際間當觀頭風兩孫談優單場館級樹歡類帶榮儀劉匯範聯編邊興轉圖籌蘇稱貢檢審攝備環滿績擔鄉"
            + "幫準島趙礎謝極積藍啟樂隊號線擴識織職還讓聞別紀醫從試張齊輯變說這軍評熱層隨陸維權愛響難壓達選測揚詳畫莊萬據視顧約續屬"
            + "辭戶銷勞爭後緊數許";
    private static final boolean[] TRADITIONAL = new boolean[0x10000];
    /** The simplified form of each character, 0 while not yet asked. */
    private static final char[] FOLDED = new char[0x10000];
    /** A mirror's reading aid after a character: 縣長(zhǎng), 區(qū). */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "(?<=[\\p{IsHan}])\\(([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\\)");

    static {
        for (int i = 0; i < TRADITIONAL_ONLY.length(); i++) {
            TRADITIONAL[TRADITIONAL_ONLY.charAt(i)] = true;
        }
    }

    private Scripts() {
    }

    /** Whether a text is written in traditional script: it uses at least two distinct traditional-only characters. */
    public static boolean looksTraditional(CharSequence s) {
        char first = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TRADITIONAL[c]) {
                if (first == 0) {
                    first = c;
                } else if (c != first) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text with every character in its simplified form; the same length as the text. */
    public static String fold(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = folded(c);
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    /** {@link #fold} only for a text that {@link #looksTraditional}; any other text unchanged. */
    public static String foldIfTraditional(String s) {
        return looksTraditional(s) ? fold(s) : s;
    }

    /** The simplified form of one character (itself when it has none, or none of one character). */
    public static char folded(char c) {
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        char f = FOLDED[c];
        if (f == 0) {
            f = compute(c);
            FOLDED[c] = f;
        }
        return f;
    }

    private static char compute(char c) {
        String r;
        synchronized (Holder.TRANSLITERATOR) {
            r = Holder.TRANSLITERATOR.transliterate(String.valueOf(c));
        }
        return r.length() == 1 ? r.charAt(0) : c;
    }

    /** Loads ICU's transliterator when it is first needed. */
    private static final class Holder {
        static final Transliterator TRANSLITERATOR = Transliterator.getInstance("Traditional-Simplified");
    }

    /** The letters a gloss of {@link #PINYIN_GLOSS} starts with. */
    private static final String GLOSS_START = "abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    /** Whether some {@code (} of the text is followed by a letter a gloss can start with: most brackets hold Chinese. */
    private static boolean mayHoldGloss(String s) {
        for (int i = s.indexOf('('); i >= 0 && i + 1 < s.length(); i = s.indexOf('(', i + 1)) {
            if (GLOSS_START.indexOf(s.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Removes mirror sites' inline pinyin glosses ({@code 縣長(zhǎng)} → {@code 縣長}); other brackets stay. */
    static String removePinyinGlosses(String s) {
        if (!mayHoldGloss(s)) {
            return s;
        }
        Matcher m = PINYIN_GLOSS.matcher(s);
        return m.find() ? m.replaceAll("") : s;
    }
}
