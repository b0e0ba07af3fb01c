package org.baokan.render;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.Person;
import org.baokan.model.Place;
import org.baokan.model.StoredArticle;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The article as one HTML document: the headline group in newspaper typography, byline and
 * dateline, the paragraphs with people and places as links and search hits marked, the parser's
 * doubts as a quiet note, and links to the articles before and after it.
 */
public final class ArticleRenderer {
    private static final List<String> CSS = List.of("/css/common.css", "/css/article.css");

    private ArticleRenderer() {
    }

    public static String render(ArticleDocument d, RenderStyle style, ResourceBundle text) {
        StoredArticle s = d.article();
        Article a = s.article();
        StringBuilder b = new StringBuilder(8_192);
        b.append("<div class=\"article ").append(a.kind().code()).append("\" id=\"article\" data-id=\"").append(s.id())
                .append("\">");
        body(b, s, d.links(), d.highlights(), text);
        entities(b, a, text);
        if (!a.warnings().isEmpty()) {
            b.append("<div class=\"note\" id=\"warnings\">").append(Html.escape(text.getString("render.warnings")))
                    .append("<ul>");
            a.warnings().forEach(w -> b.append("<li>").append(Html.escape(WarningText.of(w, text))).append("</li>"));
            b.append("</ul></div>");
        }
        nav(b, d, text);
        b.append("</div>");
        return Documents.page(a.displayTitle(), style, CSS, b.toString(), style.textPx());
    }

    /** A document saying there is nothing to show (no article chosen, or the archive is empty). */
    public static String empty(String message, RenderStyle style) {
        return Documents.page(message, style, CSS, "<p class=\"empty\">" + Html.escape(message) + "</p>",
                style.textPx());
    }

    /**
     * What the screen, the printer and the PDF share: the headline group, byline and source, and
     * the text. Well-formed XML, so that the PDF renderer can read it too.
     */
    static void body(StringBuilder b, StoredArticle s, Map<String, TextMarks.Link> links,
                     ArticleDocument.Highlights highlights, ResourceBundle text) {
        Article a = s.article();
        headline(b, a, highlights, text);
        meta(b, s, text);
        if (a.kind() == ArticleKind.PHOTO) {
            b.append("<div class=\"photo-frame\">").append(Html.escape(text.getString("render.photo"))).append("</div>");
        }
        b.append("<div class=\"text\" id=\"text\">");
        for (String p : a.paragraphs()) {
            b.append("<p>").append(TextMarks.html(p, links, highlights.in(p))).append("</p>");
        }
        b.append("</div>");
        if (a.kind() == ArticleKind.PHOTO && a.byline() != null) {
            b.append("<p class=\"credit\">").append(Html.escape(a.byline())).append("</p>");
        }
    }

    private static void headline(StringBuilder b, Article a, ArticleDocument.Highlights h, ResourceBundle text) {
        b.append("<div class=\"headline\">");
        if (a.kicker() != null) {
            b.append("<p class=\"kicker\" id=\"kicker\"").append(HeadlineBreaks.dataLines(a.kicker())).append('>')
                    .append(marked(a.kicker(), h)).append("</p>");
        }
        if (a.title() != null) {
            b.append("<h1 class=\"title\" id=\"title\"").append(HeadlineBreaks.dataLines(a.title())).append('>')
                    .append(marked(a.title(), h)).append("</h1>");
        } else if (a.kicker() == null) {
            b.append("<h1 class=\"title muted\" id=\"title\">").append(Html.escape(text.getString("render.untitled")))
                    .append("</h1>");
        }
        if (a.subtitle() != null) {
            b.append("<p class=\"subtitle\" id=\"subtitle\"").append(HeadlineBreaks.dataLines("——" + a.subtitleText()))
                    .append(">——").append(marked(a.subtitleText(), h)).append("</p>");
        }
        b.append("</div>");
    }

    private static String marked(String s, ArticleDocument.Highlights h) {
        return TextMarks.html(s, Map.of(), h.in(s));
    }

    /** Paper, date and page as the article's source line: {@code 济宁高新新闻 · 2020年9月11日 · 第1版}. */
    static String source(StoredArticle s, ResourceBundle text) {
        StringBuilder right = new StringBuilder();
        right.append(IssueText.paper(s.paper(), text)).append(" · ").append(IssueText.date(s.issueDate(), text));
        String page = Citation.page(s);
        if (page != null) {
            right.append(" · ").append(String.format(text.getString("render.page"), page));
        }
        return right.toString();
    }

    private static void meta(StringBuilder b, StoredArticle s, ResourceBundle text) {
        Article a = s.article();
        b.append("<div class=\"meta\">");
        StringBuilder left = new StringBuilder();
        if (a.dateline() != null) {
            left.append(a.dateline());
        }
        if (a.byline() != null && a.kind() != ArticleKind.PHOTO) {
            left.append(left.length() > 0 ? " " : "").append(a.byline());
        }
        b.append("<span id=\"byline\">").append(Html.escape(left.toString())).append("</span>");
        b.append("<span id=\"source\">").append(Html.escape(source(s, text))).append("</span></div>");
    }

    private static void entities(StringBuilder b, Article a, ResourceBundle text) {
        if (a.people().isEmpty() && a.places().isEmpty()) {
            return;
        }
        b.append("<div class=\"entities\" id=\"entities\">");
        if (!a.people().isEmpty()) {
            b.append(Html.escape(text.getString("render.people"))).append(' ');
            for (Person p : a.people()) {
                b.append("<a class=\"person\" data-person=\"").append(Html.escape(p.name())).append("\" title=\"")
                        .append(Html.escape(String.join("、", p.titles()))).append("\">").append(Html.escape(p.name()))
                        .append("</a>");
            }
        }
        if (!a.places().isEmpty()) {
            b.append(a.people().isEmpty() ? "" : "<br>").append(Html.escape(text.getString("render.places"))).append(' ');
            for (Place p : a.places()) {
                b.append("<a class=\"place\" data-place=\"").append(Html.escape(p.name())).append("\">")
                        .append(Html.escape(p.name())).append("</a>");
            }
        }
        b.append("</div>");
    }

    private static void nav(StringBuilder b, ArticleDocument d, ResourceBundle text) {
        if (d.previous() == null && d.next() == null) {
            return;
        }
        b.append("<div class=\"nav\">");
        if (d.previous() != null) {
            b.append("<a class=\"prev\" id=\"prev\" data-article=\"").append(d.previous().id()).append("\">‹ ")
                    .append(Html.escape(text.getString("render.previous"))).append(' ')
                    .append(Html.escape(d.previous().title())).append("</a>");
        }
        if (d.next() != null) {
            b.append("<a class=\"next\" id=\"next\" data-article=\"").append(d.next().id()).append("\">")
                    .append(Html.escape(text.getString("render.next"))).append(' ')
                    .append(Html.escape(d.next().title())).append(" ›</a>");
        }
        b.append("</div>");
    }
}
