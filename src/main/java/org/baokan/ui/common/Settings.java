package org.baokan.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.baokan.render.RenderStyle;

import java.util.List;

/**
 * The desktop's settings, kept between runs in {@code settings.json} beside the default archive.
 *
 * @param archive   the archive file, or null for the default one in the per-user data folder
 * @param dark      the dark theme
 * @param textPx    the reading text's size in pixels
 * @param language  {@code zh-CN} (the default) or {@code en}
 * @param width     the window's width
 * @param height    the window's height
 * @param maximized whether the window was maximised
 * @param dividers  the positions of the main window's dividers
 * @param showArchive whether the archive pane is shown
 * @param showGuide whether the 今日导读 pane is shown
 * @param x         the window's left edge on the desktop, or null when it has no saved place
 *                  (it then opens centred; a place on a screen no longer attached is not used)
 * @param y         the window's top edge, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String archive, boolean dark, int textPx, String language, double width, double height,
                       boolean maximized, List<Double> dividers, boolean showArchive, boolean showGuide, Double x,
                       Double y) {
    public static final Settings DEFAULT = new Settings(null, false, RenderStyle.DEFAULT_TEXT_PX, "zh-CN", 1600, 1000,
            false, List.of(0.14, 0.60, 0.865), true, true, null, null);

    public Settings {
        textPx = textPx <= 0 ? RenderStyle.DEFAULT_TEXT_PX : new RenderStyle(dark, textPx).textPx();
        language = language == null || language.isBlank() ? "zh-CN" : language;
        width = width < 400 ? DEFAULT.width() : width;
        height = height < 300 ? DEFAULT.height() : height;
        dividers = dividers == null || dividers.size() != 3 ? List.of(0.14, 0.60, 0.865) : List.copyOf(dividers);
        if (x == null || y == null || x.isNaN() || y.isNaN() || x.isInfinite() || y.isInfinite()) {
            x = null;
            y = null;
        }
    }

    public Settings withArchive(String path) {
        return new Settings(path, dark, textPx, language, width, height, maximized, dividers, showArchive, showGuide, x, y);
    }

    public Settings withLook(boolean newDark, int newTextPx, String newLanguage) {
        return new Settings(archive, newDark, newTextPx, newLanguage, width, height, maximized, dividers, showArchive,
                showGuide, x, y);
    }

    /** The window's place, size and panes; a null place keeps the one saved before. */
    public Settings withWindow(Double left, Double top, double w, double h, boolean max, List<Double> newDividers,
                               boolean archivePane, boolean guidePane) {
        boolean placed = left != null && top != null;
        return new Settings(archive, dark, textPx, language, w, h, max, newDividers, archivePane, guidePane,
                placed ? left : x, placed ? top : y);
    }
}
