package org.baokan.ingest;

/**
 * An item of the page in reading order: a paragraph, or a single non-body line.
 *
 * @param line      the line, for non-paragraph blocks
 * @param paragraph the paragraph, for body blocks
 */
record Block(TypedLine line, Paragraph paragraph) {

    LineType type() {
        return paragraph != null ? LineType.BODY : line.type();
    }

    boolean isParagraph() {
        return paragraph != null;
    }

    boolean is(LineType t) {
        return type() == t;
    }

    String text() {
        return paragraph != null ? paragraph.text() : line.text();
    }
}
