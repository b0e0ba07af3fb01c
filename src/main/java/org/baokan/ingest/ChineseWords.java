package org.baokan.ingest;

import com.ibm.icu.text.BreakIterator;

import java.util.Locale;

/**
 * Where ICU's dictionary puts word boundaries in Chinese text. A personal name is no word of the
 * dictionary, so ICU cuts it into its characters ({@code 陈|阿|苗}, {@code 胡|国庆}), while what
 * follows it usually is a word ({@code 告诉}, {@code 一边}, {@code 兴奋}). Used only where a title
 * already says a name stands, to tell where the name ends when no word we know follows it.
 */
public final class ChineseWords {
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.CHINESE));
    /** How far past a position the text is looked at: a clause, not the whole article. */
    private static final int WINDOW = 24;

    private ChineseWords() {
    }

    /** The boundaries of the words in {@code text[from, from + WINDOW)}, as offsets into text; true where a word ends. */
    public static boolean[] boundaries(String text, int from) {
        int to = Math.min(text.length(), from + WINDOW);
        String s = text.substring(from, to);
        boolean[] out = new boolean[s.length() + 1];
        BreakIterator b = WORDS.get();
        b.setText(s);
        for (int e = b.first(); e != BreakIterator.DONE; e = b.next()) {
            out[e] = true;
        }
        return out;
    }

    /**
     * Whether {@code text[at, at + length)} is cut into single characters by the dictionary, as a
     * name is and a phrase such as 项目化 or 亲自 is not.
     */
    public static boolean allSingle(boolean[] bounds, int offset, int length) {
        for (int k = offset; k <= offset + length; k++) {
            if (k >= bounds.length || !bounds[k]) {
                return false;
            }
        }
        return true;
    }

    /** The length of the dictionary word that starts at {@code offset} (1 for a single character), or 0 past the window. */
    public static int wordAt(boolean[] bounds, int offset) {
        for (int k = offset + 1; k < bounds.length; k++) {
            if (bounds[k]) {
                return k - offset;
            }
        }
        return 0;
    }
}
