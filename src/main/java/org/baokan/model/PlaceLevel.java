package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Locale;

/** A place's level in the gazetteer's hierarchy: province, city, district, 街道/镇, 园区/社区/村. */
public enum PlaceLevel {
    CITY,
    DISTRICT,
    SUBDISTRICT,
    TOWN,
    PARK,
    COMMUNITY,
    /** A province, autonomous region or the like: 江西省, 广西壮族自治区. */
    PROVINCE,
    /** A village: 黑沟河村. */
    VILLAGE,
    /** A road or street, where a story happens: 胜利南路, 东安街. */
    STREET;

    /** The levels from the largest place to the smallest: the gazetteer's hierarchy. */
    public static final List<PlaceLevel> OUTERMOST_FIRST = List.of(PROVINCE, CITY, DISTRICT, SUBDISTRICT, TOWN, PARK,
            COMMUNITY, VILLAGE, STREET);

    /** Whether a place of this level lies within a district (a 街道, 镇, 园区, 社区, 村 or road), not around it. */
    public boolean withinADistrict() {
        return OUTERMOST_FIRST.indexOf(this) > OUTERMOST_FIRST.indexOf(DISTRICT);
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PlaceLevel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
