package org.baokan.ui.archive;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.baokan.model.IssueInfo;
import org.baokan.render.IssueText;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** The archive pane: papers, years, a calendar of the month's issues, and previous/next issue. */
public final class ArchiveNavigatorView extends VBox {
    private final ArchiveNavigatorViewModel vm;
    private final Context context;
    private final GridPane calendar = new GridPane();
    private final Label monthLabel = new Label();

    public ArchiveNavigatorView(ArchiveNavigatorViewModel vm, Context context) {
        this.vm = vm;
        this.context = context;
        Messages m = context.messages();
        setId("archivePane");
        getStyleClass().add("archive-pane");
        setSpacing(6);
        setPadding(new Insets(8));

        Label title = heading(m.get("archive.title"));
        ListView<ArchiveNavigatorViewModel.Paper> papers = new ListView<>(vm.papers());
        papers.setId("paperList");
        papers.setPrefHeight(86);
        papers.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ArchiveNavigatorViewModel.Paper p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : IssueText.paper(p.name(), m.bundle())
                        + "  (" + p.issues() + ")");
            }
        });
        vm.paper().addListener((o, old, p) -> papers.getSelectionModel().select(p));
        papers.getSelectionModel().selectedItemProperty().addListener((o, old, p) -> {
            if (p != null && !p.equals(vm.paper().get())) {
                vm.choose(p);
            }
        });

        ListView<ArchiveNavigatorViewModel.Year> years = new ListView<>(vm.years());
        years.setId("yearList");
        years.setPrefHeight(86);
        years.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ArchiveNavigatorViewModel.Year y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? null : (y.year() == 0 ? m.get("archive.dateUnknown") : m.format("archive.year", String.valueOf(y.year())))
                        + "  (" + m.format("archive.issues", y.issues()) + ")");
            }
        });
        years.getSelectionModel().selectedItemProperty().addListener((o, old, y) -> {
            if (y != null) {
                vm.showYear(y.year());
            }
        });

        Button prevMonth = small("‹", m.get("archive.prevMonth"));
        prevMonth.setOnAction(e -> vm.previousMonth());
        Button nextMonth = small("›", m.get("archive.nextMonth"));
        nextMonth.setOnAction(e -> vm.nextMonth());
        monthLabel.setId("monthLabel");
        monthLabel.getStyleClass().add("month-label");
        Region gap1 = new Region();
        Region gap2 = new Region();
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox monthBar = new HBox(4, prevMonth, gap1, monthLabel, gap2, nextMonth);
        monthBar.setAlignment(Pos.CENTER);
        calendar.setId("calendar");
        calendar.getStyleClass().add("calendar");
        calendar.setHgap(2);
        calendar.setVgap(2);

        ListView<IssueInfo> undated = new ListView<>(vm.undated());
        undated.setId("undatedList");
        undated.setPrefHeight(70);
        undated.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IssueInfo i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : m.get("archive.dateUnknown") + " · "
                        + i.pages().stream().map(p -> p.displayName()).reduce((a, b) -> a + "、" + b).orElse(""));
            }
        });
        undated.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> {
            if (i != null) {
                vm.open(i);
            }
        });
        Label undatedLabel = heading(m.get("archive.undated"));
        undatedLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.undated()));
        undatedLabel.managedProperty().bind(undatedLabel.visibleProperty());
        undated.visibleProperty().bind(undatedLabel.visibleProperty());
        undated.managedProperty().bind(undatedLabel.visibleProperty());

        Button prevIssue = new Button("‹ " + m.get("archive.prevIssue"));
        prevIssue.setId("prevIssue");
        prevIssue.setTooltip(new Tooltip("Alt+←"));
        prevIssue.setOnAction(e -> vm.step(-1));
        Button nextIssue = new Button(m.get("archive.nextIssue") + " ›");
        nextIssue.setId("nextIssue");
        nextIssue.setTooltip(new Tooltip("Alt+→"));
        nextIssue.setOnAction(e -> vm.step(1));
        prevIssue.setMaxWidth(Double.MAX_VALUE);
        nextIssue.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(prevIssue, Priority.ALWAYS);
        HBox.setHgrow(nextIssue, Priority.ALWAYS);
        HBox steps = new HBox(6, prevIssue, nextIssue);

        getChildren().addAll(title, papers, heading(m.get("archive.years")), years, monthBar, calendar, steps,
                undatedLabel, undated);
        vm.month().addListener((o, old, month) -> drawCalendar());
        context.state().issue().addListener((o, old, i) -> drawCalendar());
        vm.paper().addListener((o, old, p) -> drawCalendar());
        drawCalendar();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-heading");
        return l;
    }

    private static Button small(String text, String tip) {
        Button b = new Button(text);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private void drawCalendar() {
        calendar.getChildren().clear();
        YearMonth month = vm.month().get();
        Messages m = context.messages();
        if (month == null) {
            monthLabel.setText("");
            return;
        }
        monthLabel.setText(m.format("archive.month", month.getYear(), month.getMonthValue()));
        String[] weekdays = m.get("archive.weekdays").split(",");
        for (int d = 0; d < 7; d++) {
            Label w = new Label(weekdays[d]);
            w.getStyleClass().add("calendar-weekday");
            w.setMaxWidth(Double.MAX_VALUE);
            w.setAlignment(Pos.CENTER);
            calendar.add(w, d, 0);
        }
        Map<LocalDate, IssueInfo> issues = vm.issuesIn(month);
        IssueInfo shown = context.state().issue().get();
        int offset = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            IssueInfo issue = issues.get(date);
            int cell = offset + day - 1;
            Region node;
            if (issue == null) {
                Label l = new Label(Integer.toString(day));
                l.getStyleClass().add("calendar-day");
                node = l;
            } else {
                Button b = new Button(day + "\n" + m.format("archive.pages", issue.pages().size()));
                b.setId("day-" + date);
                b.getStyleClass().addAll("calendar-day", "has-issue");
                if (shown != null && shown.id() == issue.id()) {
                    b.getStyleClass().add("current");
                }
                b.setTooltip(new Tooltip(m.format("archive.issueTip", date.toString(), issue.pages().size())));
                b.setOnAction(e -> vm.open(issue));
                node = b;
            }
            node.setMaxWidth(Double.MAX_VALUE);
            node.setMinWidth(24);
            GridPane.setHgrow(node, Priority.ALWAYS);
            calendar.add(node, cell % 7, 1 + cell / 7);
        }
    }
}
