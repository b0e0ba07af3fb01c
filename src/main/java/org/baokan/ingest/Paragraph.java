package org.baokan.ingest;

import org.baokan.model.Warning;

import java.util.List;

/**
 * Body lines joined into one paragraph. The text keeps the spaces of the source (bylines need
 * them); {@link CjkSpaces#clean} removes the stray ones when the paragraph is placed.
 *
 * @param lines    the lines it was built from
 * @param text     the joined text
 * @param start    what the first line's width says: a paragraph's first line, or a run-on line
 * @param endsFull whether its last column line is full (the text was cut by the column)
 * @param dateline whether it starts with a dateline or byline
 * @param bullet   whether it is an item of a brief column (◎…)
 * @param warnings doubts found while joining
 */
record Paragraph(List<TypedLine> lines, String text, IndentEvidence start, boolean endsFull, boolean dateline,
                 boolean bullet, List<Warning> warnings) {

    boolean endsOpen() {
        return !Chars.endsSentence(text);
    }

    int firstLine() {
        return lines.get(0).number();
    }

    /** A fragment: it starts in the middle of a sentence that began elsewhere. */
    boolean startsMidSentence() {
        return start == IndentEvidence.FULL && !dateline && !bullet;
    }

    Paragraph append(Paragraph other) {
        List<TypedLine> all = new java.util.ArrayList<>(lines);
        all.addAll(other.lines);
        List<Warning> w = new java.util.ArrayList<>(warnings);
        w.addAll(other.warnings);
        return new Paragraph(all, ParagraphBuilder.join(text, other.text), start, other.endsFull, dateline, bullet, w);
    }

    Paragraph withText(String newText) {
        return new Paragraph(lines, newText, start, endsFull, dateline, bullet, warnings);
    }
}
