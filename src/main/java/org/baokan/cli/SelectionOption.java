package org.baokan.cli;

import org.baokan.export.ExportException;
import org.baokan.export.Selection;
import org.baokan.export.Selections;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.util.List;

/** What to export: articles by id, an issue, a page, every article matching a query, or a leader's timeline. */
final class SelectionOption {
    // with a heading of its own the group is listed once, under it; without, picocli listed a
    // mixin's group twice among the options
    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Which articles (one of these):%n")
    Choice choice;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The document's title. Default: named after the selection.")
    String title;

    static final class Choice {
        @Option(names = "--article", paramLabel = "ID", arity = "1..*",
                description = "Articles by id (as search and issues show them), in this order.")
        List<Long> articles;

        @Option(names = "--issue", paramLabel = "ID", description = "A whole issue (ids as `issues` shows them).")
        Long issue;

        @Option(names = "--page", paramLabel = "ID", description = "A whole page.")
        Long page;

        @Option(names = "--query", paramLabel = "Q", description = "Every article matching the query, in date order.")
        String query;

        @Option(names = "--person", paramLabel = "NAME", description = "The articles of this leader's timeline.")
        String person;
    }

    Selection resolve(Archive archive) throws ExportException, ArchiveException {
        Selections s = new Selections(archive);
        Selection chosen;
        if (choice.articles != null) {
            chosen = s.articles(null, choice.articles);
        } else if (choice.issue != null) {
            chosen = s.issue(choice.issue);
        } else if (choice.page != null) {
            chosen = s.page(choice.page);
        } else if (choice.query != null) {
            chosen = s.query(choice.query);
        } else {
            chosen = s.person(choice.person);
        }
        return title == null || title.isBlank() ? chosen : new Selection(title.strip(), chosen.articles());
    }
}
