package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which TEXT lines are headlines and which are body text.
 *
 * <p>Markdown marks and doubled bold lines are strong evidence of a headline. Other lines can be
 * headlines only if they have a headline's shape ({@link HeadlineShape#isShaped}); whether they are
 * depends on what stands around them. In narrow columns almost every body line has that shape, so
 * there a run of such lines is a headline only where a story starts after it (a dateline, a page
 * label, a brief column) and nothing runs into it. Among long paragraph lines a short line is a
 * headline unless the line after it runs on from it.
 */
final class HeadlineDetector {
    /** Kickers, subtitles and wrapped titles: a headline group has few lines. */
    private static final int MAX_WEAK_LINES = 4;

    private HeadlineDetector() {
    }

    static List<TypedLine> detect(List<TypedLine> in) {
        List<TypedLine> lines = new ArrayList<>(in);
        int i = 0;
        while (i < lines.size()) {
            if (!isCandidate(lines.get(i))) {
                if (lines.get(i).type() == LineType.TEXT) {
                    lines.set(i, lines.get(i).as(LineType.BODY));
                }
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && isCandidate(lines.get(end + 1))) {
                end++;
            }
            decideRun(lines, i, end);
            i = end + 1;
        }
        return lines;
    }

    private static boolean isCandidate(TypedLine t) {
        return t.type() == LineType.TEXT && (isStrong(t) || HeadlineShape.isShaped(t.key())
                || HeadlineShape.isLongTitle(t.key()));
    }

    static boolean isStrong(TypedLine t) {
        return t.line().level() > 0 || t.line().doubled();
    }

    private static void decideRun(List<TypedLine> lines, int from, int to) {
        int firstStrong = -1;
        int lastStrong = -1;
        for (int k = from; k <= to; k++) {
            if (isStrong(lines.get(k))) {
                if (firstStrong < 0) {
                    firstStrong = k;
                }
                lastStrong = k;
            }
        }
        TypedLine next = contentAfter(lines, to);
        TypedLine prev = contentBefore(lines, from);
        if (firstStrong < 0) {
            boolean headline = weakRunIsHeadline(lines, from, to, prev, next);
            mark(lines, from, to, headline);
            return;
        }
        mark(lines, firstStrong, lastStrong, true);
        // kickers before the first strong line
        int before = firstStrong - from;
        if (before > 0) {
            boolean separated = prev == null || endsBlock(prev);
            int keep = separated ? Math.min(before, MAX_WEAK_LINES - 1) : Math.min(before, 2);
            mark(lines, from, firstStrong - 1 - keep, false);
            mark(lines, firstStrong - keep, firstStrong - 1, true);
        }
        // subtitles, teasers after the last strong line; a longer run is a story's first column lines
        int after = to - lastStrong;
        if (after > 0) {
            boolean startsAfter = next == null || startsBlock(next) || isLongBody(next, lines, to);
            boolean headline = startsAfter && after <= 2 && !runsOn(lines, to, next);
            mark(lines, lastStrong + 1, to, headline);
        }
    }

    private static boolean endsWithDashedSubtitle(List<TypedLine> lines, int to) {
        String last = lines.get(to).key();
        return last.startsWith("—") || last.startsWith("─") || last.startsWith("--") || last.startsWith("－－");
    }

    /** A chrome line that prints the page's date or source: 2017-08-09 10:12:58 来源:闽西新闻网. */
    private static boolean isSourceLine(TypedLine t) {
        return t.type() == LineType.CHROME && t.masthead() != null
                && (t.masthead().date() != null || t.masthead().paper() != null);
    }

    /**
     * The line after {@code index} that the layout decision looks at: web chrome and masthead
     * lines between a headline and its story (a source and time line) are looked through.
     */
    private static TypedLine contentAfter(List<TypedLine> lines, int index) {
        int j = index + 1;
        while (j < lines.size() && isTransparent(lines.get(j))) {
            j++;
        }
        return j < lines.size() ? lines.get(j) : null;
    }

    private static TypedLine contentBefore(List<TypedLine> lines, int index) {
        int j = index - 1;
        while (j >= 0 && isTransparent(lines.get(j))) {
            j--;
        }
        return j >= 0 ? lines.get(j) : null;
    }

