package org.baokan.ui.archive;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.baokan.model.IssueInfo;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Session;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The archive navigator: papers, then years, then a calendar of the month's issues; the issues
 * whose date is unknown apart; previous and next issue of the paper. Opens on the newest issue.
 */
public final class ArchiveNavigatorViewModel {
    /**
     * A paper of the archive.
     *
     * @param name   its name, or null for the pages that print none
     * @param issues how many issues
     */
    public record Paper(String name, int issues) {
    }

    /**
     * A year of a paper.
     *
     * @param year   the year, or 0 for the issues of unknown date
     * @param issues how many issues
     */
    public record Year(int year, int issues) {
    }

    private final Context context;
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ObservableList<Year> years = FXCollections.observableArrayList();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObservableList<IssueInfo> undated = FXCollections.observableArrayList();
    private List<IssueInfo> all = List.of();
    /** Each paper's issues in date order (unknown dates last), by {@link #key}: read once per list of issues. */
    private Map<String, List<IssueInfo>> byPaper = Map.of();
    /** The archive whose issues are shown. */
    private Session shownFrom;

    public ArchiveNavigatorViewModel(Context context) {
        this.context = context;
        context.state().issue().addListener((o, old, issue) -> follow(issue));
        // issues imported into the archive shown appear; another archive is shown by whoever opens it
        context.state().archiveVersion().addListener((o, old, v) -> {
            if (shownFrom != null && shownFrom == context.session().get()) {
                reload(false);
            }
        });
        paper.addListener((o, old, p) -> yearsOf(p));
    }

    public ObservableList<Paper> papers() {
        return papers;
    }

    public ObservableList<Year> years() {
        return years;
    }

    /** The paper shown: the issue shown's, or the one chosen with {@link #choose}. */
    public ObjectProperty<Paper> paper() {
        return paper;
    }

    /** The month the calendar shows. */
    public ObjectProperty<YearMonth> month() {
        return month;
    }

    /** The chosen paper's issues whose date is unknown. */
    public ObservableList<IssueInfo> undated() {
        return undated;
    }

    /** Reads the archive's issues; with {@code openNewest}, opens the newest issue. */
    public void reload(boolean openNewest) {
        reload(openNewest, () -> { });
    }

    /** The same, then {@code then} on the FX thread. */
    public void reload(boolean openNewest, Runnable then) {
        context.load(s -> s.reader().issues(), issues -> {
            show(issues, openNewest);
            then.run();
        });
    }

    /** Shows issues read already (at start-up, while the window was being built). */
    public void show(List<IssueInfo> issues, boolean openNewest) {
        shownFrom = context.session().get();
        all = List.copyOf(issues);
        Map<String, List<IssueInfo>> grouped = new LinkedHashMap<>();
        for (IssueInfo i : all) {
            grouped.computeIfAbsent(key(i.paper()), k -> new ArrayList<>()).add(i);
        }
        grouped.replaceAll((k, list) -> list.stream()
                .sorted(Comparator.comparing(IssueInfo::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IssueInfo::id)).toList());
        byPaper = grouped;
        List<Paper> list = new ArrayList<>();
        grouped.forEach((k, in) -> list.add(new Paper(k.isEmpty() ? null : k, in.size())));
        list.sort(Comparator.comparing((Paper p) -> p.name() == null).thenComparing(p -> key(p.name())));
        papers.setAll(list);
        IssueInfo current = context.state().issue().get();
        IssueInfo target = openNewest || current == null ? newest() : byId(current.id());
        if (target != null) {
            context.state().issue().set(target);
            follow(target);
        } else {
            paper.set(papers.isEmpty() ? null : papers.get(0));
        }
    }

    private static String key(String paper) {
        return paper == null ? "" : paper;
    }

    /** The newest dated issue of the archive, else any. */
    IssueInfo newest() {
        return newest(all);
    }

    /** The newest dated issue of these, else the last; null when there is none. */
    public static IssueInfo newest(List<IssueInfo> issues) {
        return issues.stream().filter(i -> i.date() != null).max(Comparator.comparing(IssueInfo::date)
                .thenComparing(IssueInfo::id)).orElse(issues.isEmpty() ? null : issues.get(issues.size() - 1));
    }

