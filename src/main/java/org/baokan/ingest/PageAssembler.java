package org.baokan.ingest;

import org.baokan.model.DateSource;
import org.baokan.model.GuideEntry;
import org.baokan.model.PageLabel;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the page together from its blocks in three named stages: {@link FurnitureSorter} takes the
 * masthead, boilerplate, labels and guide entries out; {@link HeadlinePairer} pairs headline
 * groups and bodies into articles; {@link FragmentReorderer} puts fragments that stand out of
 * reading order back. Then the page's paper and whether it is a front page are decided.
 */
final class PageAssembler {

    /** What the assembler found. */
    record Result(List<DraftArticle> articles, List<GuideEntry> guide, List<String> boilerplate, List<String> unplaced,
                  PageLabel ownLabel, MastheadFacts masthead, String paper, DateSource paperSource, boolean frontPage,
                  List<Warning> warnings) {
    }

    private PageAssembler() {
    }

    static Result assemble(List<Block> blocks) {
        FurnitureSorter.Sorted page = FurnitureSorter.sort(blocks);
        List<DraftArticle> articles = HeadlinePairer.pair(page.units());
        FragmentReorderer.reorder(articles);
        articles.removeIf(a -> a.headline == null && a.paragraphs.isEmpty() && a.credits.isEmpty());

        List<Warning> warnings = new ArrayList<>(page.warnings());
        String printed = page.printedPaper();
        String caption = page.captionPaper();
        String paper = printed != null ? printed : caption;
        DateSource paperSource = printed != null ? DateSource.MASTHEAD
                : caption != null ? DateSource.INFERRED : DateSource.UNKNOWN;
        if (printed == null && caption != null) {
            warnings.add(Warning.of(WarningKind.PAPER_INFERRED, caption));
        } else if (paper == null) {
            warnings.add(Warning.of(WarningKind.PAPER_UNKNOWN));
        }
        // a page that labels itself is the front page only as page 1; otherwise the masthead or teasers tell
        PageLabel label = page.ownLabel();
        boolean front = label != null ? label.numeric() == 1
                : printed != null || page.masthead().date() != null || !page.guide().isEmpty();
        return new Result(articles, page.guide(), page.boilerplate(), page.unplaced(), label, page.masthead(), paper,
                paperSource, front, warnings);
    }
}
