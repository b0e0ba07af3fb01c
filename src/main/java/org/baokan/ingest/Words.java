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
    private final ByChar byFirst;
    /** The keys of {@link #byFirst}: most characters of a text start no word and are passed over at once. */
    private final BitSet first = new BitSet(Character.MAX_VALUE + 1);

    public Words(Collection<String> words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            }
        }
        Map<Character, String[]> sorted = new HashMap<>();
        m.forEach((c, list) -> {
            list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            sorted.put(c, list.stream().distinct().toArray(String[]::new));
            first.set(c);
        });
        byFirst = new ByChar(sorted);
    }

    /**
     * Word lists by a character, in an open-addressed table: looked up at every position of every
     * text, so without boxing the character as a {@code Map<Character, …>} would.
     */
    private static final class ByChar {
        private final char[] keys;
        /** The words of {@code keys[slot]}; null for an empty slot. */
        private final String[][] values;
        private final int mask;

        ByChar(Map<Character, String[]> m) {
            int size = Integer.highestOneBit(Math.max(1, m.size()) * 2) * 2; // at most half full
            keys = new char[size];
            values = new String[size][];
            mask = size - 1;
            m.forEach((c, words) -> {
                int slot = slot(c);
                while (values[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = c;
                values[slot] = words;
            });
        }

        private int slot(char c) {
            return (c * 0x9E3779B1) >>> 7 & mask;
        }

        String[] get(char c) {
            int slot = slot(c);
            String[] words;
            while ((words = values[slot]) != null) {
                if (keys[slot] == c) {
                    return words;
                }
                slot = (slot + 1) & mask;
            }
            return null;
        }
    }

    /** Whether one of the words ends right before {@code at}: the words indexed by their last character. */
    public static final class Endings {
        private final ByChar byLast;
        private final BitSet last = new BitSet(Character.MAX_VALUE + 1);

        public Endings(Collection<String> words) {
            Map<Character, List<String>> m = new HashMap<>();
            for (String w : words) {
                if (!w.isEmpty()) {
                    m.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
                }
            }
            Map<Character, String[]> lists = new HashMap<>();
            m.forEach((c, list) -> {
                lists.put(c, list.toArray(String[]::new));
                last.set(c);
            });
            byLast = new ByChar(lists);
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
