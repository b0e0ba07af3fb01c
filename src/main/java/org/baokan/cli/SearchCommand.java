package org.baokan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.baokan.format.PageJson;
import org.baokan.model.ArticleKind;
import org.baokan.search.QueryLimitException;
import org.baokan.search.SearchHit;
import org.baokan.search.SearchResult;
import org.baokan.search.SearchService;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code search [--db PATH] [--json] [--from DATE] [--to DATE] [--limit N] QUERY}: ranked hits with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive. Words separated by spaces must all match; \"quoted phrases\" match as"
                + " written; -word excludes. Traditional and simplified, full- and half-width forms match each other.",
            "QUERY '-' reads one query per line from standard input (with --json: one JSON object per line)."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print {query, elapsedMs, total, hits: [...]} as JSON.")
    boolean json;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issues from this date on.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issues up to this date.")
    LocalDate to;

    @Option(names = "--paper", paramLabel = "NAME", description = "Only this paper.")
    String paper;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only news, photo, brief or notice.")
    String kind;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many hits to show (default ${DEFAULT-VALUE}); 0 only counts them.")
    int limit;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query, or - to read queries from stdin.")
    String query;

    @Override
    public Integer call() throws ArchiveException {
        SearchIndex.Filter filter;
        try {
            filter = new SearchIndex.Filter(paper, from, to, kind == null ? null : ArticleKind.fromCode(kind));
        } catch (IllegalArgumentException e) {
            Console.error(spec, "--kind must be news, photo, brief or notice");
            return ExitCodes.BAD_INPUT;
        }
        if (limit < 0) {
            Console.error(spec, "--limit must not be negative");
            return ExitCodes.BAD_INPUT;
        }
        if (from != null && to != null && from.isAfter(to)) {
            Console.error(spec, "--from " + from + " is after --to " + to + ": no issue can be in between");
            return ExitCodes.BAD_INPUT;
        }
        try (Archive a = archive.open(spec)) {
            SearchService service = new SearchService(a);
            if (!query.equals("-")) {
                print(service.search(query, filter, limit), false);
                return ExitCodes.OK;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            int exit = ExitCodes.OK;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    try {
                        print(service.search(line.strip(), filter, limit), true);
                    } catch (QueryLimitException e) {
                        // one query too long: said on stderr, and the others are answered
                        Console.error(spec, "line " + number + ": " + e.getMessage());
                        exit = ExitCodes.BAD_INPUT;
                    }
                }
            }
            return exit;
        } catch (IOException e) {
            Console.error(spec, "cannot read the queries: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** {@code C4 视觉} as 第C4版 视觉. */
    static String pageName(String page) {
        if (page == null) {
            return "";
        }
        int space = page.indexOf(' ');
        return space < 0 ? "第" + page + "版" : "第" + page.substring(0, space) + "版 " + page.substring(space + 1);
    }

    private void print(SearchResult r, boolean batch) {
        if (json) {
            try {
                Console.print(spec, batch ? PageJson.mapper().writeValueAsString(r) : PageJson.writeValue(r));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s: %d hits (%d ms)%n", r.query(), r.total(), r.elapsedMs()));
        for (SearchHit h : r.hits()) {
            String id = h.id() == null ? "guide entry" : String.valueOf(h.id());
            String guide = !SearchHit.GUIDE.equals(h.type()) ? ""
                    : "  (今日导读 entry" + (Boolean.FALSE.equals(h.targetInArchive()) ? "; page " + h.target()
                    + " is not in the archive)" : ")");
            b.append(String.format("[%s] %s %s %s  %s%s%s%n      %s%n", id, h.paper() == null ? "(paper not printed)" : h.paper(),
                    h.date() == null ? "(date unknown)" : h.date(), pageName(h.page()),
                    h.kicker() == null ? "" : h.kicker() + " / ", h.title(), guide, h.snippet()));
        }
        Console.print(spec, b.toString().stripTrailing());
    }
}
