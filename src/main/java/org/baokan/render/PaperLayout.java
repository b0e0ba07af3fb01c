package org.baokan.render;

/**
 * The sheet a document is set on, in millimetres: its size and its margins. The header and the
 * footer stand in the top and bottom margins.
 *
 * @param widthMm  the sheet's width
 * @param heightMm the sheet's height
 * @param topMm    top margin
 * @param rightMm  right margin
 * @param bottomMm bottom margin
 * @param leftMm   left margin
 */
public record PaperLayout(double widthMm, double heightMm, double topMm, double rightMm, double bottomMm,
                          double leftMm) {
    /** A4 portrait with margins wide enough for a header and a footer. */
    public static final PaperLayout A4 = new PaperLayout(210, 297, 22, 18, 22, 18);
    /** Header and footer need this much room. */
    private static final double MIN_TOP_BOTTOM = 14;
    private static final double MIN_SIDE = 8;

    public PaperLayout {
        if (widthMm < 70 || heightMm < 90) {
            throw new IllegalArgumentException("a sheet of " + widthMm + " × " + heightMm + " mm is too small to print on");
        }
        topMm = Math.max(MIN_TOP_BOTTOM, topMm);
        bottomMm = Math.max(MIN_TOP_BOTTOM, bottomMm);
        rightMm = Math.max(MIN_SIDE, rightMm);
        leftMm = Math.max(MIN_SIDE, leftMm);
    }
}
