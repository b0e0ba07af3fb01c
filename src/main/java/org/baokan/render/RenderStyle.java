package org.baokan.render;

/**
 * How a document is rendered for the screen.
 *
 * @param dark   the dark theme (dark paper, light text)
 * @param textPx the reading text's size in CSS pixels
 */
public record RenderStyle(boolean dark, int textPx) {
    public static final int DEFAULT_TEXT_PX = 18;
    public static final RenderStyle LIGHT = new RenderStyle(false, DEFAULT_TEXT_PX);

    public RenderStyle {
        textPx = Math.max(10, Math.min(40, textPx));
    }
}
