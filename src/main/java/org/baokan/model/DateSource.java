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
    /** Read from the name of the page's file or of its folders ({@code 2020-06-01}, {@code 20200601}, {@code 2020/06/01}). */
    FILE_NAME,
    /** Taken from the other pages of the same import, which all print it. */
    IMPORT,
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
