package org.baokan.ingest;

/**
 * One non-blank line of the page after normalisation.
 *
 * @param number      1-based line number in the file
 * @param raw         the line as it stands in the file (without the newline)
 * @param text        the content: markdown marks stripped, doubled bold text repaired, trimmed
 * @param level       the markdown heading level (1 for {@code #}, 2 for {@code ##}…), 0 for none
 * @param doubled     whether the line was a doubled bold line that was repaired
 * @param blankBefore how many blank lines stand before it
 * @param indented    whether it starts with an explicit indent (ideographic spaces or two or more spaces)
 * @param removed     how many doubled characters were removed from it
 */
record Line(int number, String raw, String text, int level, boolean doubled, int blankBefore, boolean indented,
            int removed) {

    double width() {
        return Chars.width(text);
    }

    boolean endsSentence() {
        return Chars.endsSentence(text);
    }

    /** A line that cannot end a paragraph by itself: no sentence-ending mark at its end. */
    boolean endsOpen() {
        return !Chars.endsSentence(text);
    }

    Line withText(String newText) {
        return new Line(number, raw, newText, level, doubled, blankBefore, indented, removed);
    }
}
