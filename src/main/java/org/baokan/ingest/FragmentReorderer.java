package org.baokan.ingest;

import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The third stage of assembling a page: puts story fragments that stand out of reading order
 * back where the evidence is clear. A dateline that stands after the start of its own story brings
 * the story's lead back to it (002), where the column pieces show which fragment it is; without
 * clear evidence the order stays as printed, with a warning.
 */
final class FragmentReorderer {
    private FragmentReorderer() {
    }

    static void reorder(List<DraftArticle> articles) {
        mergeDetachedDatelines(articles);
        for (int i = 0; i < articles.size(); i++) {
            reorder(articles, i);
        }
    }

    /**
     * A headless dateline body right after a headline whose body has no dateline yet is that
     * headline's own dateline, placed late by the layout (or extraction).
     */
    static void mergeDetachedDatelines(List<DraftArticle> articles) {
        for (int i = 0; i + 1 < articles.size(); i++) {
            DraftArticle a = articles.get(i);
            DraftArticle b = articles.get(i + 1);
            if (a.headline == null || a.hasDateline() || !b.isHeadless() || !b.hasDateline() || !a.credits.isEmpty()
                    || a.paragraphs.isEmpty() || a.closed && !a.paragraphs.get(0).startsMidSentence()) {
                continue;
            }
            a.paragraphs.addAll(b.paragraphs);
            a.credits.addAll(b.credits);
            a.closed = b.closed;
            articles.remove(i + 1);
        }
    }

    /**
     * An article whose dateline stands after the start of its text. When the dateline stands alone
     * with only a date after it, and the story's lead is a fragment that ended the previous article
     * and runs on into the text placed before the dateline, the lead is put back after the
     * dateline. Otherwise the order stays as printed, with a warning.
     */
    private static void reorder(List<DraftArticle> articles, int index) {
        DraftArticle a = articles.get(index);
        int d = a.datelineIndex();
        if (d <= 0) {
            return;
        }
        List<Paragraph> before = new ArrayList<>(a.paragraphs.subList(0, d));
        Paragraph dateline = a.paragraphs.get(d);
        List<Paragraph> after = new ArrayList<>(a.paragraphs.subList(d + 1, a.paragraphs.size()));
        boolean dangling = isDangling(dateline);
        DraftArticle previous = index > 0 ? articles.get(index - 1) : null;
        Paragraph lead = previous == null ? null : trailingFragment(previous);
        boolean clear = dangling && lead != null && lead.endsOpen() && before.get(0).startsMidSentence();
        a.paragraphs.clear();
        if (clear) {
            previous.paragraphs.remove(previous.paragraphs.size() - 1);
            Paragraph joined = lead;
            for (Paragraph p : before) {
                joined = joined.append(p);
            }
            Paragraph whole = dateline.withText(ParagraphBuilder.join(dateline.text().strip(), joined.text()));
            a.paragraphs.add(whole);
            a.paragraphs.addAll(after);
            a.warnings.add(Warning.of(WarningKind.FRAGMENTS_REORDERED, ParagraphBuilder.tail(lead.text())));
        } else {
            // no clear evidence: keep the order as printed and say so
            a.paragraphs.addAll(before);
            a.paragraphs.add(dateline);
            a.paragraphs.addAll(after);
            a.warnings.add(Warning.of(WarningKind.FRAGMENT_OUT_OF_ORDER, ParagraphBuilder.tail(before.get(0).text())));
        }
    }

    /** The previous article's last paragraph, if it is a fragment: it starts mid-sentence after a finished paragraph. */
    private static Paragraph trailingFragment(DraftArticle previous) {
        int n = previous.paragraphs.size();
        if (n < 2 || !previous.credits.isEmpty()) {
            return null;
        }
        Paragraph last = previous.paragraphs.get(n - 1);
        Paragraph beforeLast = previous.paragraphs.get(n - 2);
        return last.startsMidSentence() && !beforeLast.endsOpen() ? last : null;
    }

    /** A dateline paragraph with nothing after its byline but a date: {@code 本报济宁讯(记者 扈宏毅)5月8日}. */
    static boolean isDangling(Paragraph p) {
        Optional<BylineParser.Lead> lead = BylineParser.parseLead(p.text());
        if (lead.isEmpty()) {
            return false;
        }
        String rest = CjkSpaces.clean(lead.get().rest()).replace(" ", "");
        return rest.isEmpty() || rest.matches("(\\d{1,2}月)?\\d{1,2}日(上午|下午|中午|晚上|晚|早上|凌晨|傍晚)?");
    }
}
