package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Spaces that column joins and justified lines leave inside Chinese text ({@code 济 宁高新区},
 * {@code 安 全 生 产}).
 *
 * <p>A space can be such an artefact only with Chinese text on one side of it and no Latin
 * letter on either side: spaces in Latin text ({@code E-mail: x}) and between Latin and Chinese
 * ({@code APP 发现}) always stay. An artefact stands where a column line ended, so the runs of
 * text between it and the spaces (or line joins) before and after it are no wider than column lines (or one of
 * them is a short tail). A space with a long run of text on both sides was printed on purpose,
 * e.g. between joint issuers in a document title ({@code 《市委办公室 市政府办公室关于…》}), and
 * stays. Spaces inside narrow column lines are marked {@link #SOFT_SPACE} when read and always go.
 */
final class CjkSpaces {
    /** No column line is wider than this (em); wider runs between spaces are not column lines. */
    static final double COLUMN_MAX = 30;
    /** A run this short next to a space is a column line's tail or head, whatever stands on the other side. */
    static final double FRAGMENT_MAX = 10;
    /**
     * A space inside a narrow column line, marked when the line is read: such a space can only be
     * justification or a join, so it goes whatever its surroundings. Bylines still read it as a
     * separator.
     */
    static final char SOFT_SPACE = '\uE000';

    private CjkSpaces() {
    }

    static String clean(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf(SOFT_SPACE) < 0) {
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
            if (start == 0 || end >= s.length() || s.substring(start, end).indexOf(' ') < 0) {
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
            boolean columnJoin = Math.max(before, after) <= COLUMN_MAX || Math.min(before, after) <= FRAGMENT_MAX;
            if (!columnJoin) {
                b.append(' ');
            }
        }
        b.append(s, pos, s.length());
        return b.toString();
    }

    /** Start (inclusive) and end (exclusive) of each run of spaces, soft ones included. */
    private static List<int[]> spaceRuns(String s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (isAnySpace(s.charAt(i))) {
                int j = i;
                while (j < s.length() && isAnySpace(s.charAt(j))) {
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

    private static boolean isAnySpace(char c) {
        return c == ' ' || c == SOFT_SPACE;
    }

    /** Whether a space between these two characters can be an artefact of the layout. */
    static boolean isStray(char left, char right) {
        if (Chars.isLatinLetter(left) || Chars.isLatinLetter(right)) {
            return false;
        }
        return Chars.isCjk(left) || Chars.isCjk(right);
    }

    /** Marks the stray spaces of a narrow column line as soft: they are justification, never meaning. */
    static String soften(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        StringBuilder b = new StringBuilder(line);
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == ' ' && isStray(b.charAt(i - 1), b.charAt(i + 1))) {
                b.setCharAt(i, SOFT_SPACE);
            }
        }
        return b.toString();
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
