package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns an assembled draft into an article: splits dateline and byline off the lead, reads the
 * credits, removes stray spaces from the text and decides the article's kind.
 */
final class ArticleFinisher {
    private ArticleFinisher() {
    }

    static FinishedArticle finish(DraftArticle d) {
        List<String> paragraphs = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(d.warnings);
        String dateline = null;
        List<String> bylineParts = new ArrayList<>();
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        List<String> photographers = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        int month = 0;
        int day = 0;
        int leadIndex = 0;
        boolean bullets = false;
        boolean trailingPhoto = false;
        int datelineAt = d.datelineIndex();
        for (int i = 0; i < d.paragraphs.size(); i++) {
            Paragraph p = d.paragraphs.get(i);
            warnings.addAll(p.warnings());
            String text = p.text();
            if (i == datelineAt) {
                leadIndex = paragraphs.size();
                Optional<BylineParser.Lead> lead = BylineParser.parseLead(text);
                if (lead.isPresent()) {
                    BylineParser.Lead l = lead.get();
                    dateline = l.dateline();
                    month = l.month();
                    day = l.day();
                    if (l.byline() != null) {
                        bylineParts.add(l.byline());
                        addNames(l.names(), reporters, correspondents, photographers, editors, warnings);
                    }
                    text = l.rest();
                }
            }
            if (p.bullet()) {
                bullets = true;
                text = text.substring(1).strip();
            }
            BylineParser.TrailingCredit trailing = BylineParser.trailingCredit(text);
            if (trailing != null) {
                // a credit at the end of the text: …参加会见。(许小燕), …即将成熟。 朱云平 摄
                String raw = LineNormalizer.collapseSpaces(text.substring(trailing.start()).replace(CjkSpaces.SOFT_SPACE, ' '))
                        .strip();
                bylineParts.add(raw);
                addNames(trailing.credit().withRaw(raw), reporters, correspondents, photographers, editors, warnings);
                trailingPhoto |= trailing.credit().kind() == BylineParser.Kind.PHOTO;
                text = text.substring(0, trailing.start());
            }
            String clean = CjkSpaces.clean(text).strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        boolean photoCredit = trailingPhoto;
        for (TypedLine c : d.credits) {
            bylineParts.add(c.text());
            Byline b = c.credit();
            photoCredit |= b.kind() == BylineParser.Kind.PHOTO;
            addNames(b, reporters, correspondents, photographers, editors, warnings);
        }
        HeadlineGroup h = d.headline;
        ArticleKind kind;
        if (bullets) {
            kind = ArticleKind.BRIEF;
        } else if (photoCredit && dateline == null) {
            kind = ArticleKind.PHOTO;
        } else if (dateline != null || (h != null && (h.title() != null || h.kicker() != null))) {
            kind = ArticleKind.NEWS;
        } else {
            kind = ArticleKind.NOTICE;
        }
        String byline = bylineParts.isEmpty() ? null : String.join(" ", bylineParts);
        Article article = new Article(kind, h == null ? null : h.kicker(), h == null ? null : h.title(),
                h == null ? null : h.subtitle(), byline, reporters, correspondents, photographers, editors, dateline,
                null, paragraphs, List.of(), List.of(), warnings);
        return new FinishedArticle(article, month, day, Math.min(leadIndex, Math.max(0, paragraphs.size() - 1)));
    }

    private static void addNames(Byline b, List<String> reporters, List<String> correspondents,
                                 List<String> photographers, List<String> editors, List<Warning> warnings) {
        reporters.addAll(b.reporters());
        correspondents.addAll(b.correspondents());
        photographers.addAll(b.photographers());
        editors.addAll(b.editors());
        if (b.unclear()) {
            warnings.add(Warning.of(WarningKind.BYLINE_UNCLEAR, b.raw()));
        }
    }
}
