package org.baokan.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.baokan.render.RenderStyle;
import org.baokan.ui.common.Settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The settings dialog's fields, checked before they are kept. */
public final class SettingsViewModel {
    public static final int MIN_TEXT_PX = 12;
    public static final int MAX_TEXT_PX = 32;

    private final StringProperty archive = new SimpleStringProperty(this, "archive", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final IntegerProperty textPx = new SimpleIntegerProperty(this, "textPx", RenderStyle.DEFAULT_TEXT_PX);
    private final StringProperty language = new SimpleStringProperty(this, "language", "zh-CN");
    private final Settings base;

    public SettingsViewModel(Settings current) {
        this.base = current;
        archive.set(current.archive() == null ? "" : current.archive());
        dark.set(current.dark());
        textPx.set(current.textPx());
        language.set(current.language());
    }

    /** The archive file; empty for the default one. */
    public StringProperty archive() {
        return archive;
    }

    public BooleanProperty dark() {
        return dark;
    }

    public IntegerProperty textPx() {
        return textPx;
    }

    /** {@code zh-CN} or {@code en}. */
    public StringProperty language() {
        return language;
    }

    /**
     * Why the fields cannot be kept (a message key), or null when they can: the archive must be a
     * file path whose folder exists (an existing file is opened as it is; a new one is created).
     */
    public String problem() {
        String a = archive.get() == null ? "" : archive.get().strip();
        if (a.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(a).toAbsolutePath();
            if (Files.isDirectory(p)) {
                return "settings.archiveIsFolder";
            }
            if (p.getParent() == null || !Files.isDirectory(p.getParent())) {
                return "settings.archiveNoFolder";
            }
        } catch (InvalidPathException e) {
            return "settings.archiveInvalid";
        }
        return null;
    }

    /** The settings with the dialog's fields. */
    public Settings result() {
        String a = archive.get() == null ? "" : archive.get().strip();
        int px = Math.max(MIN_TEXT_PX, Math.min(MAX_TEXT_PX, textPx.get()));
        return base.withArchive(a.isEmpty() ? null : Path.of(a).toAbsolutePath().toString())
                .withLook(dark.get(), px, language.get());
    }
}