    private IssueInfo byId(long id) {
        return all.stream().filter(i -> i.id() == id).findFirst().orElse(newest());
    }

    /** Keeps paper, year and month on the issue shown, whoever chose it. */
    private void follow(IssueInfo issue) {
        if (issue == null) {
            return;
        }
        papers.stream().filter(p -> Objects.equals(p.name(), issue.paper())).findFirst().ifPresent(p -> {
            if (!p.equals(paper.get())) {
                paper.set(p);
            }
        });
        if (issue.date() != null) {
            month.set(YearMonth.from(issue.date()));
        }
    }

    private void yearsOf(Paper p) {
        if (p == null) {
            years.clear();
            undated.clear();
            return;
        }
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        List<IssueInfo> none = new ArrayList<>();
        for (IssueInfo i : issuesOf(p)) {
            if (i.date() == null) {
                none.add(i);
            } else {
                counts.merge(i.date().getYear(), 1, Integer::sum);
            }
        }
        List<Year> list = new ArrayList<>();
        counts.forEach((y, n) -> list.add(new Year(y, n)));
        if (!none.isEmpty()) {
            list.add(new Year(0, none.size()));
        }
        years.setAll(list);
        undated.setAll(none);
        if (month.get() == null || counts.isEmpty() || !counts.containsKey(month.get().getYear())) {
            issuesOf(p).stream().map(IssueInfo::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .ifPresent(d -> month.set(YearMonth.from(d)));
        }
    }

    /** The chosen paper's issues in date order (unknown dates last). */
    List<IssueInfo> issuesOf(Paper p) {
        return p == null ? List.of() : byPaper.getOrDefault(key(p.name()), List.of());
    }

    /** The chosen paper's issues in the month shown, by day. */
    public Map<LocalDate, IssueInfo> issuesIn(YearMonth m) {
        Map<LocalDate, IssueInfo> out = new TreeMap<>();
        if (m == null) {
            return out;
        }
        for (IssueInfo i : issuesOf(paper.get())) {
            if (i.date() != null && YearMonth.from(i.date()).equals(m)) {
                out.putIfAbsent(i.date(), i);
            }
        }
        return out;
    }

    /** Shows the year's latest month that has an issue. */
    public void showYear(int year) {
        if (year == 0) {
            return;
        }
        issuesOf(paper.get()).stream().map(IssueInfo::date).filter(d -> d != null && d.getYear() == year)
                .max(Comparator.naturalOrder()).ifPresent(d -> month.set(YearMonth.from(d)));
    }

    public void previousMonth() {
        if (month.get() != null) {
            month.set(month.get().minusMonths(1));
        }
    }

    public void nextMonth() {
        if (month.get() != null) {
            month.set(month.get().plusMonths(1));
        }
    }

    public void open(IssueInfo issue) {
        context.state().issue().set(issue);
    }

    /**
     * The reader chose a paper: its newest issue opens (its calendar and years follow). Choosing
     * the paper of the issue shown keeps that issue.
     */
    public void choose(Paper p) {
        IssueInfo shown = context.state().issue().get();
        if (p == null || shown != null && Objects.equals(shown.paper(), p.name())) {
            paper.set(p);
            return;
        }
        IssueInfo newest = newest(issuesOf(p));
        if (newest == null) {
            paper.set(p);
        } else {
            open(newest);
        }
    }

    /** Opens the issue before (-1) or after (+1) the one shown, in the same paper; false when there is none. */
    public boolean step(int direction) {
        IssueInfo current = context.state().issue().get();
        if (current == null) {
            return false;
        }
        List<IssueInfo> list = byPaper.getOrDefault(key(current.paper()), List.of());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == current.id()) {
                int j = i + direction;
                if (j >= 0 && j < list.size()) {
                    context.state().issue().set(list.get(j));
                    return true;
                }
                return false;
            }
        }
        return false;
    }
}
