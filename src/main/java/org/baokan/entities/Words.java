package org.baokan.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words, looked up by the position they start at: the words are indexed by their
 * first character, longest first, so a text is scanned once instead of once per word.
 */
final class Words {
    private final Map<Character, String[]> byFirst;
    /** The keys of {@link #byFirst}: most characters of a text start no word and are passed over without boxing. */
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);

    Words(Collection<String> words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        byFirst = new HashMap<>();
        m.forEach((c, list) -> {
            list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            byFirst.put(c, list.stream().distinct().toArray(String[]::new));
            first.set(c);
        });
    }

    /** Whether one of the words ends right before {@code at}: the words indexed by their last character. */
    static final class Endings {
        private final Map<Character, String[]> byLast = new HashMap<>();
        private final BitSet last = new BitSet(Character.MAX_VALUE + 1);

        Endings(Collection<String> words) {
            Map<Character, List<String>> m = new HashMap<>();
            for (String w : words) {
                if (!w.isEmpty()) {
                    m.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
                }
            }
            m.forEach((c, list) -> {
                byLast.put(c, list.toArray(String[]::new));
                last.set(c);
            });
        }

        boolean endsAt(String text, int at) {
            if (at <= 0 || !last.get(text.charAt(at - 1))) {
                return false;
            }
            String[] candidates = byLast.get(text.charAt(at - 1));
            if (candidates != null) {
                for (String w : candidates) {
                    if (at >= w.length() && text.startsWith(w, at - w.length())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The longest word that starts at {@code i}, or null. */
    String at(String text, int i) {
        if (i >= text.length() || !first.get(text.charAt(i))) {
            return null;
        }
        String[] candidates = byFirst.get(text.charAt(i));
        if (candidates != null) {
            for (String w : candidates) {
                if (text.startsWith(w, i)) {
                    return w;
                }
            }
        }
        return null;
    }
}
