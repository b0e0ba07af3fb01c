package org.baokan.cli;

import org.baokan.entities.TimelineService;
import org.baokan.format.PageJson;
import org.baokan.model.DistrictTimeline;
import org.baokan.model.PersonTimeline;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleChange;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code timeline [--db PATH] [--json] (--person NAME | --district NAME)}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Show a leader's appearances, or a district's events, in date order.",
            "Changes of title are marked; appearances whose date is not known are listed apart."})
public final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the timeline as one JSON object.")
    boolean json;

    @ArgGroup(multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--person", paramLabel = "NAME", required = true, description = "A person's name, e.g. 刘章箭.")
        String person;

        @Option(names = "--district", paramLabel = "NAME", required = true,
                description = "A district or a place in one, by name or alias, e.g. 太白湖新区 or 高新区.")
        String district;
    }

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec)) {
            TimelineService timelines = new TimelineService(a);
            if (subject.person != null) {
                String name = subject.person.strip();
                PersonTimeline t = timelines.person(name);
                if (t.events().isEmpty() && t.undated().isEmpty()) {
                    Console.error(spec, "the archive " + a.path() + " does not name " + name + similar(timelines, name));
                    return ExitCodes.BAD_INPUT;
                }
                Console.print(spec, json ? PageJson.writeValue(t) : text(t));
            } else {
                String name = subject.district.strip();
                if (timelines.gazetteer().canonical(name).isEmpty()) {
                    Console.error(spec, "the gazetteer knows no place called " + name
                            + " (see 'baokan gazetteer' for the places it knows)");
                    return ExitCodes.BAD_INPUT;
                }
                DistrictTimeline t = timelines.district(name);
                Console.print(spec, json ? PageJson.writeValue(t) : text(t));
            }
            return ExitCodes.OK;
        }
    }

    /** People whose name shares a character with the one asked for, as a hint. */
    private static String similar(TimelineService timelines, String name) throws ArchiveException {
        List<String> out = new ArrayList<>();
        for (var p : timelines.people()) {
            if (p.name().chars().anyMatch(c -> name.indexOf(c) >= 0) && out.size() < 8) {
                out.add(p.name());
            }
        }
        return out.isEmpty() ? " (see 'baokan people' for everyone it names)" : "; did you mean " + String.join("、", out) + "?";
    }

    static String text(PersonTimeline t) {
        StringBuilder b = new StringBuilder();
        b.append(t.person()).append(": ").append(t.events().size()).append(" dated appearances");
        if (!t.undated().isEmpty()) {
            b.append(", ").append(t.undated().size()).append(" undated");
        }
        b.append('\n');
        int change = 0;
        for (TimelineEvent e : t.events()) {
            while (change < t.changes().size() && !t.changes().get(change).date().isAfter(e.date())) {
                b.append(changeLine(t.changes().get(change++)));
            }
            b.append(eventLine(e, true));
        }
        if (!t.changes().isEmpty()) {
            b.append("\nChanges of title:\n");
            t.changes().forEach(c -> b.append("  ").append(c.from()).append(" (").append(c.fromDate()).append(") → ")
                    .append(c.to()).append(" (").append(c.date()).append(")")
                    .append(c.confirmed() ? "" : "  [printed on one day only; may be a misprint]").append('\n'));
        }
        appendUndated(b, t.undated(), true);
        return b.toString().stripTrailing();
    }

    static String text(DistrictTimeline t) {
        StringBuilder b = new StringBuilder();
        b.append(t.district()).append(": ").append(t.events().size()).append(" dated events");
        if (!t.undated().isEmpty()) {
            b.append(", ").append(t.undated().size()).append(" undated");
        }
        b.append('\n');
        for (TimelineEvent e : t.events()) {
            b.append(eventLine(e, false));
        }
        if (!t.perMonth().isEmpty()) {
            b.append("\nPer month:\n");
            for (Map.Entry<String, Integer> m : t.perMonth().entrySet()) {
                b.append("  ").append(m.getKey()).append("  ").append(m.getValue()).append('\n');
            }
        }
        appendUndated(b, t.undated(), false);
        return b.toString().stripTrailing();
    }

    private static void appendUndated(StringBuilder b, List<TimelineEvent> undated, boolean person) {
        if (undated.isEmpty()) {
            return;
        }
        b.append("\nDate not known (???? where the page prints no year):\n");
        undated.forEach(e -> b.append(eventLine(e, person)));
    }

    private static String changeLine(TitleChange c) {
        return "  ── title now " + c.to() + " (was " + c.from() + ")" + (c.confirmed() ? "" : " [one day only]") + '\n';
    }

    private static String eventLine(TimelineEvent e, boolean person) {
        StringBuilder b = new StringBuilder("  ");
        b.append(e.date() != null ? e.date().toString()
                : e.monthDay() != null ? "????" + e.monthDay().toString().substring(1) : "    ?     ").append("  ");
        if (person && !e.titles().isEmpty()) {
            b.append(String.join(" / ", e.titles())).append("  ");
        }
        b.append('《');
        if (e.kicker() != null) {
            b.append(e.kicker()).append('｜');
        }
        b.append(e.title() == null ? "(untitled)" : e.title()).append('》');
        if (e.excerpt() != null) {
            b.append(' ').append(e.excerpt());
        }
        if (person && e.district() != null) {
            b.append("  ").append(e.district());
        }
        if (!e.with().isEmpty()) {
            b.append(person ? "  with " : "  leaders ").append(String.join("、", e.with()));
        }
        b.append("  [article ").append(e.articleId()).append("]\n");
        return b.toString();
    }
}
