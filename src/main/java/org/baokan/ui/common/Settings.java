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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String archive, boolean dark, int textPx, String language, double width, double height,
                       boolean maximized, List<Double> dividers, boolean showArchive, boolean showGuide) {
    public static final Settings DEFAULT = new Settings(null, false, RenderStyle.DEFAULT_TEXT_PX, "zh-CN", 1600, 1000,
            false, List.of(0.14, 0.60, 0.865), true, true);

    public Settings {
        textPx = textPx <= 0 ? RenderStyle.DEFAULT_TEXT_PX : new RenderStyle(dark, textPx).textPx();
        language = language == null || language.isBlank() ? "zh-CN" : language;
        width = width < 400 ? DEFAULT.width() : width;
        height = height < 300 ? DEFAULT.height() : height;
        dividers = dividers == null || dividers.size() != 3 ? List.of(0.14, 0.60, 0.865) : List.copyOf(dividers);
    }

    public Settings withArchive(String path) {
        return new Settings(path, dark, textPx, language, width, height, maximized, dividers, showArchive, showGuide);
    }

    public Settings withLook(boolean newDark, int newTextPx, String newLanguage) {
        return new Settings(archive, newDark, newTextPx, newLanguage, width, height, maximized, dividers, showArchive,
                showGuide);
    }

    public Settings withWindow(double w, double h, boolean max, List<Double> newDividers, boolean archivePane,
                               boolean guidePane) {
        return new Settings(archive, dark, textPx, language, w, h, max, newDividers, archivePane, guidePane);
    }
}
