package org.baokan.ingest;

import org.baokan.model.GuideEntry;
import org.baokan.model.PageLabel;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first stage of assembling a page: takes the masthead, boilerplate, page labels and the
 * 今日导读 box and teasers out of the page's blocks, and leaves the rest as {@link Unit}s in
 * reading order. Lines right before a page reference or label are a guide entry or teaser; in
 * the guide box, all headline lines are entries.
 */
final class FurnitureSorter {

    /**
     * What the furniture said, and the units left.
     *
     * @param units        headline runs, bodies and boundaries, in reading order
     * @param guide        guide entries and teasers
     * @param boilerplate  furniture lines as printed
     * @param unplaced     text that belongs nowhere
     * @param warnings     the page's doubts so far
     * @param masthead     the masthead's facts
     * @param printedPaper the paper's name as the masthead prints it, or null
     * @param captionPaper the paper's name as a media caption gives it, or null
     * @param ownLabel     the page's own label, or null
     */
    record Sorted(List<Unit> units, List<GuideEntry> guide, List<String> boilerplate, List<String> unplaced,
                  List<Warning> warnings, MastheadFacts masthead, String printedPaper, String captionPaper,
                  PageLabel ownLabel) {
    }

    private final List<Block> blocks;
    private final List<Unit> units = new ArrayList<>();
    private final List<GuideEntry> guide = new ArrayList<>();
    private final List<String> boilerplate = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** The news rundown's entries, each with where it stands among the units and in the guide. */
    private final List<RundownEntry> rundown = new ArrayList<>();
    private MastheadFacts masthead = MastheadFacts.NONE;
    /** What chrome lines print (dates, sources, labels): the masthead's facts win over them. */
    private MastheadFacts chrome = MastheadFacts.NONE;
    private String printedPaper;
    private String captionPaper;
    private PageLabel ownLabel;

    private FurnitureSorter(List<Block> blocks) {
        this.blocks = blocks;
    }

    static Sorted sort(List<Block> blocks) {
        FurnitureSorter s = new FurnitureSorter(blocks);
        s.run();
        MastheadFacts facts = s.chrome.mergedOnto(s.masthead);
        String printed = s.printedPaper != null ? s.printedPaper : s.masthead.paper();
        String inferred = s.captionPaper != null ? s.captionPaper : s.chrome.paper();
        PageLabel label = s.ownLabel != null ? s.ownLabel : facts.label();
        return new Sorted(s.units, s.guide, s.boilerplate, s.unplaced, s.warnings, facts, printed, inferred, label);
    }

