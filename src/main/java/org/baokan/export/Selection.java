package org.baokan.export;

import org.baokan.model.StoredArticle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles chosen for export, in the order they are set, each once.
 *
 * @param name     what the selection is called: the PDF's title and the suggested file name
 * @param articles the articles
 */
public record Selection(String name, List<StoredArticle> articles) {
    public Selection {
        Map<Long, StoredArticle> once = new LinkedHashMap<>();
        articles.forEach(a -> once.putIfAbsent(a.id(), a));
        articles = List.copyOf(once.values());
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /** A file name for the selection: its name without characters file systems refuse. */
    public String fileName(String extension) {
        String base = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (base.length() > 80) {
            base = base.substring(0, 80).strip();
        }
        return (base.isEmpty() ? "baokan" : base) + "." + extension;
    }
}
