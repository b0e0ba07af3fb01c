package org.baokan.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A list cell that wraps to the list's width and is as tall as its lines, whether it shows a
 * graphic or a text. Two things cut long lines short with an ellipsis: a list lays its cells out
 * as wide as the widest would like to be (one line of the longest), and the theme gives every
 * cell the height of one line ({@code -fx-cell-size: 2.8em}). Wanting no width of its own, the
 * cell gets the list's; its height is its content's at that width, or the theme's if that is more.
 */
public class WrappingCell<T> extends ListCell<T> {
    public WrappingCell() {
        setPrefWidth(0);
        setWrapText(true);
    }

    /** A graphic as wide as the cell's content, so that its labels wrap where the cell measures them. */
    protected void fitWidth(Region graphic) {
        graphic.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset()));
        graphic.setMaxWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        double theme = super.computePrefHeight(width);
        double content = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        double lines;
        if (getGraphic() != null) {
            lines = getGraphic().prefHeight(content);
        } else if (getText() != null && !getText().isEmpty() && content > 0) {
            // a new Text each time: a reused one kept the height of an earlier text (the laptop
            // test's people list was cut short with one)
            Text t = new Text(getText());
            t.setFont(getFont());
            t.setWrappingWidth(content);
            lines = t.getLayoutBounds().getHeight();
        } else {
            return theme;
        }
        return Math.max(theme, lines + snappedTopInset() + snappedBottomInset());
    }
}
