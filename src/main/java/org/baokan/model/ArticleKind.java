package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What sort of item an article is on the page. */
public enum ArticleKind {
    /** A story with a headline group and usually a dateline. */
    NEWS,
    /** A photo story: a title, a caption and a photo credit. */
    PHOTO,
    /** A brief column (一周速读): one paragraph per item, closed by the editor's credit. */
    BRIEF,
    /** An untitled notice or short item without dateline. */
    NOTICE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ArticleKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
