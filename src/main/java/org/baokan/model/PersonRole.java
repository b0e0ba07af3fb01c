package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a person figures in a story. */
public enum PersonRole {
    /** A party or government official of the district or the city. */
    LEADER,
    /** An official from elsewhere. */
    VISITOR,
    /** Anyone else named in the story. */
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PersonRole fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
