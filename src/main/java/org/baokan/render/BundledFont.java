package org.baokan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled Noto Sans SC (OFL): the weights the program uses, unpacked from Maven Central at
 * build time. The screen loads them into JavaFX; the PDF embeds subsets of them.
 */
public final class BundledFont {
    public static final String FAMILY = "Noto Sans SC";
    public static final String REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    public static final String BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    public static final List<String> FILES = List.of(REGULAR, BOLD);

    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private BundledFont() {
    }

    /** The Regular weight's bytes, read once. */
    public static byte[] regular() {
        byte[] r = regular;
        if (r == null) {
            regular = r = read(REGULAR);
        }
        return r;
    }

    /** The Bold weight's bytes, read once. */
    public static byte[] bold() {
        byte[] b = bold;
        if (b == null) {
            bold = b = read(BOLD);
        }
        return b;
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
