package org.baokan.ingest;

import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from hard-wrapped column lines.
 *
 * <p>A line that ends without a sentence mark runs on into the next one: blank lines between them
 * mean nothing (001 has one after every line; 000 has one inside a sentence). A line that ends a
 * sentence ends the paragraph, unless both it and the next line are full column lines, which
 * means the column, not the paragraph, ended there. The one exception to running on: a next line
 * whose first column line is indented starts a new paragraph, and the text between is reported as
 * missing (002: {@code …坚决打赢} / {@code 今年是创城的收官之年}).
 */
final class ParagraphBuilder {
    private ParagraphBuilder() {
    }

    static List<Block> build(List<TypedLine> lines) {
        boolean indents = usesIndents(lines);
        List<Block> out = new ArrayList<>();
        Builder current = null;
        TypedLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (!isBodyLine(t)) {
                if (current != null) {
                    out.add(new Block(null, current.build()));
                    current = null;
                }
                out.add(new Block(t, null));
                previous = null;
                continue;
            }
            double narrow = ColumnGeometry.narrowWidth(lines, i);
            if (current != null && (indents ? runsOnIndented(previous, t) : runsOn(previous, t, narrow))) {
                current.append(t, textOf(t), ColumnGeometry.endsFull(t, narrow));
            } else {
                if (current != null) {
                    // a dateline standing alone is left for the assembler to reunite with its lead
                    if (previous.line().endsOpen() && t.type() == LineType.BODY && !(current.dateline && current.lines.size() == 1)) {
                        current.warnings.add(Warning.of(WarningKind.TEXT_MISSING, tail(current.text.toString())));
                    }
                    out.add(new Block(null, current.build()));
                }
                current = new Builder(t, textOf(t), ColumnGeometry.startOf(t, narrow), ColumnGeometry.endsFull(t, narrow));
            }
            previous = t;
        }
        if (current != null) {
            out.add(new Block(null, current.build()));
        }
        return out;
    }

    /** A paragraph while its lines are read: lines are appended in place, so a long paragraph costs its length once. */
    private static final class Builder {
        final List<TypedLine> lines = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final IndentEvidence start;
        final boolean dateline;
        final boolean bullet;
        final List<Warning> warnings = new ArrayList<>();
        boolean endsFull;

        Builder(TypedLine first, String firstText, IndentEvidence start, boolean endsFull) {
            lines.add(first);
            text.append(firstText);
            this.start = start;
            this.endsFull = endsFull;
            this.dateline = first.type() == LineType.DATELINE;
            this.bullet = first.type() == LineType.BULLET;
        }

        void append(TypedLine t, String lineText, boolean full) {
            lines.add(t);
            appendJoined(text, lineText);
            endsFull = full;
        }

        Paragraph build() {
            return new Paragraph(List.copyOf(lines), text.toString(), start, endsFull, dateline, bullet, List.copyOf(warnings));
        }
    }

    /** A narrow body line's spaces are justification: marked soft so that cleaning removes them whatever the surroundings. */
    private static String textOf(TypedLine t) {
        if (t.type() == LineType.BODY && t.line().width() <= ColumnGeometry.NARROW_MAX) {
            return CjkSpaces.soften(t.text());
        }
        return t.text();
    }

    static boolean isBodyLine(TypedLine t) {
        return t.type() == LineType.BODY || t.type() == LineType.DATELINE || t.type() == LineType.BULLET;
    }

    /**
     * Pages that mark every paragraph with an indent (ideographic spaces): then a line without one
     * continues the paragraph, whatever the line before ends with.
     */
    static boolean usesIndents(List<TypedLine> lines) {
        int indented = 0;
        int afterSentence = 0;
        TypedLine previous = null;
        for (TypedLine t : lines) {
            if (t.type() == LineType.BODY || t.type() == LineType.DATELINE) {
                if (previous != null && previous.line().endsSentence()) {
                    afterSentence++;
                    if (t.line().indented()) {
                        indented++;
                    }
                }
                previous = t;
            } else {
                previous = null;
            }
        }
        return indented >= 3 && indented * 2 >= afterSentence;
    }

    private static boolean runsOnIndented(TypedLine a, TypedLine b) {
        if (b.type() == LineType.DATELINE || b.type() == LineType.BULLET) {
            return false;
        }
        return !b.line().indented();
    }

    /** Does line {@code b} continue the paragraph that line {@code a} belongs to? */
    static boolean runsOn(TypedLine a, TypedLine b, double narrow) {
        if (b.type() == LineType.DATELINE || b.type() == LineType.BULLET) {
            return false;
        }
        if (a.line().endsOpen()) {
            // only the reliable evidence (indents, column pieces of long lines) may cut a running sentence
            return ColumnGeometry.startOf(b, 0) != IndentEvidence.INDENTED;
        }
        return ColumnGeometry.endsFull(a, narrow) && ColumnGeometry.startOf(b, narrow) == IndentEvidence.FULL;
    }

    /**
     * Joins two pieces of one paragraph: one space between Latin words; between anything else a
     * soft space, which marks the line break for bylines and column geometry and is removed when
     * the text is cleaned.
     */
    static String join(String a, String b) {
        StringBuilder out = new StringBuilder(a.length() + b.length() + 1).append(a);
        appendJoined(out, b);
        return out.toString();
    }

    /** {@link #join} onto a builder: the text so far is not copied. */
    static void appendJoined(StringBuilder a, String b) {
        if (b.isEmpty()) {
            return;
        }
        if (a.length() == 0) {
            a.append(b);
            return;
        }
        char left = a.charAt(a.length() - 1);
        char right = b.charAt(0);
        boolean latin = (Chars.isLatinLetter(left) || Character.isDigit(left))
                && (Chars.isLatinLetter(right) || Character.isDigit(right));
        a.append(latin ? ' ' : CjkSpaces.SOFT_SPACE).append(b);
    }

    static String tail(String s) {
        String clean = CjkSpaces.clean(s);
        return clean.length() <= 12 ? clean : "…" + clean.substring(clean.length() - 12);
    }

}