    private static boolean isTransparent(TypedLine t) {
        return t.type() == LineType.BOILERPLATE || t.type() == LineType.CHROME || t.type() == LineType.MASTHEAD
                || t.type() == LineType.PAPER_NAME;
    }

    /** A run without marks: headline only where a story or a furniture line starts after it. */
    private static boolean weakRunIsHeadline(List<TypedLine> lines, int from, int to, TypedLine prev, TypedLine next) {
        int count = to - from + 1;
        // a deck of kickers over the title and a dashed subtitle (访谈录: three kickers, title, ── 访…)
        int limit = endsWithDashedSubtitle(lines, to) ? MAX_WEAK_LINES + 2 : MAX_WEAK_LINES;
        if (count > limit) {
            return false;
        }
        // a web page's headline stands right above its source and time line
        if (to + 1 < lines.size() && isSourceLine(lines.get(to + 1))) {
            return true;
        }
        boolean separated = prev == null || endsBlock(prev);
        if (next == null) {
            return separated && count <= 2 && narrowWidth(lines, from) == 0;
        }
        if (startsBlock(next)) {
            return true;
        }
        if (isBody(next) && !runsOn(lines, to, next)) {
            double narrow = narrowWidth(lines, from);
            if (narrow > 0 && next.line().width() <= narrow + ColumnGeometry.INDENT_MIN + 1) {
                // narrow columns: a short line among short lines is a column line (the text after it is one too)
                return false;
            }
            double maxRun = 0;
            for (int k = from; k <= to; k++) {
                maxRun = Math.max(maxRun, lines.get(k).line().width());
            }
            double nextWidth = next.line().width();
            if (separated) {
                // between finished paragraphs, a line much shorter than the text after it is a title (photo, column)
                return nextWidth >= 1.5 * maxRun;
            }
            return nextWidth > HeadlineShape.MAX_WIDTH && nextWidth > 2 * maxRun;
        }
        return false;
    }

    /** The line after the run continues it: a full column line after a line as wide as the column. */
    private static boolean runsOn(List<TypedLine> lines, int last, TypedLine next) {
        if (next == null || !isBody(next)) {
            return false;
        }
        double narrow = narrowWidth(lines, last + 1);
        if (ColumnGeometry.startOf(next, narrow) != IndentEvidence.FULL) {
            return false;
        }
        double segW = next.line().segmentWidth();
        double lastWidth = lines.get(last).line().width();
        double full = segW > 0 ? segW : narrow;
        return full > 0 && Math.abs(lastWidth - full) <= 1.5;
    }

    private static double narrowWidth(List<TypedLine> lines, int index) {
        return ColumnGeometry.narrowWidth(lines, index);
    }

    /** A story starts here, or page furniture that only follows a headline (teaser reference). */
    private static boolean startsBlock(TypedLine t) {
        switch (t.type()) {
            case DATELINE:
            case BULLET:
            case PAGE_LABEL:
            case GUIDE_REF:
            case HEADLINE:
                return true;
            case CREDIT:
                // a byline under the headline; a photo credit ends a story instead
                return t.credit() != null && t.credit().kind() == BylineParser.Kind.BYLINE;
            case TEXT:
                return isStrong(t);
            default:
                return false;
        }
    }

    private static boolean isLongBody(TypedLine t, List<TypedLine> lines, int index) {
        return isBody(t) && t.line().width() > HeadlineShape.MAX_WIDTH && narrowWidth(lines, index) == 0;
    }

    /** Body text, decided or not: a TEXT line right after a maximal run of candidates is not a candidate. */
    private static boolean isBody(TypedLine t) {
        return t.type() == LineType.BODY || (t.type() == LineType.TEXT && !isCandidate(t));
    }

    /** A line after which a new block may start: anything but text that runs on. */
    private static boolean endsBlock(TypedLine t) {
        switch (t.type()) {
            case BODY:
            case TEXT:
            case DATELINE:
            case BULLET:
                return t.line().endsSentence();
            default:
                return true;
        }
    }

    private static void mark(List<TypedLine> lines, int from, int to, boolean headline) {
        for (int k = from; k <= to; k++) {
            lines.set(k, lines.get(k).as(headline ? LineType.HEADLINE : LineType.BODY));
        }
    }
}
