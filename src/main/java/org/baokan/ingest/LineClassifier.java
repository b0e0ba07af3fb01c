package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each line the type its own wording shows: masthead, paper name, boilerplate, page label,
 * guide box title and references, credits, datelines, bullets. Everything else stays TEXT for
 * {@link HeadlineDetector} to decide.
 */
final class LineClassifier {
    private LineClassifier() {
    }

    static List<TypedLine> classify(List<Line> lines) {
        List<TypedLine> out = new ArrayList<>(lines.size() + 4);
        for (Line line : lines) {
            classifyLine(line, out);
        }
        markPaperName(out);
        markMediaCaptions(out);
        return out;
    }

    private static void classifyLine(Line line, List<TypedLine> out) {
        String text = line.text();
        Optional<MastheadFacts> masthead = MastheadParser.parse(text);
        if (masthead.isPresent()) {
            out.add(new TypedLine(line, LineType.MASTHEAD, text, null, null, masthead.get()));
            return;
        }
        if (PageFurniture.isGuideHeader(text)) {
            out.add(TypedLine.of(line, LineType.GUIDE_HEADER));
            return;
        }
        Optional<PageLabel> label = PageFurniture.pageLabel(text);
        if (label.isPresent()) {
            out.add(new TypedLine(line, LineType.PAGE_LABEL, text, label.get(), null, null));
            return;
        }
        Optional<String> ref = PageFurniture.guideRef(text);
        if (ref.isPresent()) {
            out.add(new TypedLine(line, LineType.GUIDE_REF, ref.get(), null, null, null));
            return;
        }
        if (PageFurniture.isBoilerplate(text)) {
            out.add(TypedLine.of(line, LineType.BOILERPLATE));
            return;
        }
        Optional<Byline> credit = BylineParser.parseCredit(text);
        if (credit.isPresent()) {
            out.add(new TypedLine(line, LineType.CREDIT, text, null, credit.get(), null));
            return;
        }
        Optional<String[]> split = PageFurniture.splitTrailingLabel(text);
        if (split.isPresent()) {
            Optional<Byline> c = BylineParser.parseCredit(split.get()[0]);
            Optional<PageLabel> l = PageFurniture.pageLabel(split.get()[1]);
            if (c.isPresent() && l.isPresent()) {
                out.add(new TypedLine(line, LineType.CREDIT, split.get()[0], null, c.get(), null));
                out.add(new TypedLine(line, LineType.PAGE_LABEL, split.get()[1], l.get(), null, null));
                return;
            }
        }
        Optional<Byline> bylineLine = BylineParser.parseBylineLine(text);
        if (bylineLine.isPresent()) {
            out.add(new TypedLine(line, LineType.CREDIT, text, null, bylineLine.get(), null));
            return;
        }
        if (BylineParser.startsWithDateline(text)) {
            out.add(TypedLine.of(line, LineType.DATELINE));
            return;
        }
        if (isBullet(text)) {
            out.add(TypedLine.of(line, LineType.BULLET));
            return;
        }
        out.add(TypedLine.of(line, LineType.TEXT));
    }

    static boolean isBullet(String text) {
        if (text.length() < 2) {
            return false;
        }
        char c = text.charAt(0);
        return c == '◎' || c == '●' || c == '■' || c == '▲' || c == '★' || c == '◆' || c == '□' || c == '○' || c == '☆';
    }

    /**
     * The paper's name: a short line ending in 新闻/日报/报… that stands within the masthead (near its
     * date line, or beside its boilerplate). A story headline ending in 新闻 stands among stories.
     */
    private static void markPaperName(List<TypedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (t.type() != LineType.TEXT || !PageFurniture.looksLikePaperName(t.text())) {
                continue;
            }
            boolean nearMasthead = false;
            for (int j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
                if (lines.get(j).type() == LineType.MASTHEAD) {
                    nearMasthead = true;
                }
            }
            boolean besideBoilerplate = (i > 0 && lines.get(i - 1).type() == LineType.BOILERPLATE)
                    || (i + 1 < lines.size() && lines.get(i + 1).type() == LineType.BOILERPLATE);
            // a headline is followed by its story; the paper's name is not
            boolean storyFollows = i + 1 < lines.size() && lines.get(i + 1).type() == LineType.DATELINE;
            if ((nearMasthead || besideBoilerplate) && !storyFollows) {
                lines.set(i, t.as(LineType.PAPER_NAME));
                return;
            }
        }
    }

    /**
     * Captions of the paper's media (微信公众号, 电视, 杂志…) stand apart, after blank lines, or in
     * a cluster with other boilerplate; a story headline with the same ending stands among stories.
     */
    private static void markMediaCaptions(List<TypedLine> lines) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                TypedLine t = lines.get(i);
                if (t.type() != LineType.TEXT || !PageFurniture.isMediaCaption(t.text())) {
                    continue;
                }
                boolean apart = t.line().blankBefore() >= 2 || i == lines.size() - 1;
                boolean beside = (i > 0 && lines.get(i - 1).type() == LineType.BOILERPLATE)
                        || (i + 1 < lines.size() && lines.get(i + 1).type() == LineType.BOILERPLATE);
                if (apart || beside) {
                    lines.set(i, t.as(LineType.BOILERPLATE));
                    changed = true;
                }
            }
        }
    }
}
