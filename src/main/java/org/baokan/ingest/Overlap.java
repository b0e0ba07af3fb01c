package org.baokan.ingest;

import java.util.HashSet;
import java.util.Set;

/** How much of a headline's wording a text repeats: the share of its Han bigrams found in the text. */
public final class Overlap {
    private Overlap() {
    }

    public static double score(String headline, String body) {
        Set<String> h = bigrams(headline);
        if (h.isEmpty()) {
            return 0;
        }
        Set<String> b = bigrams(body);
        int hit = 0;
        for (String s : h) {
            if (b.contains(s)) {
                hit++;
            }
        }
        return (double) hit / h.size();
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Chars.isHan(a) && Chars.isHan(b)) {
                out.add(new String(new char[]{a, b}));
            }
        }
        return out;
    }
}
