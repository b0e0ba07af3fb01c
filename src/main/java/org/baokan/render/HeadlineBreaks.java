package org.baokan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a headline's lines break, as a Chinese paper breaks them: into lines of about equal
 * length, never leaving one character alone on a line, preferring the breaks between the
 * headline's phrases (its spaces, or after 、，：；！？) to a break inside a phrase, never breaking
 * inside a number or a Latin word, before closing punctuation or after opening punctuation.
 *
 * <p>The renderer does not know how wide the column will be, so it works out, for each number of
 * lines, the layouts worth using and how wide each needs the column to be (in em, from the
 * widths of Noto Sans SC: Han characters and full-width punctuation 1 em, digits and Latin
 * letters less). The document's script picks the first that fits ({@code resources/html/bridge.js}).
 * WebKit in JavaFX 21 has no {@code text-wrap: balance}.
 */
public final class HeadlineBreaks {
    /** No headline is set on more lines than this. */
    static final int MAX_LINES = 6;
    /** A headline this long or longer is left to the browser (it is no headline). */
    private static final int MAX_LENGTH = 120;
    /** How much worse a break inside a phrase is than one between phrases, as a share of the squared line length. */
    private static final double INSIDE = 0.3;

    private HeadlineBreaks() {
    }

    /**
     * One way to set a headline.
     *
     * @param starts where each line after the first starts, as offsets into the text
     * @param width  the widest line, in em, letter spacing apart
     * @param chars  the most characters on one line (for letter spacing)
     */
    public record Layout(List<Integer> starts, double width, int chars) {
        public int lines() {
            return starts.size() + 1;
        }
    }

    /**
     * The layouts worth trying, fewest lines first; for each number of lines the preferred one
     * (balanced, between phrases) and, where it is narrower, the narrowest; each narrower than
     * the one before. Empty for a text too long to be a headline.
     */
    public static List<Layout> layouts(String text) {
        List<Layout> out = new ArrayList<>();
        if (text == null || text.length() > MAX_LENGTH) {
            return out;
        }
        Atoms a = new Atoms(text);
        if (a.size() == 0) {
            return out;
        }
        out.add(a.layout(List.of()));
        for (int k = 2; k <= MAX_LINES; k++) {
            Layout preferred = a.best(k, false);
            if (preferred == null) {
                break;
            }
            // each layout must be narrower than every one before it, or it would never be the one that fits
            for (Layout l : new Layout[]{preferred, a.best(k, true)}) {
                if (l != null && l.width() < out.get(out.size() - 1).width() - 0.01) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The preferred way to set a text on {@code n} lines, as the lines (trimmed); the whole text when it cannot be. */
    public static List<String> lines(String text, int n) {
        if (text == null) {
            return List.of();
        }
        for (Layout l : layouts(text)) {
            if (l.lines() == n) {
                return split(text, l);
            }
        }
        return List.of(text);
    }

    /** The text cut into the layout's lines, each trimmed. */
    public static List<String> split(String text, Layout l) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int s : l.starts()) {
            out.add(text.substring(from, s).strip());
            from = s;
        }
        out.add(text.substring(from).strip());
        return out;
    }

    /**
     * The layouts as the document's script reads them: {@code em:chars:start,start;…}, in the
     * order to try; empty when there is nothing to choose.
     */
    public static String attribute(String text) {
        List<Layout> layouts = layouts(text);
        if (layouts.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Layout l : layouts) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(String.format(Locale.ROOT, "%.2f", Math.ceil(l.width() * 100) / 100)).append(':').append(l.chars())
                    .append(':');
            for (int i = 0; i < l.starts().size(); i++) {
                b.append(i == 0 ? "" : ",").append(l.starts().get(i));
            }
        }
        return b.toString();
    }

    /** The {@code data-lines} attribute for a headline element, with its leading space; empty when there is none. */
    static String dataLines(String text) {
        String a = attribute(text);
        return a.isEmpty() ? "" : " data-lines=\"" + a + "\"";
    }

    /** How wide a character is in Noto Sans SC, in em, rounded up. */
    static double em(char c) {
        if (c == ' ' || c == '\u00A0') {
            return 0.25;
        }
        if (c >= '0' && c <= '9') {
            return 0.56;
        }
        if (c >= 'A' && c <= 'Z') {
            return c == 'M' || c == 'W' ? 0.9 : 0.72;
        }
        if (c >= 'a' && c <= 'z') {
            return c == 'm' || c == 'w' ? 0.93 : c == 'i' || c == 'j' || c == 'l' ? 0.3 : 0.62;
        }
        if (c < 0x80) {
            return c == '"' || c == '?' ? 0.5 : 0.36;
        }
        return 1.0;
    }

    private static final String CLOSING = "，。、；：？！）》」』”’…—%·,.;:?!)]}\"'";
    private static final String OPENING = "（《「『“‘([{";
    /** After these a phrase ends: a break is as good as at a space. */
    private static final String PHRASE_END = "，、；：？！。,;:?!";

    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /**
     * The text as atoms that no break may split (a character, or a run of Latin letters and
     * digits), with where a line may start.
     */
    private static final class Atoms {
        private final String text;
        /** Atom i covers text[start[i], start[i + 1]). */
        private final List<Integer> start = new ArrayList<>();
        private final List<Double> width = new ArrayList<>();
        /** Characters of atom i that count towards a line's length (letters, digits, Han). */
        private final List<Integer> counted = new ArrayList<>();
        /** The cost of a line starting at atom i: -1 where no line may start. */
        private final List<Double> breakCost = new ArrayList<>();

