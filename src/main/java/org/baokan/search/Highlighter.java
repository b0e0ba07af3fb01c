package org.baokan.search;

import org.baokan.store.FtsText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds where query terms occur in the original text, as the index matched them: after
 * normalisation (traditional and simplified, full and half width are the same), ignoring spaces
 * and punctuation between characters of a term. The positions are in the original text, which is
 * what is always shown.
 */
public final class Highlighter {
    /** A highlighted stretch of text: start inclusive, end exclusive. */
    public record Span(int start, int end) {
    }

    private Highlighter() {
    }

    public static List<Span> find(String text, List<String> terms) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return List.of();
        }
        String norm = FtsText.normalize(text);
        StringBuilder significant = new StringBuilder(norm.length());
        int[] position = new int[norm.length()];
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                position[significant.length()] = i;
                significant.append(c);
            }
        }
        String sig = significant.toString();
        List<Span> spans = new ArrayList<>();
        for (String term : terms) {
            String t = significantOf(FtsText.normalize(term));
            if (t.isEmpty()) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = sig.indexOf(t, from)) >= 0) {
                spans.add(new Span(position[at], position[at + t.length() - 1] + 1));
                from = at + t.length();
            }
        }
        return merge(spans);
    }

    private static String significantOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static List<Span> merge(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A short passage around the first hit, hits marked with {@code open} and {@code close},
     * {@code …} where text was cut. Without a hit, the beginning of the text.
     */
    public static String snippet(String text, List<String> terms, int width, String open, String close) {
        return text == null ? "" : snippetAt(text, find(text, terms), width, open, close);
    }

    /** The same, with the hits already found. */
    public static String snippetAt(String text, List<Span> spans, int width, String open, String close) {
        int start = 0;
        if (!spans.isEmpty()) {
            start = Math.max(0, spans.get(0).start() - width / 3);
        }
        int end = Math.min(text.length(), start + width);
        if (end - start < width) {
            start = Math.max(0, end - width);
        }
        StringBuilder b = new StringBuilder();
        if (start > 0) {
            b.append('…');
        }
        int pos = start;
        for (Span s : spans) {
            if (s.end() <= start || s.start() >= end) {
                continue;
            }
            int a = Math.max(s.start(), start);
            int z = Math.min(s.end(), end);
            b.append(text, pos, a).append(open).append(text, a, z).append(close);
            pos = z;
        }
        b.append(text, pos, end);
        if (end < text.length()) {
            b.append('…');
        }
        return b.toString().replace('\n', ' ');
    }
}
