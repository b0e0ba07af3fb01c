package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a page's date (or paper name) came from. */
public enum DateSource {
    /** Printed in the masthead of the page. */
    MASTHEAD,
    /** Derived from other evidence on the page (datelines, years in the text, footer lines). */
    INFERRED,
    /** Supplied by the archivist at import or later; never guessed by the program. */
    ARCHIVIST,
    /** Not known. */
    UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DateSource fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
