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
        String kind = new MessageFormat(text.getString("warning." + w.kind().code()), text.getLocale()).format(new Object[0]);
        if (w.detail() == null || w.detail().isEmpty()) {
            return kind;
        }
        return new MessageFormat(text.getString("warning.withDetail"), text.getLocale()).format(new Object[] {kind, w.detail()});
    }
}
