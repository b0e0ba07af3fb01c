package org.baokan.entities;

import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleBand;
import org.baokan.model.TitleChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes of a person's title along a timeline. Titles are compared without the district's name
 * in front ({@code 高新区党工委书记} and {@code 济宁高新区党工委书记} are the same title); a change whose
 * new title is printed on a single day only is reported as unconfirmed, since papers misprint.
 */
final class TitleChanges {
    private TitleChanges() {
    }

    /**
     * A timeline's title changes and the stretches under one title, from one pass over its events.
     *
     * @param changes what {@link #detect} gives
     * @param bands   the stretches under one title, as a timeline draws them
     */
    record Titles(List<TitleChange> changes, List<TitleBand> bands) {
    }

    /**
     * @param dated    the dated events, oldest first
     * @param prefixes place names to strip from the front of titles, longest first
     */
    static Titles of(List<TimelineEvent> dated, List<String> prefixes) {
        List<Run> runs = runs(dated, prefixes);
        return new Titles(changes(runs), runs.stream().map(r -> new TitleBand(r.title(), r.first(), r.last(), r.events()))
                .toList());
    }

    /**
     * @param dated    the dated events, oldest first
     * @param prefixes place names to strip from the front of titles, longest first
     */
    static List<TitleChange> detect(List<TimelineEvent> dated, List<String> prefixes) {
        return changes(runs(dated, prefixes));
    }

    private static List<TitleChange> changes(List<Run> runs) {
        List<TitleChange> out = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            Run before = runs.get(i - 1);
            Run after = runs.get(i);
            out.add(new TitleChange(before.title(), before.last(), after.title(), after.first(), after.days().size() > 1));
        }
        return out;
    }

    private record Run(String title, LocalDate first, LocalDate last, Set<LocalDate> days, int events) {
    }

    private static List<Run> runs(List<TimelineEvent> dated, List<String> prefixes) {
        List<Run> runs = new ArrayList<>();
        Map<String, String> cores = new HashMap<>();
        for (TimelineEvent e : dated) {
            String title = principal(e.titles());
            if (title == null) {
                continue;
            }
            String core = cores.computeIfAbsent(title, t -> core(t, prefixes));
            if (!runs.isEmpty() && runs.get(runs.size() - 1).title().equals(core)) {
                Run r = runs.remove(runs.size() - 1);
                r.days().add(e.date());
                runs.add(new Run(core, r.first(), e.date(), r.days(), r.events() + 1));
            } else {
                Set<LocalDate> days = new HashSet<>();
                days.add(e.date());
                runs.add(new Run(core, e.date(), e.date(), days, 1));
            }
        }
        return runs;
    }

    /** The title that says what someone is: the first that is not a collective one (区领导). */
    static String principal(List<String> titles) {
        for (String t : titles) {
            if (!t.endsWith("领导")) {
                return t;
            }
        }
        return titles.isEmpty() ? null : titles.get(0);
    }

    /** A title without the place in front: 高新区党工委副书记 → 党工委副书记. */
    static String core(String title, List<String> prefixes) {
        for (String p : prefixes) {
            if (title.startsWith(p) && title.length() > p.length() + 1) {
                return title.substring(p.length());
            }
        }
        if (title.startsWith("区") && title.length() > 2) {
            return title.substring(1);
        }
        return title;
    }
}
