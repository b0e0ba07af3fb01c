package org.baokan.ui.timeline;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleBand;
import org.baokan.model.TitleChange;
import org.baokan.render.HeadlineBreaks;
import org.baokan.ui.common.Messages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A horizontal time axis that zooms from years to days. A person's appearances are marks on it,
 * over bands of the title printed in each stretch, with each change of title marked; a district's
 * events stand under a bar strip of events per month. A mark's tooltip tells the date, title and
 * article; a click opens the article. Ctrl + wheel zooms around the pointer.
 */
public final class TimelineChart extends ScrollPane {
    private static final double LEFT = 30;
    /** The rows of change-of-title flags above the bands, 17 px apart upwards (an 11 px label is 16 px tall). */
    private static final int FLAG_ROWS = 3;
    private static final double FLAG_PITCH = 17;
    private static final double BAND_Y = 4 + FLAG_ROWS * FLAG_PITCH + 4;
    /** Two lines of a band's 12 px label. */
    private static final double BAND_H = 40;
    private static final double EVENTS_Y = BAND_Y + 60;
    private static final double AXIS_Y = BAND_Y + 128;
    /** The tops of the axis's rows of labels below it: days (when zoomed in far), months, years. */
    private static final double DAY_ROW = AXIS_Y + 4;
    private static final double MONTH_ROW = AXIS_Y + 19;
    private static final double YEAR_ROW = AXIS_Y + 35;
    private static final double HEIGHT = AXIS_Y + 54;
    /** Space kept between two labels of a row. */
    private static final double GAP = 6;
    private static final double MIN_PX_PER_DAY = 0.05;
    private static final double MAX_PX_PER_DAY = 60;

    private final Pane canvas = new Pane();
    private final DoubleProperty pxPerDay = new SimpleDoubleProperty(this, "pxPerDay", 2);
    private final Messages messages;
    private TimelineViewModel.Shown shown;
    private Consumer<TimelineEvent> onOpen = e -> { };
    private LocalDate start;
    private LocalDate end;

