package org.baokan.ui.common;

import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.baokan.render.HeadlineBreaks;

import java.util.List;

/**
 * A label that sets its text as a headline, the way the page view and the article pane do
 * ({@link HeadlineBreaks}): on the fewest lines that fit its width, balanced, none holding a
 * lone character. A label's own wrapping breaks wherever the width runs out (定准目标攻山头 跑出发展加速 / 度).
 */
public final class HeadlineLabel extends Label {
    private final String whole;

    public HeadlineLabel(String text) {
        this.whole = text;
        setText(text);
        setWrapText(true);
        widthProperty().addListener((o, old, w) -> fit(w.doubleValue()));
        prefWidthProperty().addListener((o, old, w) -> fit(w.doubleValue()));
        fontProperty().addListener((o, old, f) -> fit(getWidth()));
    }

    /** The headline as given, without the line breaks this label chose. */
    public String headline() {
        return whole;
    }

    private void fit(double width) {
        double room = width - snappedLeftInset() - snappedRightInset();
        if (whole != null && room > 0) {
            setText(lines(whole, room, getFont()));
        }
    }

    /** The text on the fewest lines that fit the room, one line under another; the text unbroken when none fits. */
    public static String lines(String text, double room, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        for (HeadlineBreaks.Layout l : HeadlineBreaks.layouts(text)) {
            List<String> lines = HeadlineBreaks.split(text, l);
            double widest = 0;
            for (String line : lines) {
                measure.setText(line);
                widest = Math.max(widest, measure.getLayoutBounds().getWidth());
            }
            if (widest <= room + 0.5) {
                return String.join("\n", lines);
            }
        }
        return text;
    }
}
