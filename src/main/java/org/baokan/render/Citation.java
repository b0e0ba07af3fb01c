package org.baokan.render;

import org.baokan.model.Article;
import org.baokan.model.PageLabel;
import org.baokan.model.StoredArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Citations of a newspaper article: GB/T 7714-2015 ({@code 薛坤. 定准目标攻山头 跑出发展加速度[N].
 * 济宁高新新闻, 2020-09-11(1).}) and RIS. What the page does not give is said in brackets, never
 * guessed.
 */
public final class Citation {
    /** GB/T 7714 lists three responsible persons, then 等. */
    private static final int MAX_AUTHORS = 3;
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

    private Citation() {
    }

    /** The article's GB/T 7714-2015 citation as a newspaper article ([N]). */
    public static String gbt7714(StoredArticle s) {
        StringBuilder b = new StringBuilder();
        List<String> authors = responsible(s.article());
        if (!authors.isEmpty()) {
            b.append(String.join(", ", authors.subList(0, Math.min(MAX_AUTHORS, authors.size()))));
            if (authors.size() > MAX_AUTHORS) {
                b.append(", 等");
            }
            b.append(". ");
        }
        b.append(title(s.article())).append("[N]. ");
        b.append(s.paper() == null ? "[报纸名不详]" : s.paper()).append(", ");
        b.append(s.issueDate() == null ? "[出版日期不详]" : s.issueDate().toString());
        String page = page(s);
        if (page != null) {
            b.append('(').append(page).append(')');
        }
        return b.append('.').toString();
    }

    /** The article as an RIS record (TY NEWS), lines ending with CRLF as RIS asks. */
    public static String ris(StoredArticle s) {
        StringBuilder b = new StringBuilder();
        line(b, "TY", "NEWS");
        for (String a : responsible(s.article())) {
            line(b, "AU", a);
        }
        line(b, "TI", title(s.article()));
        if (s.article().kicker() != null && s.article().title() != null) {
            line(b, "T2", s.article().kicker());
        }
        if (s.paper() != null) {
            line(b, "JO", s.paper());
        }
        if (s.issueDate() != null) {
            line(b, "DA", s.issueDate().toString().replace('-', '/'));
            line(b, "PY", Integer.toString(s.issueDate().getYear()));
        }
        String page = page(s);
        if (page != null) {
            line(b, "SP", page);
        }
        line(b, "LA", "zh");
        line(b, "ER", "");
        return b.toString();
    }

    private static void line(StringBuilder b, String tag, String value) {
        b.append(tag).append("  - ").append(value.replace('\n', ' ')).append("\r\n");
    }

    /** The responsible persons: the reporters, else the correspondents, photographers or editors. */
    static List<String> responsible(Article a) {
        for (List<String> names : List.of(a.reporters(), a.correspondents(), a.photographers(), a.editors())) {
            if (!names.isEmpty()) {
                return new ArrayList<>(names);
            }
        }
        return List.of();
    }

    /** The title cited: the main title (主题), else what stands for it. */
    public static String title(Article a) {
        return a.title() != null && !a.title().isBlank() ? a.title() : a.displayTitle();
    }

    /** The page (版次) as printed without leading zeros: {@code 03} gives 3, {@code C4} stays; 1 for an unlabelled front page. */
    public static String page(StoredArticle s) {
        return page(s.page(), s.frontPage());
    }

    /** The page (版次) of a page label as printed without leading zeros; 1 for an unlabelled front page, else null. */
    public static String page(PageLabel label, boolean frontPage) {
        if (label != null) {
            String n = LEADING_ZEROS.matcher(label.number()).replaceFirst("");
            return n.isEmpty() ? null : n;
        }
        return frontPage ? "1" : null;
    }
}
