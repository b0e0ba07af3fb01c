package org.baokan.model;

/**
 * The kinds of doubt the parser reports. Each has a stable code (used for translations in the UI)
 * and a plain English sentence used in the interchange format.
 */
public enum WarningKind {
    HEADLINE_WITHOUT_BODY("headline without body"),
    /** A headline of a news index: the page lists stories it does not print. */
    INDEX_ENTRY("headline of a news index; the story is not on this page"),
    FRAGMENTS_REORDERED("fragments reordered"),
    FRAGMENT_OUT_OF_ORDER("possible fragment out of reading order, kept where it stands"),
    TEXT_MISSING("text seems to be missing at a column break after"),
    UNPLACED_TEXT("text could not be placed in any article"),
    DATE_INFERRED("no date printed; date inferred"),
    DATE_FROM_FILE_NAME("no date printed; date from the file name"),
    DATE_FROM_IMPORT("no date printed; date from the other pages of the import"),
    DATE_UNKNOWN("no date printed and none could be inferred"),
    YEAR_UNKNOWN("dates on the page give no year"),
    WEEKDAY_MISMATCH("printed weekday does not match the date"),
    LUNAR_MISMATCH("printed lunar date does not match the date"),
    LUNAR_UNREADABLE("printed lunar date could not be read"),
    PAPER_INFERRED("paper name not printed; inferred"),
    PAPER_UNKNOWN("paper name not printed"),
    PAGE_LABEL_AMBIGUOUS("more than one page label; the first is taken as this page's"),
    BYLINE_UNCLEAR("byline could not be fully read"),
    GUIDE_REFERENCE_MISSING("guide entry without page reference"),
    HEADLINE_ASSIGNMENT_UNSURE("headline assigned to a body by its wording"),
    DATE_OUT_OF_RANGE("a date on the page is not a valid calendar date"),
    /** A note from elsewhere that this program does not know. */
    OTHER("note");

    private final String text;

    WarningKind(String text) {
        this.text = text;
    }

    /** The plain English sentence, e.g. {@code headline without body}. */
    public String text() {
        return text;
    }

    /** A stable code for translations: {@code headline-without-body}. */
    public String code() {
        return Sentence.code(this);
    }
}