    public TimelineChart(Messages messages) {
        this.messages = messages;
        setId("timelineChart");
        getStyleClass().add("timeline-chart");
        canvas.getStyleClass().add("timeline-canvas");
        canvas.setPrefHeight(HEIGHT);
        canvas.setMinHeight(HEIGHT);
        setContent(canvas);
        setFitToHeight(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setPadding(new Insets(0));
        setPrefHeight(HEIGHT + 18);
        setMinHeight(HEIGHT + 18);
        pxPerDay.addListener((o, old, v) -> draw());
        addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() && e.getDeltaY() != 0) {
                double factor = e.getDeltaY() > 0 ? 1.25 : 0.8;
                double x = e.getX() + getHvalue() * Math.max(0, canvas.getWidth() - getViewportBounds().getWidth());
                zoomAround(factor, x);
                e.consume();
            }
        });
    }

    public void onOpen(Consumer<TimelineEvent> handler) {
        this.onOpen = handler;
    }

    public void show(TimelineViewModel.Shown t) {
        this.shown = t;
        if (t == null || t.events().isEmpty()) {
            start = null;
            canvas.getChildren().clear();
            canvas.setPrefWidth(getViewportBounds().getWidth());
            return;
        }
        start = t.events().get(0).date().withDayOfMonth(1);
        end = t.events().get(t.events().size() - 1).date().plusMonths(1).withDayOfMonth(1);
        fit();
    }

    /** Zooms so that the whole timeline fits the width shown. */
    public void fit() {
        if (start == null) {
            return;
        }
        double width = Math.max(400, getViewportBounds().getWidth() > 0 ? getViewportBounds().getWidth() : getWidth()) - 2 * LEFT;
        double days = Math.max(31, ChronoUnit.DAYS.between(start, end));
        double px = clamp(width / days);
        if (px == pxPerDay.get()) {
            draw();
        } else {
            pxPerDay.set(px);
        }
    }

    public void zoom(double factor) {
        zoomAround(factor, getHvalue() * Math.max(0, canvas.getWidth() - getViewportBounds().getWidth())
                + getViewportBounds().getWidth() / 2);
    }

    private void zoomAround(double factor, double canvasX) {
        double before = pxPerDay.get();
        double after = clamp(before * factor);
        double dayAtPointer = (canvasX - LEFT) / before;
        pxPerDay.set(after);
        double newX = LEFT + dayAtPointer * after;
        double scrollable = canvas.getWidth() - getViewportBounds().getWidth();
        if (scrollable > 0) {
            double pointerInView = canvasX - getHvalue() * Math.max(0, scrollable);
            setHvalue(Math.max(0, Math.min(1, (newX - pointerInView) / scrollable)));
        }
    }

    private static double clamp(double px) {
        return Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, px));
    }

    private double x(LocalDate d) {
        return LEFT + ChronoUnit.DAYS.between(start, d) * pxPerDay.get();
    }

    private void draw() {
        canvas.getChildren().clear();
        if (shown == null || start == null) {
            return;
        }
        double width = x(end) + LEFT;
        canvas.setPrefWidth(width);
        canvas.setMinWidth(width);
        axis();
        if (shown.subject().person()) {
            bands(shown.bands());
            changes(shown.changes());
        } else {
            months(shown.perMonth());
        }
        events(shown.events());
    }

    /**
     * The axis: a tick at each month (years only when months stand too close), and below it rows
     * of day numbers, month names and years. A label that would overprint the one before it in
     * its row, or stand past the chart's edge, is left out; the year row names every year.
     */
    private void axis() {
        Line axis = new Line(LEFT, AXIS_Y, x(end), AXIS_Y);
        axis.getStyleClass().add("timeline-axis");
        canvas.getChildren().add(axis);
        double px = pxPerDay.get();
        Row days = new Row();
        Row months = new Row();
        Row years = new Row();
        for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(end); m = m.plusMonths(1)) {
            double x = x(m.atDay(1));
            boolean year = m.getMonthValue() == 1 || m.equals(YearMonth.from(start));
            if (!year && px * 30 < 14) {
                continue; // months too close together: years only
            }
            Line tick = new Line(x, AXIS_Y, x, AXIS_Y + (year ? 10 : 5));
            tick.getStyleClass().add(year ? "timeline-tick-year" : "timeline-tick");
            canvas.getChildren().add(tick);
            if (year) {
                label(years, x + 2, YEAR_ROW, messages.format("archive.year", String.valueOf(m.getYear())),
                        "timeline-label-year");
            }
            if (m.atDay(1).isBefore(end)) {
                label(months, x + 2, MONTH_ROW, messages.format("timeline.monthShort", m.getMonthValue()),
                        "timeline-label");
            }
            if (px >= 12) {
                for (int day = 2; day <= m.lengthOfMonth(); day++) {
                    double dx = x(m.atDay(day));
                    Line d = new Line(dx, AXIS_Y, dx, AXIS_Y + 3);
                    d.getStyleClass().add("timeline-tick");
                    canvas.getChildren().add(d);
                    if (px >= 24) {
                        label(days, dx - 3, DAY_ROW, Integer.toString(day), "timeline-label-day");
                    }
                }
            }
        }
    }

    /** The labels placed in one row, left to right: what is taken. */
    private static final class Row {
        private final List<double[]> taken = new ArrayList<>();

        boolean free(double from, double to) {
            return taken.stream().noneMatch(t -> from < t[1] + GAP && to + GAP > t[0]);
        }

        void take(double from, double to) {
            taken.add(new double[]{from, to});
        }
    }

    /** A text in the chart's own style, measured in it; y is its top. */
    private Text text(double x, double y, String s, String style) {
        Text t = new Text(x, y, s);
        t.setTextOrigin(javafx.geometry.VPos.TOP);
        t.getStyleClass().add(style);
        canvas.getChildren().add(t);
        t.applyCss();
        return t;
    }

    /** A label at x in its row, if it fits the chart and the row there; false when it was left out. */
    private boolean label(Row row, double x, double y, String s, String style) {
        Text t = text(x, y, s, style);
        double w = t.getLayoutBounds().getWidth();
        if (x < 0 || x + w > width() || !row.free(x, x + w)) {
            canvas.getChildren().remove(t);
            return false;
        }
        row.take(x, x + w);
        return true;
    }

    private double width() {
        return x(end) + LEFT;
    }

    /**
     * The stretches under one title. A band is named inside itself, on one line or, at a break
     * between the title's words, on two; a band too narrow for either (a title printed on a day
     * or two) is named by its tooltip and by its change of title.
     */
    private void bands(List<TitleBand> bands) {
        for (int i = 0; i < bands.size(); i++) {
            TitleBand b = bands.get(i);
            double from = x(b.from()) - 4;
            double to = i + 1 < bands.size() ? x(bands.get(i + 1).from()) - 4 : x(b.to()) + 4;
            Rectangle r = new Rectangle(from, BAND_Y, Math.max(8, to - from), BAND_H);
            r.getStyleClass().addAll("timeline-band", "band-" + (i % 4));
            Tooltip.install(r, tip(messages.format("timeline.band", b.title(), b.from().toString(), b.to().toString(),
                    b.events())));
            canvas.getChildren().add(r);
            double room = r.getWidth() - 12;
            for (String shown : new String[]{b.title(), twoLines(b.title())}) {
                if (shown == null) {
                    continue;
                }
                Text label = text(from + 6, BAND_Y, shown, "timeline-band-label");
                label.setMouseTransparent(true);
                Bounds size = label.getLayoutBounds();
                if (size.getWidth() <= room && size.getHeight() <= BAND_H - 2) {
                    label.setY(BAND_Y + (BAND_H - size.getHeight()) / 2);
                    break;
                }
                canvas.getChildren().remove(label);
            }
        }
    }

    /** A title on two lines, broken where a newspaper would break it; null when it has no second line. */
    static String twoLines(String title) {
        List<String> lines = HeadlineBreaks.lines(title, 2);
        return lines.size() == 2 ? lines.get(0) + "\n" + lines.get(1) : null;
    }

    /**
     * A flag for each change of title, above the bands: to the right of its line, or to the left
     * where the chart ends, in the lowest of three rows where it overprints no other flag. A
     * flag with no room anywhere is left out; its line, its tooltip and the list of changes
     * under the chart still tell it.
     */
    private void changes(List<TitleChange> changes) {
        Row[] rows = new Row[FLAG_ROWS];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Row();
        }
        for (TitleChange c : changes) {
            double x = x(c.date()) - 4;
            Line l = new Line(x, BAND_Y - 4, x, AXIS_Y);
            l.getStyleClass().addAll("timeline-change", c.confirmed() ? "confirmed" : "unconfirmed");
            Tooltip.install(l, tip(messages.format(c.confirmed() ? "timeline.change" : "timeline.changeUnconfirmed",
                    c.from(), c.to(), c.date().toString())));
            canvas.getChildren().add(l);
            Text flag = text(x + 3, 0, "→ " + c.to(), "timeline-change-label");
            double w = flag.getLayoutBounds().getWidth();
            boolean placed = false;
            for (int row = 0; row < rows.length && !placed; row++) {
                for (double left : new double[]{x + 3, x - 3 - w}) {
                    if (left >= 0 && left + w <= width() && rows[row].free(left, left + w)) {
                        rows[row].take(left, left + w);
                        flag.setX(left);
                        flag.setY(BAND_Y - 4 - (row + 1) * FLAG_PITCH);
                        l.setStartY(flag.getY() + 2);
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed) {
                canvas.getChildren().remove(flag);
            }
        }
    }

    private void months(Map<String, Integer> perMonth) {
        int max = perMonth.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Map.Entry<String, Integer> e : perMonth.entrySet()) {
            YearMonth m = YearMonth.parse(e.getKey());
            double x = x(m.atDay(1));
            double w = Math.max(3, x(m.atEndOfMonth()) - x + pxPerDay.get() - 1);
            double h = 56.0 * e.getValue() / max;
            Rectangle r = new Rectangle(x, BAND_Y + 56 - h, w, h);
            r.getStyleClass().add("timeline-month");
            Tooltip.install(r, tip(messages.format("timeline.perMonth", e.getKey(), e.getValue())));
            Text t = new Text(x + 2, BAND_Y + 52 - h, e.getValue().toString());
            t.getStyleClass().add("timeline-label");
            canvas.getChildren().addAll(r, t);
        }
    }

    private void events(List<TimelineEvent> events) {
        Map<LocalDate, Integer> sameDay = new HashMap<>();
        int i = 0;
        for (TimelineEvent e : events) {
            int level = sameDay.merge(e.date(), 1, Integer::sum) - 1;
            double y = EVENTS_Y + 40 - Math.min(level, 6) * 10;
            Circle c = new Circle(x(e.date()), y, 6);
            c.setId("event-" + (i++));
            c.getStyleClass().add("timeline-event");
            c.setUserData(e);
            StringBuilder tip = new StringBuilder(e.date().toString());
            if (!e.titles().isEmpty()) {
                tip.append("\n").append(String.join(" / ", e.titles()));
            }
            tip.append("\n").append(e.kicker() == null ? "" : e.kicker() + "\n").append(e.title() == null ? "" : e.title());
            if (e.excerpt() != null) {
                tip.append("\n").append(e.excerpt());
            }
            Tooltip.install(c, tip(tip.toString()));
            c.setOnMouseClicked(ev -> onOpen.accept(e));
            canvas.getChildren().add(c);
        }
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(150));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
