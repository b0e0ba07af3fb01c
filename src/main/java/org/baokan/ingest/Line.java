package org.baokan.ingest;

import java.util.List;

/**
 * One non-blank line of the page after normalisation. Its printed width and column pieces are
 * measured once, since the layout rules ask for them many times.
 */
final class Line {
    private final int number;
    private final String text;
    private final String key;
    private final int level;
    private final boolean doubled;
    private final int blankBefore;
    private final boolean indented;
    private final double width;
    private final boolean open;
    private final double segmentWidth;
    private final double firstSegment;
    private final double lastSegment;

    /**
     * @param number      1-based line number in the file
     * @param text        the content: markdown marks stripped, doubled bold text repaired, trimmed
     * @param level       the markdown heading level (1 for {@code #}, 2 for {@code ##}…), 0 for none
     * @param doubled     whether the line was a doubled bold line that was repaired
     * @param blankBefore how many blank lines stand before it
     * @param indented    whether it starts with an explicit indent (ideographic spaces or two or more spaces)
     * @param key         the text as the rules read it: folded to simplified script on a traditional
     *                    page ({@link Scripts#fold}), else the text itself; always as long as the text
     */
    Line(int number, String text, int level, boolean doubled, int blankBefore, boolean indented, String key) {
        if (key.length() != text.length()) {
            throw new IllegalArgumentException("a line's key is as long as its text");
        }
        this.number = number;
        this.text = text;
        this.key = key;
        this.level = level;
        this.doubled = doubled;
        this.blankBefore = blankBefore;
        this.indented = indented;
        this.width = Chars.width(text);
        this.open = !Chars.endsSentence(text);
        List<String> segs = CjkSpaces.segments(text);
        this.segmentWidth = ColumnGeometry.innerWidth(segs);
        this.firstSegment = Chars.width(segs.get(0));
        this.lastSegment = Chars.width(segs.get(segs.size() - 1));
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }

    /** The text as the rules read it (simplified script), position for position the same as {@link #text()}. */
    String key() {
        return key;
    }

    int level() {
        return level;
    }

    boolean doubled() {
        return doubled;
    }

    int blankBefore() {
        return blankBefore;
    }

    boolean indented() {
        return indented;
    }

    double width() {
        return width;
    }

    boolean endsSentence() {
        return !open;
    }

    /** A line that cannot end a paragraph by itself: no sentence-ending mark at its end. */
    boolean endsOpen() {
        return open;
    }

    /** The width of the column lines a long extracted line was joined from, or 0 when it has too few pieces. */
    double segmentWidth() {
        return segmentWidth;
    }

    double firstSegmentWidth() {
        return firstSegment;
    }

    double lastSegmentWidth() {
        return lastSegment;
    }

    @Override
    public String toString() {
        return number + ": " + text;
    }
}
