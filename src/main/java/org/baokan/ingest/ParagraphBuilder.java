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
        Paragraph current = null;
        TypedLine previous = null;
        for (int i = 0; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (!isBodyLine(t)) {
                if (current != null) {
                    out.add(new Block(null, current));
                    current = null;
                }
                out.add(new Block(t, null));
                previous = null;
                continue;
            }
            double narrow = ColumnGeometry.narrowWidth(lines, i);
            Paragraph single = new Paragraph(List.of(t), textOf(t), ColumnGeometry.startOf(t, narrow),
                    ColumnGeometry.endsFull(t, narrow), t.type() == LineType.DATELINE, t.type() == LineType.BULLET,
                    List.of());
            if (current == null) {
                current = single;
            } else if (indents ? runsOnIndented(previous, t) : runsOn(previous, t, narrow)) {
                current = current.append(single);
            } else {
                // a dateline standing alone is left for the assembler to reunite with its lead
                if (previous.line().endsOpen() && t.type() == LineType.BODY && !(current.dateline() && current.lines().size() == 1)) {
                    current = withWarning(current, Warning.of(WarningKind.TEXT_MISSING, tail(current.text())));
                }
                out.add(new Block(null, current));
                current = single;
            }
            previous = t;
        }
        if (current != null) {
            out.add(new Block(null, current));
        }
        return out;
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
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        char left = a.charAt(a.length() - 1);
        char right = b.charAt(0);
        boolean latin = (Chars.isLatinLetter(left) || Character.isDigit(left))
                && (Chars.isLatinLetter(right) || Character.isDigit(right));
        return latin ? a + " " + b : a + CjkSpaces.SOFT_SPACE + b;
    }

    static String tail(String s) {
        String clean = CjkSpaces.clean(s);
        return clean.length() <= 12 ? clean : "…" + clean.substring(clean.length() - 12);
    }

    private static Paragraph withWarning(Paragraph p, Warning w) {
        List<Warning> ws = new ArrayList<>(p.warnings());
        ws.add(w);
        return new Paragraph(p.lines(), p.text(), p.start(), p.endsFull(), p.dateline(), p.bullet(), ws);
    }
}
