package org.baokan.ingest;

/** Character classes of Chinese newspaper text, and the printed width of text in em. */
final class Chars {
    private static final byte OTHER = 0;
    private static final byte HAN = 1;
    private static final byte PUNCT = 2;
    private static final byte SPACE = 3;
    /** The class of every BMP character, looked up rather than tested: width is measured for every line many times. */
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (int c = 0; c < CLASS.length; c++) {
            if (isHanSlow(c)) {
                CLASS[c] = HAN;
            } else if (isCjkPunctSlow(c)) {
                CLASS[c] = PUNCT;
            } else if (isSpaceSlow(c)) {
                CLASS[c] = SPACE;
            } else {
                CLASS[c] = OTHER;
            }
        }
    }

    private Chars() {
    }

    /** A Han ideograph (CJK unified ideographs, extension A, compatibility ideographs, 〇). */
    static boolean isHan(int c) {
        return c < 0x10000 ? CLASS[c] == HAN : c >= 0x20000 && c <= 0x2FA1F;
    }

    private static boolean isHanSlow(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
    }

    /** Punctuation set at half an em or more in Chinese text (full-width forms, CJK punctuation, dashes, quotes). */
    static boolean isCjkPunct(int c) {
        return c < 0x10000 && CLASS[c] == PUNCT;
    }

    private static boolean isCjkPunctSlow(int c) {
        return (c >= 0x3000 && c <= 0x303F && c != 0x3007) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == '“' || c == '”' || c == '‘'
                || c == '’' || c == '—' || c == '…' || c == '·' || c == '・' || c == '–' || c == '•' || c == '‧';
    }

    /** Han, CJK punctuation or a full-width form: text that belongs to the Chinese side of a space. */
    static boolean isCjk(int c) {
        return isHan(c) || isCjkPunct(c) || (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A)
                || (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0x3040 && c <= 0x30FF) || c == '◎' || c == '●' || c == '■';
    }

    static boolean isLatinLetter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F);
    }

    /** Any kind of space, including the ideographic space and no-break space. */
    static boolean isSpace(int c) {
        return c < 0x10000 && CLASS[c] == SPACE;
    }

    private static boolean isSpaceSlow(int c) {
        return c == ' ' || c == '\t' || c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003 || c == 0x2009;
    }

    /** Marks that end a sentence: a line ending in one of these may end a paragraph. */
    static boolean isTerminal(int c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '.';
    }

    /** Closing marks that may follow a terminal mark: {@code 。”} still ends the sentence. */
    static boolean isClosing(int c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '）' || c == ')' || c == '』' || c == '」' || c == '》';
    }

    /** Does the text end a sentence (optionally followed by closing quotes or brackets)? */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || isClosing(s.charAt(i)))) {
            i--;
        }
        return i >= 0 && isTerminal(s.charAt(i)) && !(s.charAt(i) == '.' && i > 0 && Character.isDigit(s.charAt(i - 1)));
    }

    /** Does the text end with a mark that can only stand inside a sentence (，、；：)? */
    static boolean endsMidSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && isSpace(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '，' || c == ',' || c == '、' || c == '；' || c == ';' || c == '：' || c == ':' || c == '—';
    }

    /**
     * The printed width of text in em: a Han character or full-width letter is 1, punctuation and
     * ASCII are ½ (columns compress punctuation, and ASCII is set half-width). Spaces count 0.
     */
    static double width(CharSequence s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte k = CLASS[c];
            if (k == SPACE || c == CjkSpaces.SOFT_SPACE) {
                continue;
            }
            w += c < 0x80 || k == PUNCT ? 0.5 : 1;
        }
        return w;
    }
}
