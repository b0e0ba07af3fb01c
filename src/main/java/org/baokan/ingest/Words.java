package org.baokan.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words, looked up by the position they start at: the words are indexed by their
 * first character, longest first, so a text is scanned once instead of once per word. Also the
 * cheap test before a regular expression: whether a line holds any of the expression's words.
 */
public final class Words {
    private final Map<Character, String[]> byFirst;
    /** The keys of {@link #byFirst}: most characters of a text start no word and are passed over without boxing. */
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);

    public Words(Collection<String> words) {
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
    public static final class Endings {
        private final Map<Character, String[]> byLast = new HashMap<>();
        private final BitSet last = new BitSet(Character.MAX_VALUE + 1);

        public Endings(Collection<String> words) {
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

        public boolean endsAt(String text, int at) {
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
    public String at(String text, int i) {
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

    /** The words given. */
    public static Words of(String... words) {
        return new Words(java.util.Arrays.asList(words));
    }

    /** Whether the text holds one of the words anywhere. */
    public boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (at(text, i) != null) {
                return true;
            }
        }
        return false;
    }
}
