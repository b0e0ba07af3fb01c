package org.baokan.render;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A page of an issue composed like a Chinese newspaper page: the masthead (报头 and 报眼) on a front
 * page or the page's head on an inner one, the lead story across the top with its full headline
 * group, the other stories in ruled columns, photo stories boxed, a brief column and the 今日导读
 * box set apart at the side. Every story and guide entry is clickable.
 */
public final class FrontPageRenderer {
    private static final List<String> CSS = List.of("/css/common.css", "/css/frontpage.css");
    /** How much of the lead story stands on the page before "continue reading". */
    private static final int LEAD_CHARACTERS = 600;
    /** A newspaper page's body text is small; its size does not follow the reading text's. */
    private static final int PAGE_FONT_PX = 14;
    /** How much of another story stands on the page. */
    private static final int STORY_CHARACTERS = 150;

    private FrontPageRenderer() {
    }

    public static String render(FrontPageDocument d, RenderStyle style, ResourceBundle text) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<div class=\"page\" id=\"page\">");
        if (d.page().frontPage()) {
            masthead(b, d, text);
        } else {
            pageHead(b, d, text);
        }
        List<StoredArticle> columns = new ArrayList<>();
        List<StoredArticle> side = new ArrayList<>();
        StoredArticle lead = lead(d.articles());
        for (StoredArticle s : d.articles()) {
            if (s == lead) {
                continue;
            }
            (s.article().kind() == ArticleKind.BRIEF ? side : columns).add(s);
        }
        if (lead != null) {
            story(b, lead, "lead", LEAD_CHARACTERS, d.current(), text);
        }
        b.append("<div class=\"layout\"><div class=\"columns\">");
        for (StoredArticle s : columns) {
            story(b, s, classes(s), STORY_CHARACTERS, d.current(), text);
        }
        b.append("</div>");
        if (!side.isEmpty() || !d.guide().isEmpty()) {
            b.append("<div class=\"side\">");
            guide(b, d.guide(), text);
            for (StoredArticle s : side) {
                story(b, s, "brief", Integer.MAX_VALUE, d.current(), text);
            }
            b.append("</div>");
        }
        b.append("</div>");
        if (d.articles().isEmpty()) {
            b.append("<p class=\"empty\">").append(Html.escape(text.getString("render.emptyPage"))).append("</p>");
        }
        b.append("</div>");
        return Documents.page(title(d, text), style, CSS, b.toString(), PAGE_FONT_PX);
    }

    private static String title(FrontPageDocument d, ResourceBundle text) {
        IssueInfo i = d.issue();
        return IssueText.issue(i.paper(), i.date(), text) + " " + d.page().displayName();
    }

    /** The lead story: the first news story with a headline, else the first story. */
    public static StoredArticle lead(List<StoredArticle> articles) {
        for (StoredArticle s : articles) {
            Article a = s.article();
            if (a.kind() == ArticleKind.NEWS && a.title() != null && !a.paragraphs().isEmpty()) {
                return s;
            }
        }
        return articles.isEmpty() ? null : articles.get(0);
    }

    /** The size a story is given: a headline group with a kicker is major, a long one spans two columns. */
    private static String classes(StoredArticle s) {
        Article a = s.article();
        StringBuilder c = new StringBuilder(a.kind().code());
        if (a.kind() == ArticleKind.NEWS && a.kicker() != null) {
            c.append(" major");
            int length = a.paragraphs().stream().mapToInt(String::length).sum();
            if (length > 1_200) {
                c.append(" wide");
            }
        }
        return c.toString();
    }

    private static void masthead(StringBuilder b, FrontPageDocument d, ResourceBundle text) {
        IssueInfo i = d.issue();
        b.append("<div class=\"masthead\" id=\"masthead\"><div class=\"name").append(i.paper() == null ? " unknown" : "")
                .append("\">").append(Html.escape(IssueText.paper(i.paper(), text)))
                .append("</div><div class=\"ear\">");
        b.append("<div class=\"date\">").append(Html.escape(IssueText.date(i.date(), text))).append("</div>");
        List<String> line = new ArrayList<>();
        if (i.weekday() != null) {
            line.add(i.weekday());
        }
        if (i.lunarDate() != null) {
            line.add("农历" + i.lunarDate());
        }
        if (!line.isEmpty()) {
            b.append("<div>").append(Html.escape(String.join("　", line))).append("</div>");
        }
        List<String> numbers = new ArrayList<>();
        if (i.totalNumber() != null) {
            numbers.add("总第" + i.totalNumber() + "期");
        }
        if (i.issueNumber() != null) {
            numbers.add((i.date() == null ? "" : i.date().getYear() + "年") + "第" + i.issueNumber() + "期");
        }
        if (!numbers.isEmpty()) {
            b.append("<div>").append(Html.escape(String.join("　", numbers))).append("</div>");
        }
        b.append("</div>");
        String slogan = slogan(d.boilerplate());
        if (slogan != null) {
            b.append("<div class=\"slogan\">").append(Html.escape(slogan)).append("</div>");
        }
        b.append("</div>");
    }

    /** A slogan line as printed in the masthead: short words joined by middle dots (活力·魅力·热点·焦点). */
    static String slogan(List<String> boilerplate) {
        for (String line : boilerplate) {
            String s = line.strip();
            if (s.length() <= 24 && s.matches("[\\p{IsHan}]{1,6}([·・•][\\p{IsHan}]{1,6}){2,}")) {
                return s;
            }
        }
        return null;
    }

    private static void pageHead(StringBuilder b, FrontPageDocument d, ResourceBundle text) {
        IssueInfo i = d.issue();
        PageInfo p = d.page();
        b.append("<div class=\"pagehead\" id=\"masthead\"><span class=\"label\">");
        if (p.label() != null) {
            b.append(Html.escape(p.label().number()));
            if (p.label().section() != null) {
                b.append("<span class=\"section\">").append(Html.escape(p.label().section())).append("</span>");
            }
        } else {
            b.append(Html.escape(p.displayName()));
        }
        b.append("</span><span>").append(Html.escape(IssueText.paper(i.paper(), text)))
                .append("</span><span>").append(Html.escape(i.date() == null ? IssueText.date(null, text)
                        : IssueText.date(i.date(), text) + (i.weekday() == null ? "" : " " + i.weekday())))
                .append("</span></div>");
    }

    private static void story(StringBuilder b, StoredArticle s, String classes, int characters, Long current,
                              ResourceBundle text) {
        Article a = s.article();
        b.append("<div class=\"story ").append(classes).append(current != null && current == s.id() ? " current" : "")
                .append("\" data-article=\"").append(s.id()).append("\" id=\"story-").append(s.id()).append("\">");
        b.append("<div class=\"headline\">");
        if (a.kicker() != null) {
            b.append("<p class=\"kicker\"").append(HeadlineBreaks.dataLines(a.kicker())).append('>')
                    .append(Html.escape(a.kicker())).append("</p>");
        }
        if (a.title() != null) {
            b.append("<p class=\"title\"").append(HeadlineBreaks.dataLines(a.title())).append('>')
                    .append(Html.escape(a.title())).append("</p>");
        } else if (a.kicker() == null) {
            b.append("<p class=\"title muted\">").append(Html.escape(text.getString("render.untitled"))).append("</p>");
        }
        if (a.subtitle() != null) {
            String subtitle = "——" + a.subtitleText();
            b.append("<p class=\"subtitle\"").append(HeadlineBreaks.dataLines(subtitle)).append('>')
                    .append(Html.escape(subtitle)).append("</p>");
        }
        b.append("</div>");
        if (a.kind() == ArticleKind.PHOTO) {
            b.append("<div class=\"frame\">").append(Html.escape(text.getString("render.photo"))).append("</div>");
        } else if (a.byline() != null || a.dateline() != null) {
            String by = (a.dateline() == null ? "" : a.dateline() + " ") + (a.byline() == null ? "" : a.byline());
            b.append("<p class=\"byline\">").append(Html.escape(by.strip())).append("</p>");
        }
        b.append("<div class=\"body\">");
        int left = characters;
        boolean cut = false;
        for (String p : a.paragraphs()) {
            if (left <= 0) {
                cut = true;
                break;
            }
            String shown = p.length() > left ? p.substring(0, left) + "……" : p;
            cut |= p.length() > left;
            left -= p.length();
            b.append("<p>").append(Html.escape(shown)).append("</p>");
        }
        b.append("</div>");
        if (a.kind() == ArticleKind.PHOTO && a.byline() != null) {
            b.append("<p class=\"credit\">").append(Html.escape(a.byline())).append("</p>");
        }
        if (a.kind() == ArticleKind.BRIEF && a.byline() != null) {
            b.append("<p class=\"byline\" style=\"text-align:right\">").append(Html.escape(a.byline())).append("</p>");
        }
        if (cut) {
            b.append("<div class=\"more\">").append(Html.escape(text.getString("render.more"))).append("</div>");
        }
        b.append("</div>");
    }

    private static void guide(StringBuilder b, List<StoredGuideEntry> guide, ResourceBundle text) {
        if (guide.isEmpty()) {
            return;
        }
        b.append("<div class=\"guide\" id=\"guide\"><div class=\"bar\">").append(Html.escape(text.getString("render.guide")))
                .append("</div>");
        for (StoredGuideEntry g : guide) {
            boolean missing = !g.resolved();
            b.append("<a class=\"entry").append(missing ? " missing" : "").append("\" data-guide=\"").append(g.id())
                    .append("\" id=\"guide-").append(g.id()).append("\"");
            if (missing) {
                b.append(" title=\"").append(Html.escape(text.getString("render.notInArchive"))).append('"');
            }
            b.append('>');
            if (g.entry().kicker() != null) {
                b.append("<span class=\"k\">").append(Html.escape(g.entry().kicker())).append("</span>");
            }
            b.append("<span class=\"t\"").append(HeadlineBreaks.dataLines(g.entry().title())).append('>')
                    .append(Html.escape(g.entry().title())).append("</span>");
            if (g.entry().summary() != null) {
                b.append("<span class=\"s\">").append(Html.escape(g.entry().summary())).append("</span>");
            }
            b.append("<span class=\"p\">");
            if (g.entry().page() != null) {
                b.append("▶ ").append(Html.escape(String.format(text.getString("render.page"), g.entry().page())));
            }
            if (missing) {
                b.append(g.entry().page() == null ? "" : "　").append(Html.escape(text.getString("render.notInArchive")));
            }
            b.append("</span></a>");
        }
        b.append("</div>");
    }
}
