package org.baokan.ingest;

import org.baokan.model.DateSource;
import org.baokan.model.GuideEntry;
import org.baokan.model.PageLabel;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the page together from its blocks: masthead and boilerplate, the 今日导读 box and
 * teasers, the page's own label, and articles made of headline groups and bodies.
 *
 * <p>Bodies usually follow their headline group. Where they do not, the wording decides: a
 * headline group after a body without a headline is that body's when it repeats the body's words
 * (001), and of two groups before one body the one whose words the body repeats gets it (000).
 * A dateline that stands after the start of its own story brings the story's lead back to it
 * (002), where the column pieces show which fragment it is.
 */
final class PageAssembler {
    /** A headline must share at least this share of its bigrams with a body to be matched against the layout. */
    private static final double CLEAR_MATCH = 0.3;
    private static final double MARGIN = 0.15;

    /** What the assembler found. */
    record Result(List<DraftArticle> articles, List<GuideEntry> guide, List<String> boilerplate, List<String> unplaced,
                  PageLabel ownLabel, MastheadFacts masthead, String paper, DateSource paperSource, boolean frontPage,
                  List<Warning> warnings) {
    }

    private final List<Block> blocks;
    private final List<GuideEntry> guide = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private MastheadFacts masthead = MastheadFacts.NONE;
    private String printedPaper;
    private String captionPaper;
    private PageLabel ownLabel;

    private PageAssembler(List<Block> blocks) {
        this.blocks = blocks;
    }

    static Result assemble(List<Block> blocks) {
        return new PageAssembler(blocks).run();
    }

    // ---- units: what remains after furniture and guide entries are taken out ----

    private sealed interface Unit permits Run, Body, Boundary {
    }

    private record Run(List<TypedLine> lines) implements Unit {
    }

    private record Body(List<Paragraph> paragraphs, List<TypedLine> credits) implements Unit {
        boolean startsWithDateline() {
            return !paragraphs.isEmpty() && paragraphs.get(0).dateline();
        }
    }

    private record Boundary() implements Unit {
    }

    private Result run() {
        List<Unit> units = takeFurniture();
        List<DraftArticle> articles = pair(units);
        mergeDetachedDatelines(articles);
        for (int i = 0; i < articles.size(); i++) {
            reorder(articles, i);
        }
        articles.removeIf(a -> a.headline == null && a.paragraphs.isEmpty() && a.credits.isEmpty());
        String paper = printedPaper != null ? printedPaper : captionPaper;
        DateSource paperSource = printedPaper != null ? DateSource.MASTHEAD
                : captionPaper != null ? DateSource.INFERRED : DateSource.UNKNOWN;
        if (printedPaper == null && captionPaper != null) {
            warnings.add(Warning.of(WarningKind.PAPER_INFERRED, captionPaper));
        } else if (paper == null) {
            warnings.add(Warning.of(WarningKind.PAPER_UNKNOWN));
        }
        // a page that labels itself is the front page only as page 1; otherwise the masthead or teasers tell
        boolean front = ownLabel != null ? ownLabel.numeric() == 1
                : printedPaper != null || masthead.date() != null || !guide.isEmpty();
        return new Result(articles, guide, boilerplate, unplaced, ownLabel, masthead, paper, paperSource, front, warnings);
    }

