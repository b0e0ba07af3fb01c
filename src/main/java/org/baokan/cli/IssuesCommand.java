package org.baokan.cli;

import org.baokan.format.PageJson;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code issues [--db PATH] [--json]}: papers and their issues with pages. */
@Command(name = "issues", mixinStandardHelpOptions = true, description = "List the papers and issues in the archive, with their pages.")
public final class IssuesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the issues as a JSON array.")
    boolean json;

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec)) {
            List<IssueInfo> issues = a.reader().issues();
            if (json) {
                Console.print(spec, PageJson.writeValue(issues));
                return ExitCodes.OK;
            }
            StringBuilder b = new StringBuilder();
            String paper = "\u0000";
            for (IssueInfo i : issues) {
                if (!Objects.equals(paper, i.paper())) {
                    paper = i.paper();
                    b.append(paper == null ? "(paper not printed)" : paper).append('\n');
                }
                b.append("  ").append(i.date() == null ? "(date unknown)" : i.date());
                if (i.weekday() != null) {
                    b.append(' ').append(i.weekday());
                }
                if (i.lunarDate() != null) {
                    b.append(" 农历").append(i.lunarDate());
                }
                if (i.totalNumber() != null) {
                    b.append(" 总第").append(i.totalNumber()).append("期");
                }
                if (i.issueNumber() != null) {
                    b.append(" 第").append(i.issueNumber()).append("期");
                }
                if (i.dateSource().code().equals("inferred")) {
                    b.append(" (date inferred)");
                }
                b.append("  [issue ").append(i.id()).append("]\n");
                for (PageInfo p : i.pages()) {
                    b.append("    ").append(p.label() == null ? (p.frontPage() ? "01 (front page)" : "page ?") : p.label().display())
                            .append("  ").append(p.articleCount()).append(" articles  ").append(p.fileName())
                            .append("  [page ").append(p.id()).append("]\n");
                }
            }
            if (issues.isEmpty()) {
                b.append("The archive ").append(a.path()).append(" holds no issues yet.");
            }
            Console.print(spec, b.toString().stripTrailing());
            return ExitCodes.OK;
        }
    }

}
