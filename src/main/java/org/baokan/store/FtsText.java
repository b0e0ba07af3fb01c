package org.baokan.store;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The text the full-text index sees. Every character is mapped on its own — traditional forms to
 * simplified ({@code 裝} → {@code 装}, ICU's Traditional-Simplified), full-width forms to half-width
 * (NFKC), Latin to lower case — so the normalised text has exactly the length of the original and
 * positions found in one are positions in the other. For the index, every Han character becomes a
 * token of its own (FTS5's unicode61 tokenizer would otherwise take a run of Han as one word), so
 * that phrase queries of any length match exactly.
 */
public final class FtsText {
    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Per-character mapping, filled as characters are met; 0 means not yet known. */
    private static final char[] MAP = new char[0x10000];

    private FtsText() {
    }

    /** The text with each character normalised; same length as the input. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(map(s.charAt(i)));
        }
        return b.toString();
    }

    static char map(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char m = MAP[c];
        if (m == 0) {
            m = compute(c);
            MAP[c] = m;
        }
        return m;
    }

    private static char compute(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        String one = String.valueOf(c);
        String nfkc = NFKC.normalize(one);
        char d = nfkc.length() == 1 ? nfkc.charAt(0) : c;
        String simplified;
        synchronized (T2S) {
            simplified = T2S.transliterate(String.valueOf(d));
        }
        if (simplified.length() == 1) {
            d = simplified.charAt(0);
        }
        return Character.toLowerCase(d);
    }

    /** Normalised text for the index: a space on each side of every Han character. */
    public static String tokens(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length() * 2);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isHan(c)) {
                b.append(' ').append(c).append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Han ideographs, including extension A and compatibility ideographs. */
    public static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || c == 0x3007;
    }
}
