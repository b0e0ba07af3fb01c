package org.baokan.ingest;

/**
 * Bold headlines often come out of PDF extraction with every character twice:
 * {@code 推推动动全全区区…}. Only a line that is doubled as a whole is repaired; real
 * reduplication inside ordinary text (扎扎实实, 钉钉子) is never touched.
 */
final class DoubledText {
    /** Fewer pairs than this could be real reduplication (红红火火), so they stay. */
    static final int MIN_PAIRS = 5;

    private DoubledText() {
    }

    /** Whether every character of the line (spaces ignored) comes twice in a row, over at least {@link #MIN_PAIRS} pairs. */
    static boolean isDoubled(String line) {
        return isDoubled(line, MIN_PAIRS);
    }

    /**
     * Whether the line is doubled with at least {@code minPairs} distinct pairs: the second line of
     * a doubled headline may be short ({@code 集集中中观观摩摩} under {@code 太太白白湖湖…}).
     */
    static boolean isDoubled(String line, int minPairs) {
        // most lines differ in their first two characters: they are passed without a copy
        int a = 0;
        while (a < line.length() && Chars.isSpace(line.charAt(a))) {
            a++;
        }
        int b = a + 1;
        while (b < line.length() && Chars.isSpace(line.charAt(b))) {
            b++;
        }
        if (b >= line.length() || line.charAt(a) != line.charAt(b)) {
            return false;
        }
        String s = stripSpaces(line);
        if (s.length() < 2 * minPairs || s.length() % 2 != 0) {
            return false;
        }
        int distinctPairs = 0;
        for (int i = 0; i < s.length(); i += 2) {
            if (s.charAt(i) != s.charAt(i + 1)) {
                return false;
            }
            if (i == 0 || s.charAt(i) != s.charAt(i - 2)) {
                distinctPairs++;
            }
        }
        // A line like 哈哈哈哈哈哈哈哈哈哈 is not a doubled headline.
        return distinctPairs >= minPairs;
    }

    /** The line with each pair reduced to one character; spaces are kept where they stand. */
    static String undouble(String line) {
        StringBuilder out = new StringBuilder(line.length() / 2 + 1);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Chars.isSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            out.append(c);
            // skip the twin, which may stand after spaces
            int j = i + 1;
            while (j < line.length() && Chars.isSpace(line.charAt(j))) {
                j++;
            }
            i = j + 1;
        }
        return out.toString().trim();
    }

    private static String stripSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isSpace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
