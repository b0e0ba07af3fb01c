package org.baokan.render;

import org.baokan.model.StoredArticle;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Articles set for paper, for the printer and for the PDF: one XHTML document (the PDF renderer
 * reads XML) with the print stylesheet. Every page has a header with paper, date and page and a
 * footer with the article's citation and "page X of Y"; every article opens with its GB/T 7714
 * citation; a selection of several articles opens with a cover and a table of contents; the
 * outline runs issue → page → article.
 */
public final class PaperRenderer {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private PaperRenderer() {
    }

    /** The id of the {@code index}th article's element, the target of its bookmark and its contents line. */
    public static String anchor(int index) {
        return "art-" + (index + 1);
    }

    public static String render(PaperDocument d, ResourceBundle text) {
        StringBuilder b = new StringBuilder(16_384 + d.articles().size() * 6_000);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Documents.CSP).append("\"/>")
                .append("<title>").append(Html.escape(d.title())).append("</title>");
        meta(b, "author", String.join("、", d.authors()));
        List<String> people = d.people();
        List<String> places = d.places();
        meta(b, "subject", subject(people, places, text));
        meta(b, "keywords", String.join(", ", keywords(people, places)));
        meta(b, "generator", "Baokan Reader");
        bookmarks(b, d, text);
        b.append("<style>").append(page(d.layout(), text)).append('\n').append(Documents.resource("/css/paper.css"))
                .append("</style></head><body>");
        if (d.hasCover()) {
            cover(b, d, text);
        }
        List<StoredArticle> articles = d.articles();
        for (int i = 0; i < articles.size(); i++) {
            article(b, articles.get(i), anchor(i), text);
        }
        return b.append("</body></html>").toString();
    }

    private static void meta(StringBuilder b, String name, String content) {
        if (!content.isBlank()) {
            b.append("<meta name=\"").append(name).append("\" content=\"").append(Html.escape(content)).append("\"/>");
        }
    }

    /** The subject line: the people and the places the articles are about. */
    static String subject(List<String> people, List<String> places, ResourceBundle text) {
        StringBuilder s = new StringBuilder();
        if (!people.isEmpty()) {
            s.append(text.getString("render.people")).append(String.join("、", people));
        }
        if (!places.isEmpty()) {
            s.append(s.length() > 0 ? "；" : "").append(text.getString("render.places"))
                    .append(String.join("、", places));
        }
        return s.toString();
    }

    static List<String> keywords(List<String> people, List<String> places) {
        return java.util.stream.Stream.concat(people.stream(), places.stream()).distinct().toList();
    }

    /** The sheet, and the header and footer in its margins (the page counter only the PDF renderer knows). */
    private static String page(PaperLayout l, ResourceBundle text) {
        String[] pageOf = text.getString("render.pageOf").split("%[12]\\$s", -1);
        String counter = "\"" + css(pageOf[0]) + "\" counter(page) \"" + css(pageOf[1]) + "\" counter(pages) \""
                + css(pageOf[2]) + "\"";
        return String.format(Locale.ROOT, """
                @page { size: %.1fmm %.1fmm; margin: %.1fmm %.1fmm %.1fmm %.1fmm;
                  @top-left { content: element(header); vertical-align: bottom; }
                  @bottom-left { content: element(footer); vertical-align: top; width: 78%%; }
                  @bottom-right { content: %s; vertical-align: top; font-family: "Noto Sans SC"; font-size: 8pt;
                    color: #555; white-space: nowrap; } }
                @page cover { @top-left { content: none; } @bottom-left { content: none; } }
                """, l.widthMm(), l.heightMm(), l.topMm(), l.rightMm(), l.bottomMm(), l.leftMm(), counter);
    }

    private static String css(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void bookmarks(StringBuilder b, PaperDocument d, ResourceBundle text) {
        b.append("<bookmarks>");
        List<StoredArticle> articles = d.articles();
        int i = 0;
        while (i < articles.size()) {
            StoredArticle first = articles.get(i);
            b.append("<bookmark name=\"").append(Html.escape(issueName(first, text))).append("\" href=\"#")
                    .append(anchor(i)).append("\">");
            while (i < articles.size() && articles.get(i).issueId() == first.issueId()) {
                StoredArticle pageFirst = articles.get(i);
                b.append("<bookmark name=\"").append(Html.escape(pageName(pageFirst, text))).append("\" href=\"#")
                        .append(anchor(i)).append("\">");
                while (i < articles.size() && articles.get(i).issueId() == first.issueId()
                        && articles.get(i).pageId() == pageFirst.pageId()) {
                    b.append("<bookmark name=\"").append(Html.escape(articles.get(i).article().displayTitle()))
                            .append("\" href=\"#").append(anchor(i)).append("\"/>");
                    i++;
                }
                b.append("</bookmark>");
            }
            b.append("</bookmark>");
        }
        b.append("</bookmarks>");
    }

    static String issueName(StoredArticle s, ResourceBundle text) {
        return IssueText.issue(s.paper(), s.issueDate(), text);
    }

    static String pageName(StoredArticle s, ResourceBundle text) {
        String page = Citation.page(s);
        return page == null ? text.getString("render.pageUnknown") : String.format(text.getString("render.page"), page);
    }

    private static void cover(StringBuilder b, PaperDocument d, ResourceBundle text) {
        b.append("<div class=\"cover\"><p class=\"cover-brand\">").append(Html.escape(text.getString("render.brand")))
                .append("</p><h1 class=\"cover-title\">").append(Html.escape(d.title())).append("</h1>")
                .append("<p class=\"cover-meta\">")
                .append(Html.escape(String.format(text.getString("render.coverMeta"), d.articles().size(),
                        MADE.format(d.made()))))
                .append("</p><h2 class=\"contents\">").append(Html.escape(text.getString("render.contents")))
                .append("</h2><table class=\"toc\">");
        List<StoredArticle> articles = d.articles();
        for (int i = 0; i < articles.size(); i++) {
            StoredArticle s = articles.get(i);
            b.append("<tr><td class=\"toc-source\">").append(Html.escape(issueName(s, text))).append(' ')
                    .append(Html.escape(pageName(s, text))).append("</td><td class=\"toc-title\"><a href=\"#")
                    .append(anchor(i)).append("\">").append(Html.escape(s.article().displayTitle()))
                    .append("</a></td><td class=\"toc-page\"><a class=\"page-ref\" href=\"#").append(anchor(i))
                    .append("\"></a></td></tr>");
        }
        b.append("</table></div>");
    }

    private static void article(StringBuilder b, StoredArticle s, String anchor, ResourceBundle text) {
        String citation = Citation.gbt7714(s);
        b.append("<div class=\"article ").append(s.article().kind().code()).append("\" id=\"").append(anchor)
                .append("\" data-id=\"").append(s.id()).append("\">")
                .append("<div class=\"running-header\">").append(Html.escape(ArticleRenderer.source(s, text)))
                .append("</div><div class=\"running-footer\">").append(Html.escape(citation)).append("</div>")
                .append("<p class=\"citation\"><span class=\"label\">").append(Html.escape(text.getString("render.citation")))
                .append("</span>").append(Html.escape(citation)).append("</p>");
        ArticleRenderer.body(b, s, Map.of(), ArticleDocument.Highlights.NONE, text);
        b.append("</div>");
    }
}
