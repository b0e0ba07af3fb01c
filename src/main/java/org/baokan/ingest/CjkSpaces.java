package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Spaces that column joins and justified lines leave inside Chinese text ({@code 济 宁高新区},
 * {@code 安 全 生 产}).
 *
 * <p>A space can be such an artefact only with Chinese text on one side of it and no Latin
 * letter on either side: spaces in Latin text ({@code E-mail: x}) and between Latin and Chinese
 * ({@code APP 发现}) always stay. An artefact stands where a column line ended, so the text
 * between it and the space before or after it is no wider than a column line. A space with long
 * runs of text on both sides was printed on purpose, e.g. between joint issuers in a document
 * title ({@code 《市委办公室 市政府办公室关于…》}), and stays.
 */
final class CjkSpaces {
    /** No column line is wider than this (em); wider runs between spaces are not column lines. */
    static final double COLUMN_MAX = 40;

    private CjkSpaces() {
    }

    static String clean(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        List<int[]> runs = spaceRuns(s);
        StringBuilder b = new StringBuilder(s.length());
        int pos = 0;
        for (int r = 0; r < runs.size(); r++) {
            int start = runs.get(r)[0];
            int end = runs.get(r)[1];
            b.append(s, pos, start);
            pos = end;
            if (start == 0 || end >= s.length()) {
                continue;
            }
            if (!isStray(s.charAt(start - 1), s.charAt(end))) {
                b.append(' ');
                continue;
            }
            int prevEnd = r == 0 ? 0 : runs.get(r - 1)[1];
            int nextStart = r + 1 < runs.size() ? runs.get(r + 1)[0] : s.length();
            double before = Chars.width(s.substring(prevEnd, start));
            double after = Chars.width(s.substring(end, nextStart));
            if (Math.min(before, after) > COLUMN_MAX) {
                b.append(' ');
            }
        }
        b.append(s, pos, s.length());
        return b.toString();
    }

    /** Start (inclusive) and end (exclusive) of each run of spaces. */
    private static List<int[]> spaceRuns(String s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                int j = i;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                runs.add(new int[]{i, j});
                i = j;
            } else {
                i++;
            }
        }
        return runs;
    }

    /** Whether a space between these two characters can be an artefact of the layout. */
    static boolean isStray(char left, char right) {
        if (Chars.isLatinLetter(left) || Chars.isLatinLetter(right)) {
            return false;
        }
        return Chars.isCjk(left) || Chars.isCjk(right);
    }

    /**
     * The segments a line was joined from: the pieces between stray spaces. Long extracted lines
     * (002) keep a space at every column line break; the first segment of a paragraph is shorter by
     * its indent.
     */
    static List<String> segments(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && i > 0 && i + 1 < s.length() && isStray(s.charAt(i - 1), s.charAt(i + 1))) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
