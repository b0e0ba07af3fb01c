package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A place's level in the gazetteer's hierarchy: city, district, 街道/镇, 园区/社区. */
public enum PlaceLevel {
    CITY,
    DISTRICT,
    SUBDISTRICT,
    TOWN,
    PARK,
    COMMUNITY;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PlaceLevel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
