package org.baokan.render;

import org.baokan.model.StoredArticle;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Articles set for paper: one article printed, or a selection exported to PDF.
 *
 * @param title    the selection's name (the document's title)
 * @param articles the articles in the order they are set
 * @param layout   the sheet
 * @param made     the day the document is made, printed on the cover
 */
public record PaperDocument(String title, List<StoredArticle> articles, PaperLayout layout, LocalDate made) {
    public PaperDocument {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one article");
        }
    }

    /** The reporters (else correspondents, photographers, editors) of the articles, each once. */
    public List<String> authors() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        articles.forEach(a -> names.addAll(Citation.responsible(a.article())));
        return List.copyOf(names);
    }

    /** The people named in the articles, each once, in order of first appearance. */
    public List<String> people() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        articles.forEach(a -> a.article().people().forEach(p -> names.add(p.name())));
        return List.copyOf(names);
    }

    /** The places named in the articles, each once, in order of first appearance. */
    public List<String> places() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        articles.forEach(a -> a.article().places().forEach(p -> names.add(p.name())));
        return List.copyOf(names);
    }

    /** A selection of more than one article opens with a cover and its table of contents. */
    public boolean hasCover() {
        return articles.size() > 1;
    }
}
