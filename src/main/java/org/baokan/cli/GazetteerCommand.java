package org.baokan.cli;

import org.baokan.archive.ArchiveOpener;
import org.baokan.entities.Gazetteer;
import org.baokan.entities.Reextraction;
import org.baokan.entities.TimelineService;
import org.baokan.format.PageJson;
import org.baokan.model.GazetteerEntry;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gazetteer [--db PATH] [--json]}: the places the archive knows, as a tree with counts;
 * {@code gazetteer alias ALIAS PLACE} and {@code gazetteer merge FROM INTO}: the archivist's edits,
 * which are stored apart from what import finds and applied to every page at once.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = {"Show the places the archive knows: city → district → 街道/镇 → 园区/社区, with article counts.",
            "Use 'gazetteer alias' and 'gazetteer merge' to correct it."},
        subcommands = {GazetteerCommand.Alias.class, GazetteerCommand.Merge.class})
public final class GazetteerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the entries as a JSON array, each with its article count.")
    boolean json;

    /** A gazetteer entry with how many articles name it. */
    record Counted(GazetteerEntry place, int articles) {
    }

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec)) {
            Map<GazetteerEntry, Integer> tree = new TimelineService(a).districtTree();
            if (json) {
                List<Counted> out = new ArrayList<>();
                tree.forEach((e, n) -> out.add(new Counted(e, n)));
                Console.print(spec, PageJson.writeValue(out));
            } else {
                Console.print(spec, text(tree));
            }
            return ExitCodes.OK;
        }
    }

    static String text(Map<GazetteerEntry, Integer> tree) {
        Map<String, List<GazetteerEntry>> children = new LinkedHashMap<>();
        List<GazetteerEntry> roots = new ArrayList<>();
        for (GazetteerEntry e : tree.keySet()) {
            if (e.parent() == null || tree.keySet().stream().noneMatch(p -> p.name().equals(e.parent()))) {
                roots.add(e);
            } else {
                children.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
        }
        StringBuilder b = new StringBuilder();
        roots.sort(Comparator.comparing(GazetteerEntry::level));
        for (GazetteerEntry r : roots) {
            append(b, r, 0, tree, children);
        }
        return b.toString().stripTrailing();
    }

    private static void append(StringBuilder b, GazetteerEntry e, int depth, Map<GazetteerEntry, Integer> counts,
                               Map<String, List<GazetteerEntry>> children) {
        b.append("  ".repeat(depth)).append(e.name()).append("  (").append(e.level().code()).append(", ")
                .append(counts.get(e)).append(counts.get(e) == 1 ? " article" : " articles").append(')');
        if (!e.aliases().isEmpty()) {
            b.append("  also ").append(String.join("、", e.aliases()));
        }
        if (!e.source().equals("seed")) {
            b.append("  [").append(e.source().equals("pattern") ? "found in pages" : "added by the archivist").append(']');
        }
        b.append('\n');
        List<GazetteerEntry> kids = children.getOrDefault(e.name(), List.of());
        for (GazetteerEntry k : kids) {
            if (depth < 8) {
                append(b, k, depth + 1, counts, children);
            }
        }
    }

    /** Applies an edit to every stored page, with progress on stderr. */
    static void reextract(CommandSpec spec, Archive a) throws ArchiveException {
        Progress progress = new Progress(spec.commandLine().getErr(), "re-extracting");
        int pages = new Reextraction(a).run(progress, () -> false);
        progress.finish();
        Console.note(spec, "people and places of " + pages + (pages == 1 ? " page" : " pages") + " extracted again");
    }

    @Command(name = "alias", mixinStandardHelpOptions = true,
            description = {"Make ALIAS another name of PLACE (e.g. 'gazetteer alias 北湖 太白湖新区').",
                "The alias is kept in the archive and survives re-import; every page is re-read with it."})
    static final class Alias implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveOption archive;

        @Parameters(index = "0", paramLabel = "ALIAS", description = "The other name.")
        String alias;

        @Parameters(index = "1", paramLabel = "PLACE", description = "The place it means, by name or alias.")
        String place;

        @Override
        public Integer call() throws ArchiveException {
            String name = alias.strip();
            if (name.codePointCount(0, name.length()) < 2) {
                Console.error(spec, "an alias needs at least two characters; '" + name
                        + "' alone would match inside too many words");
                return ExitCodes.BAD_INPUT;
            }
            try (Archive a = archive.open(spec, ArchiveOpener.Use.CHANGE)) {
                Gazetteer g = new TimelineService(a).gazetteer();
                Optional<String> target = g.canonical(place.strip());
                if (target.isEmpty()) {
                    Console.error(spec, "the gazetteer knows no place called " + place.strip());
                    return ExitCodes.BAD_INPUT;
                }
                Optional<String> already = g.canonical(name);
                if (already.isPresent() && already.get().equals(target.get())) {
                    Console.note(spec, name + " already means " + target.get() + "; nothing changed");
                    return ExitCodes.OK;
                }
                if (already.isPresent() && already.get().equals(name)) {
                    Console.error(spec, name + " is a place of its own; to make it the same as " + target.get()
                            + ", use 'gazetteer merge " + name + " " + target.get() + "'");
                    return ExitCodes.BAD_INPUT;
                }
                a.entities().addAlias(name, target.get());
                Console.note(spec, name + " now means " + target.get()
                        + already.map(p -> " (it meant " + p + " before)").orElse(""));
                reextract(spec, a);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Merge the place FROM into INTO: FROM becomes another name of INTO, and its articles move over.",
                "The merge is kept in the archive and survives re-import; every page is re-read with it."})
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveOption archive;

        @Parameters(index = "0", paramLabel = "FROM", description = "The place that goes away.")
        String from;

        @Parameters(index = "1", paramLabel = "INTO", description = "The place it becomes part of.")
        String into;

        @Override
        public Integer call() throws ArchiveException {
            try (Archive a = archive.open(spec, ArchiveOpener.Use.CHANGE)) {
                Gazetteer g = new TimelineService(a).gazetteer();
                Optional<String> f = g.canonical(from.strip());
                Optional<GazetteerEntry> t = g.entry(into.strip());
                if (f.isEmpty() || t.isEmpty()) {
                    Console.error(spec, "the gazetteer knows no place called " + (f.isEmpty() ? from.strip() : into.strip()));
                    return ExitCodes.BAD_INPUT;
                }
                if (f.get().equals(t.get().name())) {
                    Console.error(spec, from.strip() + " and " + into.strip() + " are already the same place, "
                            + t.get().name());
                    return ExitCodes.BAD_INPUT;
                }
                a.entities().merge(f.get(), t.get().name(), t.get().level());
                Console.note(spec, f.get() + " is merged into " + t.get().name());
                reextract(spec, a);
                return ExitCodes.OK;
            }
        }
    }
}