    /** Takes masthead, boilerplate, labels and guide entries out; returns what is left as units. */
    private List<Unit> takeFurniture() {
        List<Unit> units = new ArrayList<>();
        boolean guideMode = false;
        List<Paragraph> paragraphs = new ArrayList<>();
        // bylines on lines of their own belong to the body around them and do not end it
        List<TypedLine> credits = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (b.isParagraph()) {
                guideMode = false;
                if (b.paragraph().dateline() && !paragraphs.isEmpty()) {
                    flushBody(units, paragraphs, credits);
                }
                paragraphs.add(b.paragraph());
                i++;
                continue;
            }
            if (b.is(LineType.CREDIT)) {
                guideMode = false;
                credits.add(b.line());
                i++;
                if (b.line().credit().kind() != BylineParser.Kind.BYLINE) {
                    // a photo or editor's credit closes its story
                    while (i < blocks.size() && blocks.get(i).is(LineType.CREDIT)) {
                        credits.add(blocks.get(i).line());
                        i++;
                    }
                    flushBody(units, paragraphs, credits);
                }
                continue;
            }
            if (!paragraphs.isEmpty() || !credits.isEmpty() && !b.is(LineType.HEADLINE)) {
                flushBody(units, paragraphs, credits);
            }
            switch (b.type()) {
                case MASTHEAD:
                    masthead = b.line().masthead().mergedOnto(masthead);
                    if (b.line().masthead().label() != null && ownLabel == null) {
                        ownLabel = b.line().masthead().label();
                    }
                    boilerplate.add(b.text());
                    units.add(new Boundary());
                    i++;
                    break;
                case PAPER_NAME:
                    if (printedPaper == null) {
                        printedPaper = b.text().replace(" ", "");
                    }
                    boilerplate.add(b.text());
                    units.add(new Boundary());
                    i++;
                    break;
                case BOILERPLATE:
                    boilerplate.add(b.text());
                    if (captionPaper == null) {
                        captionPaper = PageFurniture.paperFromCaption(b.text()).orElse(null);
                    }
                    units.add(new Boundary());
                    i++;
                    break;
                case GUIDE_HEADER:
                    boilerplate.add(b.text());
                    guideMode = true;
                    units.add(new Boundary());
                    i++;
                    break;
                case PAGE_LABEL:
                    takeOwnLabel(b.line());
                    units.add(new Boundary());
                    i++;
                    break;
                case GUIDE_REF:
                    unplaced.add(b.text());
                    warnings.add(Warning.of(WarningKind.UNPLACED_TEXT, ">> " + b.text()));
                    i++;
                    break;
                case HEADLINE:
                    i = takeHeadlines(i, guideMode, units);
                    break;
                default:
                    unplaced.add(b.text());
                    warnings.add(Warning.of(WarningKind.UNPLACED_TEXT, b.text()));
                    i++;
            }
        }
        if (!paragraphs.isEmpty() || !credits.isEmpty()) {
            flushBody(units, paragraphs, credits);
        }
        return units;
    }

    private static void flushBody(List<Unit> units, List<Paragraph> paragraphs, List<TypedLine> credits) {
        if (paragraphs.isEmpty() && credits.isEmpty()) {
            return;
        }
        units.add(new Body(List.copyOf(paragraphs), List.copyOf(credits)));
        paragraphs.clear();
        credits.clear();
    }

    private void takeOwnLabel(TypedLine label) {
        boilerplate.add(label.text());
        if (ownLabel == null) {
            ownLabel = label.label();
        } else if (!ownLabel.equals(label.label())) {
            warnings.add(Warning.of(WarningKind.PAGE_LABEL_AMBIGUOUS, label.text()));
        }
    }

    /**
     * A run of headline lines. Lines right before a page reference or label are a guide entry or
     * teaser; in the guide box, all lines are entries; the rest are story headlines.
     */
    private int takeHeadlines(int start, boolean guideMode, List<Unit> units) {
        int end = start;
        List<TypedLine> run = new ArrayList<>();
        while (end < blocks.size() && blocks.get(end).is(LineType.HEADLINE)) {
            run.add(blocks.get(end).line());
            end++;
        }
        Block after = end < blocks.size() ? blocks.get(end) : null;
        boolean refAfter = after != null && (after.is(LineType.GUIDE_REF) || after.is(LineType.PAGE_LABEL));
        List<TypedLine> pending = new ArrayList<>(run);
        // trailing references on the lines themselves: 全心全力保校园平安 >> 02
        if (guideMode) {
            pending = takeInlineRefs(pending);
        }
        if (refAfter) {
            int take = entryLineCount(pending, guideMode);
            List<TypedLine> entry = pending.subList(pending.size() - take, pending.size());
            List<TypedLine> before = new ArrayList<>(pending.subList(0, pending.size() - take));
            String page;
            String section = null;
            if (after.is(LineType.GUIDE_REF)) {
                page = after.text();
            } else {
                page = after.line().label().number();
                section = after.line().label().section();
            }
            if (take > 0) {
                guide.add(entry(entry, page, section));
            } else if (after.is(LineType.PAGE_LABEL)) {
                takeOwnLabel(after.line());
            } else {
                unplaced.add(after.text());
            }
            if (!before.isEmpty()) {
                if (guideMode) {
                    addEntriesWithoutRef(before);
                } else {
                    units.add(new Run(before));
                }
            }
            return end + 1;
        }
        boolean bodyAfter = after != null && (after.isParagraph() || after.is(LineType.CREDIT));
        if (guideMode && !bodyAfter) {
            addEntriesWithoutRef(pending);
        } else if (!pending.isEmpty()) {
            units.add(new Run(pending));
        }
        return end;
    }

    /** Entries whose reference stands at the end of their own line. */
    private List<TypedLine> takeInlineRefs(List<TypedLine> lines) {
        List<TypedLine> rest = new ArrayList<>();
        for (TypedLine t : lines) {
            Optional<String[]> split = PageFurniture.splitTrailingGuideRef(t.text());
            rest.add(t);
            if (split.isPresent()) {
                rest.set(rest.size() - 1, new TypedLine(t.line(), t.type(), split.get()[0], null, null, null));
                int take = entryLineCount(rest, true);
                guide.add(entry(rest.subList(rest.size() - take, rest.size()), split.get()[1], null));
                rest = new ArrayList<>(rest.subList(0, rest.size() - take));
            }
        }
        return rest;
    }

    /** How many of the last lines make the entry: up to two, never across a doubled main title. */
    private static int entryLineCount(List<TypedLine> lines, boolean guideMode) {
        int take = 0;
        for (int k = lines.size() - 1; k >= 0 && take < 2; k--) {
            TypedLine t = lines.get(k);
            if (!guideMode && t.line().doubled()) {
                break;
            }
            if (!guideMode && take == 1 && lines.get(k + 1).line().blankBefore() > 1) {
                break;
            }
            take++;
        }
        return take;
    }

    private void addEntriesWithoutRef(List<TypedLine> lines) {
        for (int k = 0; k < lines.size(); k += 2) {
            List<TypedLine> e = lines.subList(k, Math.min(lines.size(), k + 2));
            GuideEntry g = entry(e, null, null);
            guide.add(g);
            warnings.add(Warning.of(WarningKind.GUIDE_REFERENCE_MISSING, g.title()));
        }
    }

    private static GuideEntry entry(List<TypedLine> lines, String page, String section) {
        if (lines.size() == 1) {
            return new GuideEntry(null, lines.get(0).text(), page, section);
        }
        return new GuideEntry(lines.get(0).text(), lines.get(1).text(), page, section);
    }

    // ---- pairing headline groups and bodies ----

    private List<DraftArticle> pair(List<Unit> units) {
        List<DraftArticle> articles = new ArrayList<>();
        DraftArticle current = null;
        // a body that stands without a headline and may get one from a group after it
        DraftArticle orphan = null;
        int k = 0;
        while (k < units.size()) {
            Unit u = units.get(k);
            if (u instanceof Boundary) {
                if (current != null) {
                    current.closed = true;
                }
                orphan = null;
                k++;
            } else if (u instanceof Run run) {
                List<HeadlineGroup> groups = HeadlineGroups.split(run.lines());
                Body next = k + 1 < units.size() && units.get(k + 1) instanceof Body b ? b : null;
                if (orphan != null && groups.size() == 1 && belongsToPrevious(groups.get(0), orphan, next)) {
                    orphan.headline = groups.get(0);
                    orphan.closed = true;
                    orphan = null;
                    current = null;
                    k++;
                    continue;
                }
                orphan = null;
                int chosen = next == null ? -1 : chooseGroup(groups, next);
                for (int g = 0; g < groups.size(); g++) {
                    DraftArticle a = new DraftArticle(groups.get(g));
                    articles.add(a);
                    if (g == chosen) {
                        current = a;
                        if (chosen != groups.size() - 1) {
                            a.warnings.add(Warning.of(WarningKind.HEADLINE_ASSIGNMENT_UNSURE, groups.get(g).label()));
                        }
                    } else {
                        a.warnings.add(Warning.of(WarningKind.HEADLINE_WITHOUT_BODY, groups.get(g).label()));
                        a.closed = true;
                    }
                }
                if (chosen >= 0) {
                    addBody(current, next);
                    k += 2;
                } else {
                    current = null;
                    k++;
                }
            } else {
                Body body = (Body) u;
                if (!body.startsWithDateline() && current != null && !current.closed) {
                    addBody(current, body);
                } else if (!body.startsWithDateline() && current != null && runsAcross(current, body)) {
                    addBody(current, body);
                } else {
                    current = new DraftArticle(null);
                    articles.add(current);
                    addBody(current, body);
                    orphan = body.startsWithDateline() ? current : null;
                }
                k++;
            }
        }
        return articles;
    }

    private static void addBody(DraftArticle a, Body body) {
        a.paragraphs.addAll(body.paragraphs());
        a.credits.addAll(body.credits());
        for (TypedLine c : body.credits()) {
            if (c.credit().kind() != BylineParser.Kind.BYLINE) {
                a.closed = true;
            }
        }
    }

    /** A sentence broken by a boundary line (a footer between columns) runs on into the next body. */
    private static boolean runsAcross(DraftArticle a, Body body) {
        if (a.paragraphs.isEmpty() || body.paragraphs().isEmpty() || !a.credits.isEmpty()) {
            return false;
        }
        Paragraph last = a.paragraphs.get(a.paragraphs.size() - 1);
        return last.endsOpen() && body.paragraphs().get(0).startsMidSentence();
    }

    /** A group after a headless body is that body's when it repeats the body's words more than the next body's. */
    private static boolean belongsToPrevious(HeadlineGroup g, DraftArticle orphan, Body next) {
        double prev = Overlap.score(g.allText(), orphan.bodyText(3));
        if (next == null) {
            return prev >= CLEAR_MATCH / 2;
        }
        String nextText = bodyText(next, 3);
        double following = Overlap.score(g.allText(), nextText);
        double margin = next.startsWithDateline() ? 2 * MARGIN : MARGIN;
        return prev >= CLEAR_MATCH && prev > following + margin;
    }

    /** Of several groups before one body, the one whose words the body repeats; by default the nearest. */
    private static int chooseGroup(List<HeadlineGroup> groups, Body body) {
        int last = groups.size() - 1;
        if (groups.size() == 1) {
            return 0;
        }
        String text = bodyText(body, 3);
        double lastScore = Overlap.score(groups.get(last).allText(), text);
        int best = last;
        double bestScore = lastScore;
        for (int g = 0; g < last; g++) {
            double s = Overlap.score(groups.get(g).allText(), text);
            if (s >= CLEAR_MATCH && s > lastScore + MARGIN && s > bestScore) {
                best = g;
                bestScore = s;
            }
        }
        return best;
    }

    private static String bodyText(Body body, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < body.paragraphs().size() && i < n; i++) {
            b.append(body.paragraphs().get(i).text());
        }
        return b.toString();
    }

    // ---- datelines that stand after the start of their story ----

    /**
     * A headless dateline body right after a headline whose body has no dateline yet is that
     * headline's own dateline, placed late by the layout (or extraction).
     */
    private static void mergeDetachedDatelines(List<DraftArticle> articles) {
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
    private void reorder(List<DraftArticle> articles, int index) {
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
    private static boolean isDangling(Paragraph p) {
        Optional<BylineParser.Lead> lead = BylineParser.parseLead(p.text());
        if (lead.isEmpty()) {
            return false;
        }
        String rest = CjkSpaces.clean(lead.get().rest()).replace(" ", "");
        return rest.isEmpty() || rest.matches("(\\d{1,2}月)?\\d{1,2}日(上午|下午|中午|晚上|晚|早上|凌晨|傍晚)?");
    }
}
