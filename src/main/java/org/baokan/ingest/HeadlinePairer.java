package org.baokan.ingest;

import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The second stage of assembling a page: pairs headline groups with bodies into draft articles.
 *
 * <p>Bodies usually follow their headline group. Where they do not, the wording decides: a
 * headline group after a body without a headline is that body's when it repeats the body's words
 * (001), and of two groups before one body the one whose words the body repeats gets it (000).
 */
final class HeadlinePairer {
    /** A headline must share at least this share of its bigrams with a body to be matched against the layout. */
    static final double CLEAR_MATCH = 0.3;
    static final double MARGIN = 0.15;

    private HeadlinePairer() {
    }

    static List<DraftArticle> pair(List<Unit> units) {
        List<DraftArticle> articles = new ArrayList<>();
        DraftArticle current = null;
        // a body that stands without a headline and may get one from a group after it
        DraftArticle orphan = null;
        int k = 0;
        while (k < units.size()) {
            Unit u = units.get(k);
            if (u instanceof Unit.Boundary) {
                if (current != null) {
                    current.closed = true;
                }
                orphan = null;
                k++;
            } else if (u instanceof Unit.Run run) {
                Unit.Body next = k + 1 < units.size() && units.get(k + 1) instanceof Unit.Body b ? b : null;
                List<HeadlineGroup> groups = HeadlineGroups.split(run.lines(), next == null ? "" : next.text(3));
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
                        boolean index = groups.get(g).lines().stream().allMatch(t -> t.type() == LineType.RUNDOWN);
                        a.warnings.add(Warning.of(index ? WarningKind.INDEX_ENTRY : WarningKind.HEADLINE_WITHOUT_BODY,
                                groups.get(g).label()));
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
                Unit.Body body = (Unit.Body) u;
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

    private static void addBody(DraftArticle a, Unit.Body body) {
        a.paragraphs.addAll(body.paragraphs());
        a.credits.addAll(body.credits());
        for (TypedLine c : body.credits()) {
            if (c.credit().kind() != BylineParser.Kind.BYLINE) {
                a.closed = true;
            }
        }
    }

    /** A sentence broken by a boundary line (a footer between columns) runs on into the next body. */
    private static boolean runsAcross(DraftArticle a, Unit.Body body) {
        if (a.paragraphs.isEmpty() || body.paragraphs().isEmpty() || !a.credits.isEmpty()) {
            return false;
        }
        Paragraph last = a.paragraphs.get(a.paragraphs.size() - 1);
        return last.endsOpen() && body.paragraphs().get(0).startsMidSentence();
    }

    /** A group after a headless body is that body's when it repeats the body's words more than the next body's. */
    static boolean belongsToPrevious(HeadlineGroup g, DraftArticle orphan, Unit.Body next) {
        double prev = Overlap.score(g.allText(), orphan.bodyText(3));
        if (next == null) {
            return prev >= CLEAR_MATCH / 2;
        }
        double following = Overlap.score(g.allText(), next.text(3));
        double margin = next.startsWithDateline() ? 2 * MARGIN : MARGIN;
        return prev >= CLEAR_MATCH && prev > following + margin;
    }

    /** Of several groups before one body, the one whose words the body repeats; by default the nearest. */
    static int chooseGroup(List<HeadlineGroup> groups, Unit.Body body) {
        int last = groups.size() - 1;
        if (groups.size() == 1) {
            return 0;
        }
        // the body's words are read once, however many groups stand before it
        java.util.Set<Integer> text = Overlap.bigrams(body.text(3));
        double lastScore = Overlap.score(Overlap.bigrams(groups.get(last).allText()), text);
        int best = last;
        double bestScore = lastScore;
        for (int g = 0; g < last; g++) {
            double s = Overlap.score(Overlap.bigrams(groups.get(g).allText()), text);
            if (s >= CLEAR_MATCH && s > lastScore + MARGIN && s > bestScore) {
                best = g;
                bestScore = s;
            }
        }
        return best;
    }
}
