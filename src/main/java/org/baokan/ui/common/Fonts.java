package org.baokan.ui.common;

import javafx.scene.text.Font;
import org.baokan.render.BundledFont;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled Noto Sans SC (OFL), Regular and Bold. Loaded before any WebView is created, so that
 * Chinese renders on a machine without a CJK font; afterwards controls and the WebView find it by
 * its family name.
 */
public final class Fonts {
    public static final String FAMILY = BundledFont.FAMILY;
    private static volatile boolean loaded;
    private static volatile Runnable pending = () -> { };

    private Fonts() {
    }

    /**
     * The font is being loaded elsewhere: {@code wait} blocks until it is. A WebView calls
     * {@link #ready()} before it is created, so that it never renders without the font.
     */
    public static void whenNeeded(Runnable wait) {
        pending = wait;
    }

    /** Waits for a font being loaded elsewhere, once. */
    public static void ready() {
        Runnable r = pending;
        pending = () -> { };
        r.run();
    }

    /** Loads the font once; returns whether it is available. */
    public static synchronized boolean load() {
        if (loaded) {
            return true;
        }
        boolean all = true;
        for (String f : BundledFont.FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(f)) {
                all &= in != null && Font.loadFont(in, 13) != null;
            } catch (IOException e) {
                all = false;
            }
        }
        loaded = all;
        return all;
    }
}