        Atoms(String text) {
            this.text = text;
            int i = 0;
            while (i < text.length()) {
                int j = i + 1;
                if (latin(text.charAt(i))) {
                    while (j < text.length() && latin(text.charAt(j))) {
                        j++;
                    }
                }
                double w = 0;
                int n = 0;
                for (int k = i; k < j; k++) {
                    w += em(text.charAt(k));
                    n += Character.isLetterOrDigit(text.charAt(k)) ? 1 : 0;
                }
                start.add(i);
                width.add(w);
                counted.add(n);
                i = j;
            }
            start.add(text.length());
            for (int a = 0; a < size(); a++) {
                breakCost.add(a == 0 ? -1 : cost(a));
            }
        }

        int size() {
            return width.size();
        }

        private char first(int atom) {
            return text.charAt(start.get(atom));
        }

        private char last(int atom) {
            return text.charAt(start.get(atom + 1) - 1);
        }

        /** Whether the ASCII quote at this offset opens (the first, third, … of the text) rather than closes. */
        private boolean opens(int offset) {
            int before = 0;
            for (int i = 0; i < offset; i++) {
                before += text.charAt(i) == text.charAt(offset) ? 1 : 0;
            }
            return before % 2 == 0;
        }

        /** What it costs to start a line at atom a (after a space, the atom after it); -1 when it may not. */
        private double cost(int a) {
            char here = first(a);
            char before = last(a - 1);
            boolean quoteBefore = (before == '"' || before == '\'') && opens(start.get(a) - 1);
            boolean quoteHere = (here == '"' || here == '\'') && !opens(start.get(a));
            if (Character.isWhitespace(here) || quoteBefore || quoteHere
                    || CLOSING.indexOf(here) >= 0 && here != '"' && here != '\'' || OPENING.indexOf(before) >= 0) {
                return -1;
            }
            if (Character.isWhitespace(before) || PHRASE_END.indexOf(before) >= 0) {
                return 0;
            }
            if (latin(here) || latin(before)) {
                return 2; // 2020 | 年: a number torn from its word
            }
            return 1;
        }

        /** Width of the line of atoms [from, to), the spaces at its ends not counted. */
        private double lineWidth(int from, int to) {
            while (from < to && Character.isWhitespace(first(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(last(to - 1))) {
                to--;
            }
            double w = 0;
            for (int a = from; a < to; a++) {
                w += width.get(a);
            }
            return w;
        }

        private int lineChars(int from, int to) {
            int n = 0;
            for (int a = from; a < to; a++) {
                n += counted.get(a);
            }
            return n;
        }

        private int lineLength(int from, int to) {
            int n = 0;
            for (int a = from; a < to; a++) {
                n += Character.isWhitespace(first(a)) ? 0 : start.get(a + 1) - start.get(a);
            }
            return n;
        }

        /** The layout with lines starting at these atoms (after the first). */
        Layout layout(List<Integer> lineStarts) {
            List<Integer> offsets = new ArrayList<>();
            double widest = 0;
            int most = 0;
            int from = 0;
            List<Integer> ends = new ArrayList<>(lineStarts);
            ends.add(size());
            for (int to : ends) {
                widest = Math.max(widest, lineWidth(from, to));
                most = Math.max(most, lineLength(from, to));
                if (to < size()) {
                    offsets.add(start.get(to));
                }
                from = to;
            }
            return new Layout(List.copyOf(offsets), widest, most);
        }

        /**
         * The best layout on exactly k lines, each holding at least two characters: balanced and
         * between phrases ({@code narrowest} false), or the narrowest; null when there is none.
         */
        Layout best(int k, boolean narrowest) {
            int n = size();
            double total = lineWidth(0, n);
            double average = total / k;
            double inside = INSIDE * average * average;
            // score[j][i]: the best way to set atoms [0, i) on j lines; from[j][i] where its last line starts
            double[][] score = new double[k + 1][n + 1];
            double[][] tie = new double[k + 1][n + 1];
            int[][] from = new int[k + 1][n + 1];
            for (double[] row : score) {
                java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            score[0][0] = 0;
            for (int j = 1; j <= k; j++) {
                for (int i = 1; i <= n; i++) {
                    if (i < n && breakCost.get(i) < 0) {
                        continue; // no line may end before atom i
                    }
                    for (int p = j - 1; p < i; p++) {
                        if (score[j - 1][p] == Double.POSITIVE_INFINITY || p > 0 && breakCost.get(p) < 0
                                || lineChars(p, i) < 2) {
                            continue;
                        }
                        double w = lineWidth(p, i);
                        double cost = p == 0 ? 0 : breakCost.get(p);
                        double s;
                        double t;
                        if (narrowest) {
                            s = Math.max(score[j - 1][p], w);
                            t = tie[j - 1][p] + cost;
                        } else {
                            s = score[j - 1][p] + (w - average) * (w - average) + cost * inside;
                            t = 0;
                        }
                        if (s < score[j][i] - 1e-9 || Math.abs(s - score[j][i]) <= 1e-9 && t < tie[j][i]) {
                            score[j][i] = s;
                            tie[j][i] = t;
                            from[j][i] = p;
                        }
                    }
                }
            }
            if (score[k][n] == Double.POSITIVE_INFINITY) {
                return null;
            }
            List<Integer> starts = new ArrayList<>();
            int i = n;
            for (int j = k; j > 1; j--) {
                i = from[j][i];
                starts.add(0, i);
            }
            return layout(starts);
        }
    }
}
