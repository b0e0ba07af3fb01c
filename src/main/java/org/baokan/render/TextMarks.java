package org.baokan.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A text as HTML with its people and places as links and its search hits marked. Links are found
 * longest first, left to right, without overlap; a hit may cross a link's edge, and is then split.
 */
public final class TextMarks {
    /**
     * What a piece of text links to.
     *
     * @param kind   {@code person} or {@code place}
     * @param target the person's name or the place's canonical name
     */
    public record Link(String kind, String target) {
    }

    private TextMarks() {
    }

    /**
     * @param text       the text, as printed
     * @param links      surface form (a name, a place or one of its aliases) → link
     * @param highlights ranges {@code [start, end)} of the text to mark, e.g. search hits
     */
    public static String html(String text, Map<String, Link> links, List<int[]> highlights) {
        int n = text.length();
        Link[] linkAt = new Link[n];
        int[] linkStart = new int[n];
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, n));
        for (int[] span : linkSpans(text, links)) {
            Link l = links.get(text.substring(span[0], span[1]));
            for (int i = span[0]; i < span[1]; i++) {
                linkAt[i] = l;
                linkStart[i] = span[0];
            }
            edges.add(span[0]);
            edges.add(span[1]);
        }
        boolean[] marked = new boolean[n];
        for (int[] h : highlights) {
            int from = Math.max(0, h[0]);
            int to = Math.min(n, h[1]);
            for (int i = from; i < to; i++) {
                marked[i] = true;
            }
            if (from < to) {
                edges.add(from);
                edges.add(to);
            }
        }
        StringBuilder b = new StringBuilder(n * 2);
        Integer open = null; // start of the link being written
        Integer prev = null;
        for (int edge : edges) {
            if (prev != null && prev < edge) {
                Link l = linkAt[prev];
                Integer start = l == null ? null : linkStart[prev];
                if (open != null && !open.equals(start)) {
                    b.append("</a>");
                    open = null;
                }
                if (start != null && open == null) {
                    b.append("<a class=\"").append(l.kind()).append("\" data-").append(l.kind()).append("=\"")
                            .append(Html.escape(l.target())).append("\">");
                    open = start;
                }
                String piece = Html.escape(text.substring(prev, edge));
                b.append(marked[prev] ? "<mark>" + piece + "</mark>" : piece);
            }
            prev = edge;
        }
        if (open != null) {
            b.append("</a>");
        }
        return b.toString();
    }

    /** The spans of the text that are links: longest first at each place, left to right. */
    static List<int[]> linkSpans(String text, Map<String, Link> links) {
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String s : links.keySet()) {
            if (!s.isEmpty()) {
                byFirst.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<String> candidates = byFirst.get(text.charAt(i));
            String found = null;
            if (candidates != null) {
                for (String s : candidates) {
                    if (text.startsWith(s, i)) {
                        found = s;
                        break;
                    }
                }
            }
            if (found != null) {
                out.add(new int[]{i, i + found.length()});
                i += found.length();
            } else {
                i++;
            }
        }
        return out;
    }
}
