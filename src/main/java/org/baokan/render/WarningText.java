package org.baokan.render;

import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A parser's doubt about a page in the reader's language, from the bundle's {@code warning.*} sentences. */
public final class WarningText {
    private WarningText() {
    }

    /** The sentence with its detail; a note the program does not know stays as it was written. */
    public static String of(Warning w, ResourceBundle text) {
        if (w.kind() == WarningKind.OTHER && w.detail() != null) {
            return w.detail();
        }
        String key = "warning." + w.kind().code();
        if (w.detail() == null || w.detail().isEmpty()) {
            return format(text, key);
        }
        // a kind whose detail sits inside its sentence has a pattern of its own
        return text.containsKey(key + ".withDetail") ? format(text, key + ".withDetail", w.detail())
                : format(text, "warning.withDetail", format(text, key), w.detail());
    }

    private static String format(ResourceBundle text, String key, Object... args) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(args);
    }
}
