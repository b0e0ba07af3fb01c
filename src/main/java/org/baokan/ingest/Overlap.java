package org.baokan.ingest;

import java.util.HashSet;
import java.util.Set;

/** How much of a headline's wording a text repeats: the share of its Han bigrams found in the text. */
public final class Overlap {
    private Overlap() {
    }

    public static double score(String headline, String body) {
        return score(bigrams(headline), bigrams(body));
    }

    /** The share of a headline's bigrams found among a body's, both already read. */
    static double score(Set<Integer> headline, Set<Integer> body) {
        if (headline.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (Integer s : headline) {
            if (body.contains(s)) {
                hit++;
            }
        }
        return (double) hit / headline.size();
    }

    /** The Han bigrams of a text, each two characters packed in one int. */
    static Set<Integer> bigrams(String s) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Chars.isHan(a) && Chars.isHan(b)) {
                out.add(a << 16 | b);
            }
        }
        return out;
    }
}
