package org.baokan.render;

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

    /** The PostScript names of the two weights, as the PDF's embedded subsets carry them after their prefix. */
    public static final String REGULAR_NAME = "NotoSansSC-Regular";
    public static final String BOLD_NAME = "NotoSansSC-Bold";

    private BundledFont() {
    }

    /** The Regular weight's bytes, read once. */
    public static byte[] regular() {
        return Documents.bytes(REGULAR);
    }

    /** The Bold weight's bytes, read once. */
    public static byte[] bold() {
        return Documents.bytes(BOLD);
    }
}
