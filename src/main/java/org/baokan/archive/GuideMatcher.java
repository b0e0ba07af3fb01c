package org.baokan.archive;

import org.baokan.ingest.Overlap;
import org.baokan.store.GuideTargets;

/**
 * Which article a 今日导读 entry or teaser leads to: on the page it names, the article whose
 * headline and first lines repeat most of the entry's words.
 */
public final class GuideMatcher implements GuideTargets {
    /** An entry goes to the article on its target page that repeats at least this much of its words. */
    static final double TARGET_MATCH = 0.2;

    @Override
    public Target choose(Entry entry, Issue issue) {
        if (entry.pageKey() == null) {
            return null;
        }
        Long page = issue.pages().get(entry.pageKey());
        if (page == null) {
            return null;
        }
        String text = nz(entry.kicker()) + nz(entry.title());
        Long best = null;
        double bestScore = TARGET_MATCH;
        for (Candidate a : issue.articles()) {
            if (a.pageId() != page) {
                continue;
            }
            String words = nz(a.kicker()) + " " + nz(a.title()) + " " + nz(a.subtitle()) + " " + a.lead();
            double score = Overlap.score(text, words);
            if (score > bestScore) {
                bestScore = score;
                best = a.articleId();
            }
        }
        return new Target(page, best);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
