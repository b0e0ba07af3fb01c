package org.baokan.export;

import org.baokan.format.PageJson;
import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.baokan.model.StoredArticle;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A selection as JSON in the interchange format of {@code parse}: a list of pages, each holding
 * the selected articles of that page (with their people and places), so that the file can be
 * read back with the same reader and imported elsewhere.
 */
public final class JsonExporter {
    private JsonExporter() {
    }

    /** The pages of the selection, in the order their first article was chosen, each with its chosen articles. */
    public static List<ParsedPage> pages(Selection s, ArchiveReader reader) throws ArchiveException, ExportException {
        Map<Long, List<StoredArticle>> byPage = new LinkedHashMap<>();
        s.articles().forEach(a -> byPage.computeIfAbsent(a.pageId(), k -> new ArrayList<>()).add(a));
        List<ParsedPage> out = new ArrayList<>();
        for (Map.Entry<Long, List<StoredArticle>> e : byPage.entrySet()) {
            ParsedPage page = reader.parsedPage(e.getKey())
                    .orElseThrow(() -> new ExportException(ExportException.Kind.PAGE_GONE, e.getKey()));
            List<Article> chosen = new ArrayList<>();
            for (StoredArticle a : e.getValue()) {
                if (a.order() < 0 || a.order() >= page.articles().size()) {
                    throw new ExportException(ExportException.Kind.PAGE_LACKS_ARTICLE, e.getKey(), a.id());
                }
                chosen.add(page.articles().get(a.order()));
            }
            boolean whole = chosen.size() == page.articles().size();
            out.add(whole ? page : page.withArticles(chosen));
        }
        return out;
    }

    public static String json(Selection s, ArchiveReader reader) throws ArchiveException, ExportException {
        return PageJson.write(pages(s, reader)) + "\n";
    }

    /** Writes the selection's JSON to a file, whole or not at all. */
    public static void export(Selection s, ArchiveReader reader, Path target, boolean replace, Collection<Path> protect)
            throws ExportException, ArchiveException {
        OutputFile.check(target, replace, protect);
        byte[] bytes = json(s, reader).getBytes(StandardCharsets.UTF_8);
        OutputFile.write(target, replace, protect, out -> out.write(bytes));
    }
}