    private void run() {
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
                    flushBody(paragraphs, credits);
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
                    flushBody(paragraphs, credits);
                }
                continue;
            }
            boolean furniture = b.is(LineType.CHROME) || b.is(LineType.BOILERPLATE);
            if (furniture && !paragraphs.isEmpty() && closingCreditAhead(i + 1)) {
                // 来源:金洞镇 between a story and its closing credit 作者:陈姿伊: the credit is still the story's
                takeFurniture(b);
                i++;
                continue;
            }
            // chrome and QR captions with a story's text right after them: the headline above and a byline
            // above the story wait for it across them
            boolean beforeBody = furniture && paragraphs.isEmpty() && isCaptionBeforeBody(i);
            if (!paragraphs.isEmpty() || !credits.isEmpty() && !b.is(LineType.HEADLINE) && !beforeBody) {
                flushBody(paragraphs, credits);
            }
            switch (b.type()) {
                case MASTHEAD:
                    masthead = b.line().masthead().mergedOnto(masthead);
                    if (b.line().masthead().label() != null && ownLabel == null) {
                        ownLabel = b.line().masthead().label();
                    }
                    boilerplate.add(b.text());
                    units.add(new Unit.Boundary());
                    i++;
                    break;
                case PAPER_NAME:
                    if (printedPaper == null) {
                        printedPaper = b.text().replace(" ", "");
                    }
                    boilerplate.add(b.text());
                    units.add(new Unit.Boundary());
                    i++;
                    break;
                case CHROME:
                    takeFurniture(b);
                    // a web page's source line between the headline and its story parts neither
                    if (units.isEmpty() || !(units.get(units.size() - 1) instanceof Unit.Run)) {
                        units.add(new Unit.Boundary());
                    }
                    i++;
                    break;
                case BOILERPLATE:
                    takeFurniture(b);
                    // a web page's QR captions between the headline and its story part neither, as its source line does
                    if (units.isEmpty() || !(units.get(units.size() - 1) instanceof Unit.Run) || !beforeBody) {
                        units.add(new Unit.Boundary());
                    }
                    i++;
                    break;
                case GUIDE_HEADER:
                    boilerplate.add(b.text());
                    guideMode = true;
                    units.add(new Unit.Boundary());
                    i++;
                    break;
                case PAGE_LABEL:
                    takeOwnLabel(b.line());
                    units.add(new Unit.Boundary());
                    i++;
                    break;
                case RUNDOWN:
                    // the headlines of a news rundown: entries of the page's guide, their numbers markup
                    guide.add(new GuideEntry(null, b.text(), null, null));
                    rundown.add(new RundownEntry(units.size(), guide.size() - 1, b.line()));
                    units.add(new Unit.Boundary());
                    i++;
                    break;
                case GUIDE_REF:
                    unplaced.add(b.text());
                    warnings.add(Warning.of(WarningKind.UNPLACED_TEXT, ">> " + b.text()));
                    i++;
                    break;
                case HEADLINE:
                    i = takeHeadlines(i, guideMode);
                    break;
                default:
                    unplaced.add(b.text());
                    warnings.add(Warning.of(WarningKind.UNPLACED_TEXT, b.text()));
                    i++;
            }
        }
        if (!paragraphs.isEmpty() || !credits.isEmpty()) {
            flushBody(paragraphs, credits);
        }
        indexEntriesAsHeadlines();
    }

    /**
     * A page that is nothing but a news index (a site's list of its stories, numbered): its entries
     * are the headlines of stories this page does not print, each a headline without a body, so
     * that the people and places they name are the archive's. Where the page prints stories, a
     * numbered rundown stays its guide.
     */
    private void indexEntriesAsHeadlines() {
        if (rundown.isEmpty() || units.stream().anyMatch(u -> u instanceof Unit.Body)) {
            return;
        }
        // from the last, so that the places of the earlier ones stay where they were
        for (int k = rundown.size() - 1; k >= 0; k--) {
            RundownEntry e = rundown.get(k);
            guide.remove(e.guideAt());
            // the entry keeps its type, so that its story is said to be elsewhere, not missing
            units.add(e.unitAt(), new Unit.Run(List.of(e.line())));
        }
    }

    private record RundownEntry(int unitAt, int guideAt, TypedLine line) {
    }

    /** Whether the furniture from {@code i} on is web chrome and media captions with a story's text right after them. */
    private boolean isCaptionBeforeBody(int i) {
        int j = i;
        while (j < blocks.size() && (blocks.get(j).is(LineType.BOILERPLATE) || blocks.get(j).is(LineType.CHROME))) {
            if (blocks.get(j).is(LineType.BOILERPLATE) && !PageFurniture.isMediaCaption(blocks.get(j).line().key())
                    && PageFurniture.paperFromCaption(blocks.get(j).text()).isEmpty() && !isOutletName(blocks.get(j))) {
                return false;
            }
            j++;
        }
        return j < blocks.size() && (blocks.get(j).isParagraph() || blocks.get(j).is(LineType.CREDIT));
    }

    private static boolean isOutletName(Block b) {
        return b.line() != null && LineClassifier.OUTLET_NAME.matcher(b.line().key().strip()).matches();
    }

    /** A chrome or boilerplate line: kept as printed, with what it says of the page. */
    private void takeFurniture(Block b) {
        boilerplate.add(b.text());
        if (b.is(LineType.CHROME) && b.line().masthead() != null) {
            chrome = b.line().masthead().mergedOnto(chrome);
        } else if (b.is(LineType.BOILERPLATE) && captionPaper == null) {
            captionPaper = PageFurniture.paperFromCaption(b.text()).orElse(null);
        }
    }

    /**
     * Whether the blocks from {@code from} on hold, past chrome and boilerplate, a story's closing
     * credit: bylines that no body text follows.
     */
    private boolean closingCreditAhead(int from) {
        int j = from;
        while (j < blocks.size() && (blocks.get(j).is(LineType.CHROME) || blocks.get(j).is(LineType.BOILERPLATE))) {
            j++;
        }
        if (j >= blocks.size() || !blocks.get(j).is(LineType.CREDIT)) {
            return false;
        }
        while (j < blocks.size() && blocks.get(j).is(LineType.CREDIT)) {
            if (blocks.get(j).line().credit().kind() != BylineParser.Kind.BYLINE) {
                return false;
            }
            j++;
        }
        return j >= blocks.size() || !blocks.get(j).isParagraph();
    }

    private void flushBody(List<Paragraph> paragraphs, List<TypedLine> credits) {
        if (paragraphs.isEmpty() && credits.isEmpty()) {
            return;
        }
        units.add(new Unit.Body(List.copyOf(paragraphs), List.copyOf(credits)));
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
    private int takeHeadlines(int start, boolean guideMode) {
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
                    units.add(new Unit.Run(before));
                }
            }
            return end + 1;
        }
        Block afterThat = end + 1 < blocks.size() ? blocks.get(end + 1) : null;
        if (after != null && after.isParagraph() && afterThat != null && afterThat.is(LineType.GUIDE_REF) && !pending.isEmpty()
                && (guideMode || after.paragraph().text().length() <= TEASER_LENGTH)) {
            // a teaser: its title, one sentence, the page it points to (沂河新区规划建设全面提速 / 6月11日,… / 详见2版)
            int take = entryLineCount(pending, guideMode);
            take = Math.max(1, take);
            List<TypedLine> entry = pending.subList(pending.size() - take, pending.size());
            List<TypedLine> before = new ArrayList<>(pending.subList(0, pending.size() - take));
            GuideEntry g = entry(entry, afterThat.text(), null);
            guide.add(new GuideEntry(g.kicker(), g.title(), g.page(), null, CjkSpaces.clean(after.paragraph().text()).strip()));
            if (!before.isEmpty()) {
                if (guideMode) {
                    addEntriesWithoutRef(before);
                } else {
                    units.add(new Unit.Run(before));
                }
            }
            units.add(new Unit.Boundary());
            return end + 2;
        }
        boolean bodyAfter = after != null && (after.isParagraph() || after.is(LineType.CREDIT));
        if (guideMode && bodyAfter) {
            // a box of titles set close together, then a story's headline after a blank line: 本版导读 / … / (blank) / title
            int headline = headlineAfterBox(pending);
            if (headline > 0) {
                addEntriesWithoutRef(pending.subList(0, headline));
                pending = new ArrayList<>(pending.subList(headline, pending.size()));
            }
        }
        if (guideMode && !bodyAfter) {
            addEntriesWithoutRef(pending);
        } else if (!pending.isEmpty()) {
            units.add(new Unit.Run(pending));
        }
        return end;
    }

    /**
     * Where a guide box's lines, set without blank lines between them, give way to a headline set
     * apart by one: the index of the headline's first line, or -1 when the run is not shaped so.
     */
    private static int headlineAfterBox(List<TypedLine> lines) {
        if (lines.size() < 3) {
            return -1;
        }
        int split = -1;
        for (int k = lines.size() - 1; k >= 1; k--) {
            if (lines.get(k).line().blankBefore() > 0) {
                split = k;
                break;
            }
        }
        if (split < 2) {
            return -1;
        }
        for (int k = 1; k < split; k++) {
            if (lines.get(k).line().blankBefore() > 0) {
                return -1;
            }
        }
        return split;
    }

    /** The longest teaser sentence outside a guide box: a longer text before a reference is a story's. */
    private static final int TEASER_LENGTH = 120;

    /** Entries whose reference stands at the end of their own line. */
    private List<TypedLine> takeInlineRefs(List<TypedLine> lines) {
        List<TypedLine> rest = new ArrayList<>();
        for (TypedLine t : lines) {
            Optional<String[]> split = PageFurniture.splitTrailingGuideRef(t.text());
            rest.add(t);
            if (split.isPresent()) {
                rest.set(rest.size() - 1, new TypedLine(t.line(), t.type(), split.get()[0], null, null, null));
                int take = entryLineCount(rest, true);
                List<TypedLine> taken = rest.subList(rest.size() - take, rest.size());
                guide.add(entry(taken, split.get()[1], null));
                taken.clear();
            }
        }
        return rest;
    }

    /** How many of the last lines make the entry: up to two, never across a doubled main title. */
    static int entryLineCount(List<TypedLine> lines, boolean guideMode) {
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
        for (int k = 0; k < lines.size(); k++) {
            // one line an entry, unless it is the kicker of the next: a plain line above a marked one
            // (好吃好喝好玩打卡地 / ## 集裝箱餐饮…), or one that reads so (…会议召开, …时强调)
            String t = lines.get(k).key();
            boolean kicker = k + 1 < lines.size() && (HeadlineShape.strongKickerCue(t) || HeadlineShape.mediumKickerCue(t)
                    || lines.get(k).line().level() == 0 && lines.get(k + 1).line().level() > 0);
            List<TypedLine> e = lines.subList(k, kicker ? k + 2 : k + 1);
            if (kicker) {
                k++;
            }
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
}
