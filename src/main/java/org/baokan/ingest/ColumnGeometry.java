package org.baokan.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The width of the newspaper's column lines, from which indents and full lines can be told.
 *
 * <p>Two layouts occur. Narrow columns come out one column line per text line (001, about 12 em);
 * their width is the typical width of lines that run on into the next. Long extracted lines (002)
 * keep a space wherever a column line ended; the pieces between those spaces are column lines, and
 * the inner pieces of a line give its column width.
 */
final class ColumnGeometry {
    /** A paragraph's first column line is two characters shorter; allow for compressed punctuation. */
    static final double INDENT_MIN = 1.25;
    static final double FULL_TOLERANCE = 0.75;
    /** Lines narrower than this may be column lines of a narrow column. */
    static final double NARROW_MAX = 30;

    private ColumnGeometry() {
    }

    /**
     * The width of narrow column lines around position {@code index}, or 0 when the lines there are
     * not narrow columns. Uses body lines that run on into the next line.
     */
    static double narrowWidth(List<TypedLine> lines, int index) {
        double[] widths = new double[13]; // up to 12, and the other side of the last distance
        int count = 0;
        int longLines = 0;
        for (int d = 1; d <= 12 && count + longLines < 12; d++) {
            for (int side = 0; side < 2; side++) {
                int j = side == 0 ? index - d : index + d;
                if (j < 0 || j >= lines.size()) {
                    continue;
                }
                TypedLine t = lines.get(j);
                if (t.type() != LineType.BODY && t.type() != LineType.TEXT && t.type() != LineType.DATELINE) {
                    continue;
                }
                double w = t.line().width();
                if (w > NARROW_MAX) {
                    longLines++;
                } else if (t.line().endsOpen() && !t.line().doubled() && t.line().level() == 0) {
                    widths[count++] = w;
                }
            }
        }
        if (count < 4 || longLines > count) {
            return 0;
        }
        double median = median(Arrays.copyOf(widths, count));
        int near = 0;
        for (int k = 0; k < count; k++) {
            if (Math.abs(widths[k] - median) <= 1.5) {
                near++;
            }
        }
        return near * 3 >= count * 2 ? median : 0;
    }

    /** Column line pieces of a long extracted line; a single piece when it has none. */
    static List<String> segments(String text) {
        return CjkSpaces.segments(text);
    }

    /** The full width of a segmented line's column lines (its inner pieces), or 0 when it has too few pieces. */
    static double segmentWidth(String text) {
        return innerWidth(segments(text));
    }

    static double innerWidth(List<String> segs) {
        if (segs.size() < 3) {
            return 0;
        }
        List<Double> inner = new ArrayList<>();
        for (int i = 1; i < segs.size() - 1; i++) {
            inner.add(Chars.width(segs.get(i)));
        }
        return median(inner);
    }

    /** The measured line when the typed line shows its whole text (a credit split from its label does not). */
    private static boolean whole(TypedLine t) {
        return t.text().equals(t.line().text());
    }

    /** Where the line stands: first column line of a paragraph, a run-on line, or unknown. */
    static IndentEvidence startOf(TypedLine t, double narrow) {
        Line line = t.line();
        if (line.indented()) {
            return IndentEvidence.INDENTED;
        }
        String text = t.text();
        double segW = whole(t) ? line.segmentWidth() : segmentWidth(text);
        if (segW > 0) {
            return judge(whole(t) ? line.firstSegmentWidth() : Chars.width(segments(text).get(0)), segW);
        }
        if (narrow > 0 && line.width() <= NARROW_MAX) {
            // the last line of a paragraph may be short for its own reasons
            if (line.endsSentence() && line.width() < narrow - FULL_TOLERANCE) {
                return IndentEvidence.UNKNOWN;
            }
            return judge(line.width(), narrow);
        }
        return IndentEvidence.UNKNOWN;
    }

    /** Whether the line's last column line is full (the text was cut by the column, not by the paragraph's end). */
    static boolean endsFull(TypedLine t, double narrow) {
        if (!whole(t)) {
            return false;
        }
        double segW = t.line().segmentWidth();
        if (segW > 0) {
            return t.line().lastSegmentWidth() >= segW - FULL_TOLERANCE;
        }
        if (narrow > 0 && t.line().width() <= NARROW_MAX) {
            return t.line().width() >= narrow - FULL_TOLERANCE;
        }
        return false;
    }

    private static IndentEvidence judge(double first, double full) {
        if (first <= full - INDENT_MIN) {
            return IndentEvidence.INDENTED;
        }
        if (first >= full - FULL_TOLERANCE) {
            return IndentEvidence.FULL;
        }
        return IndentEvidence.UNKNOWN;
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median of the values; sorts the array. */
    static double median(double[] a) {
        Arrays.sort(a);
        int n = a.length;
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }
}
