package org.baokan.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A few words looked for in many lines: indexed by their first character, so that a line is read
 * once and only where a word can start; a cheap test before a regular expression.
 */
final class Keywords {
    private final Map<Character, String[]> byFirst = new HashMap<>();
    /** The first characters, so that most characters of a line are passed over without a look-up. */
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);

    Keywords(String... words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            first.set(w.charAt(0));
        }
        m.forEach((c, list) -> byFirst.put(c, list.toArray(String[]::new)));
    }

    /** Whether the text holds one of the words. */
    boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!first.get(text.charAt(i))) {
                continue;
            }
            String[] candidates = byFirst.get(text.charAt(i));
            if (candidates != null) {
                for (String w : candidates) {
                    if (text.startsWith(w, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
