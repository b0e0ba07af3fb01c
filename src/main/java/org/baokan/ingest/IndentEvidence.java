package org.baokan.ingest;

/** What the width of a line's first column line says about where it stands in a paragraph. */
enum IndentEvidence {
    /** Shorter than a full column line by about the two-character indent: a paragraph starts here. */
    INDENTED,
    /** A full column line: the text runs on from the line before. */
    FULL,
    /** Nothing to tell. */
    UNKNOWN
}
