package org.baokan.ingest;

import org.baokan.model.PageLabel;

/**
 * A line with its type and what the type carries.
 *
 * @param line     the line
 * @param type     its type
 * @param text     the text the type refers to (for a credit line with a page label, the credit part)
 * @param label    the page label of a PAGE_LABEL line
 * @param credit   the names of a CREDIT line
 * @param masthead the facts of a MASTHEAD line
 */
record TypedLine(Line line, LineType type, String text, PageLabel label, Byline credit, MastheadFacts masthead) {

    TypedLine withFacts(MastheadFacts facts) {
        return new TypedLine(line, type, text, label, credit, facts);
    }

    static TypedLine of(Line line, LineType type) {
        return new TypedLine(line, type, line.text(), null, null, null);
    }

    TypedLine as(LineType newType) {
        return new TypedLine(line, newType, text, label, credit, masthead);
    }

    int number() {
        return line.number();
    }

    /** The text as the rules read it: {@link #text()} in simplified script, position for position. */
    String key() {
        if (line.key().equals(line.text())) {
            return text;
        }
        return text.equals(line.text()) ? line.key() : Scripts.fold(text);
    }
}
