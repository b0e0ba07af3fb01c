package org.baokan.archive;

import org.baokan.ingest.Overlap;
import org.baokan.store.FtsText;
import org.baokan.store.GuideTargets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which article a 今日导读 entry or teaser leads to (docs/decisions/0017), in this order:
 * <ol>
 * <li>on the page it names, an article of the same title;</li>
 * <li>elsewhere in the issue, the one article of the same title: the entry prints no page, or the
 * wrong one;</li>
 * <li>on the page it names, the article whose headline and first lines repeat most of its words.</li>
 * </ol>
 * "The same title" is compared as search compares text: traditional and simplified forms,
 * full- and half-width forms are the same, and spaces and punctuation do not count; the entry's
 * title, or kicker and title, against the article's title with or without its kicker and subtitle.
 */
public final class GuideMatcher implements GuideTargets {
    /** An entry goes to the article on its target page that repeats at least this much of its words. */
    static final double TARGET_MATCH = 0.2;
    /**
     * How long a title must be to be matched on another page than the one named: short ones (一周速读,
     * 图片新闻) stand on many pages.
     */
    static final int MIN_TITLE_ELSEWHERE = 5;

    @Override
    public Target choose(Entry entry, Issue issue) {
        Long page = entry.pageKey() == null ? null : issue.pages().get(entry.pageKey());
        Set<String> names = names(entry);
        if (page != null) {
            for (Candidate a : issue.articles()) {
                if (a.pageId() == page && sameTitle(names, a)) {
                    return new Target(page, a.articleId());
                }
            }
        }
        List<Candidate> elsewhere = new ArrayList<>();
        for (Candidate a : issue.articles()) {
            if ((page == null || a.pageId() != page) && sameTitle(names, a)) {
                elsewhere.add(a);
            }
        }
        boolean longEnough = names.stream().anyMatch(n -> n.codePointCount(0, n.length()) >= MIN_TITLE_ELSEWHERE);
        if (elsewhere.size() == 1 && longEnough) {
            return new Target(elsewhere.get(0).pageId(), elsewhere.get(0).articleId());
        }
        return page == null ? null : new Target(page, repeatsMost(entry, page, issue));
    }

    /** The article on the page whose headline and lead repeat most of the entry's words, or null. */
    private static Long repeatsMost(Entry entry, long page, Issue issue) {
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
        return best;
    }

    /** The entry's title, and its kicker with its title, as compared. */
    private static Set<String> names(Entry e) {
        Set<String> out = new LinkedHashSet<>();
        add(out, significant(e.title()));
        if (e.kicker() != null) {
            add(out, significant(e.kicker() + e.title()));
        }
        return out;
    }

    private static boolean sameTitle(Set<String> names, Candidate a) {
        if (names.isEmpty() || a.title() == null) {
            return false;
        }
        String title = significant(a.title());
        String kicker = significant(a.kicker());
        String subtitle = significant(a.subtitle());
        for (String form : new String[]{title, kicker + title, title + subtitle, kicker + title + subtitle}) {
            if (!form.isEmpty() && names.contains(form)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> out, String s) {
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** The text as search sees it (FtsText), letters and digits only. */
    static String significant(String s) {
        if (s == null) {
            return "";
        }
        String n = FtsText.normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
