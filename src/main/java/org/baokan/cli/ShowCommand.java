package org.baokan.cli;

import org.baokan.format.PageJson;
import org.baokan.model.Article;
import org.baokan.model.Person;
import org.baokan.model.Place;
import org.baokan.model.StoredArticle;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code show [--db PATH] [--json] ARTICLE_ID}: one article. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article of the archive.")
public final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the article as JSON.")
    boolean json;

    @Parameters(index = "0", paramLabel = "ARTICLE_ID", description = "The article's id (as search and issues show it).")
    long id;

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec)) {
            Optional<StoredArticle> found = a.reader().article(id);
            if (found.isEmpty()) {
                Console.error(spec, "there is no article " + id + " in " + a.path());
                return ExitCodes.BAD_INPUT;
            }
            StoredArticle s = found.get();
            Console.print(spec, json ? PageJson.writeValue(s) : text(s));
            return ExitCodes.OK;
        }
    }

    static String text(StoredArticle s) {
        Article a = s.article();
        StringBuilder b = new StringBuilder();
        b.append(s.paper() == null ? "(paper not printed)" : s.paper()).append("  ")
                .append(s.issueDate() == null ? "(date unknown)" : s.issueDate());
        if (s.citationPage() > 0) {
            b.append("  第").append(s.page() == null ? "01" : s.page().display()).append("版");
        }
        b.append("  [").append(a.kind().code()).append(", article ").append(s.id()).append("]\n\n");
        if (a.kicker() != null) {
            b.append(a.kicker()).append('\n');
        }
        if (a.title() != null) {
            b.append(a.title()).append('\n');
        }
        if (a.subtitle() != null) {
            b.append("——").append(a.subtitleText()).append('\n');
        }
        if (a.byline() != null || a.dateline() != null) {
            b.append('\n');
            if (a.dateline() != null) {
                b.append(a.dateline()).append(' ');
            }
            if (a.byline() != null) {
                b.append(a.byline());
            }
            b.append('\n');
        }
        if (a.eventDate() != null) {
            b.append("event date: ").append(a.eventDate()).append('\n');
        }
        b.append('\n');
        for (String p : a.paragraphs()) {
            b.append("　　").append(p).append('\n');
        }
        if (!a.people().isEmpty()) {
            b.append('\n');
            for (Person p : a.people()) {
                b.append("person: ").append(p.name());
                if (!p.titles().isEmpty()) {
                    b.append("  ").append(String.join(" / ", p.titles()));
                }
                b.append("  (").append(p.role().code()).append(")\n");
            }
        }
        if (!a.places().isEmpty()) {
            b.append(a.people().isEmpty() ? "\n" : "").append("places: ").append(a.places().stream()
                    .map(Place::name).collect(Collectors.joining("、"))).append('\n');
        }
        if (!a.warnings().isEmpty()) {
            b.append('\n');
            a.warnings().forEach(w -> b.append("note: ").append(w).append('\n'));
        }
        return b.toString().stripTrailing();
    }
}
