package org.baokan.cli;

import org.baokan.entities.TimelineService;
import org.baokan.format.PageJson;
import org.baokan.model.PersonSummary;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code people [--db PATH] [--json]}: everyone the archive names, in pinyin order. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "List the people the archive names, in pinyin order, with how often they appear and their latest title.")
public final class PeopleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the list as a JSON array.")
    boolean json;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only people of this role: leader, visitor or other.")
    String role;

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec)) {
            List<PersonSummary> people = new TimelineService(a).people();
            if (role != null) {
                String r = role.strip().toLowerCase(java.util.Locale.ROOT);
                if (!List.of("leader", "visitor", "other").contains(r)) {
                    Console.error(spec, "--role must be leader, visitor or other, not '" + role + "'");
                    return ExitCodes.BAD_INPUT;
                }
                people = people.stream().filter(p -> p.role().code().equals(r)).toList();
            }
            if (json) {
                Console.print(spec, PageJson.writeValue(people));
                return ExitCodes.OK;
            }
            if (people.isEmpty()) {
                Console.print(spec, "The archive " + a.path() + " names nobody yet.");
                return ExitCodes.OK;
            }
            StringBuilder b = new StringBuilder();
            int width = people.stream().mapToInt(p -> p.name().length()).max().orElse(2);
            for (PersonSummary p : people) {
                b.append(p.name()).append("　".repeat(width - p.name().length()))
                        .append(String.format("  %4d  %-7s  ", p.appearances(), p.role().code()))
                        .append(p.latestTitle() == null ? "" : p.latestTitle())
                        .append(p.titleSeenOnce() ? "  (printed on one day only)" : "")
                        .append('\n');
            }
            Console.print(spec, b.toString().stripTrailing());
            return ExitCodes.OK;
        }
    }
}
