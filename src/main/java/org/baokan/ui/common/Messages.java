package org.baokan.ui.common;

import org.baokan.archive.ImportReport;
import org.baokan.export.ExportException;
import org.baokan.model.Warning;
import org.baokan.render.WarningText;
import org.baokan.store.ArchiveException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing strings in the chosen language (Chinese by default, English too). */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale a settings value names ({@code zh-CN}, {@code en}); Chinese when unknown. */
    public static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // a missing string shows its key rather than failing; MessageBundlesTest guards this
        }
    }

    /** A string with {@link MessageFormat} arguments: {@code 已导入 {0} 版}. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * What went wrong, in the reader's language: the archive's, an export's or a print's own
     * sentence (found among the causes), else the innermost error's message in a general one.
     */
    public String explain(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof ArchiveException) && !(t instanceof ExportException)) {
            t = t.getCause();
        }
        if (t instanceof ArchiveException a) {
            String detail = a.detail();
            if (a.reason() == ArchiveException.Reason.IO) {
                return detail == null ? words("error.archive.io-plain", a.path())
                        : words("error.archive.io", a.path(), detail);
            }
            return words("error.archive." + a.reason().code(), a.path());
        }
        if (t instanceof ExportException e) {
            return words("error.export." + e.kind().code(), e.args().toArray());
        }
        return format("status.error", String.valueOf(t.getMessage() == null ? t : t.getMessage()));
    }

    /** Why a file could not be imported. */
    public String failure(ImportReport.Failure f) {
        return f.problem() == null ? words("error.input.parser-failed", f.detail())
                : words("error.input." + f.problem().code(), f.detail());
    }

    /** A parser's doubt about a page; a note the program does not know stays as it was written. */
    public String warning(Warning w) {
        return WarningText.of(w, bundle);
    }

    /** Formats with every argument as plain text: ids and paths, not numbers with group separators. */
    private String words(String key, Object... args) {
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return format(key, text);
    }
}
