package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Something the parser was unsure of. In the interchange format it is one plain sentence,
 * {@code "headline without body: 创新共建模式 促进优势互补"}; the kind is kept so that the reader can
 * show the sentence in the user's language.
 *
 * @param kind   what sort of doubt
 * @param detail the words from the page it concerns, or null
 */
public record Warning(WarningKind kind, String detail) {
    private static final String SEPARATOR = ": ";

    public Warning {
        Objects.requireNonNull(kind, "kind");
    }

    public static Warning of(WarningKind kind) {
        return new Warning(kind, null);
    }

    public static Warning of(WarningKind kind, String detail) {
        return new Warning(kind, detail);
    }

    @JsonValue
    @Override
    public String toString() {
        return detail == null || detail.isEmpty() ? kind.text() : kind.text() + SEPARATOR + detail;
    }

    /** Reads the sentence form back; a sentence this program does not know is kept whole as a note. */
    @JsonCreator
    public static Warning parse(String text) {
        for (WarningKind kind : WarningKind.values()) {
            if (text.equals(kind.text())) {
                return new Warning(kind, null);
            }
            if (text.startsWith(kind.text() + SEPARATOR)) {
                return new Warning(kind, text.substring(kind.text().length() + SEPARATOR.length()));
            }
        }
        return new Warning(WarningKind.OTHER, text);
    }
}
