package org.baokan.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.baokan.entities.EntityExtractor;
import org.baokan.format.PageJson;
import org.baokan.ingest.BadInputException;
import org.baokan.ingest.PageParser;
import org.baokan.model.Article;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.baokan.model.Person;
import org.baokan.model.Place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The parser against the hand-annotated corpus ({@code src/test/resources/corpus}): each page is
 * parsed and enriched as {@code parse} prints it, under its own file name (which may carry its
 * date), and compared with its golden file. Texts that appear twice are counted once.
 *
 * <p>Comparisons ignore whitespace, full-/half-width forms and the difference between traditional
 * and simplified characters; otherwise they are exact. A place counts as found when the parser
 * names it, or a longer form that ends or starts with it ({@code 高新区} → {@code 济宁高新区},
 * {@code 华明街} → {@code 华明街道}).
 */
public final class CorpusScore {
    public static final Path CORPUS = Path.of("src/test/resources/corpus");
    /** The folder scored: the development corpus, or any folder of annotated pages given as {@code -Dcorpus.dir}. */
    private static final Path SCORED = Path.of(System.getProperty("corpus.dir", CORPUS.toString()));
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** Found and expected counts of one measure. */
    public record Tally(int found, int total) {
        public double share() {
            return total == 0 ? 1 : (double) found / total;
        }

        Tally plus(Tally o) {
            return new Tally(found + o.found, total + o.total);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d (%.1f %%)", found, total, 100 * share());
        }
    }

    /** What one page scored, with the misses for a person to look at. */
    public record PageScore(String name, Tally headlines, Tally people, Tally falsePeople, Tally bylines, Tally places,
                            List<String> navigationTaken, boolean paperRight, boolean dateRight, boolean labelRight,
                            List<String> misses) {
    }

    /** The whole corpus. */
    public record Result(List<PageScore> pages) {
        public Tally headlines() {
            return pages.stream().map(PageScore::headlines).reduce(new Tally(0, 0), Tally::plus);
        }

        public Tally people() {
            return pages.stream().map(PageScore::people).reduce(new Tally(0, 0), Tally::plus);
        }

        /** Names the parser gave that the golden file does not have, of all the names it gave. */
        public Tally falsePeople() {
            return pages.stream().map(PageScore::falsePeople).reduce(new Tally(0, 0), Tally::plus);
        }

        public Tally bylines() {
            return pages.stream().map(PageScore::bylines).reduce(new Tally(0, 0), Tally::plus);
        }

        public Tally places() {
            return pages.stream().map(PageScore::places).reduce(new Tally(0, 0), Tally::plus);
        }

        public List<String> navigationTaken() {
            return pages.stream().flatMap(p -> p.navigationTaken().stream().map(n -> p.name() + ": " + n)).toList();
        }

        public Tally papers() {
            return new Tally((int) pages.stream().filter(PageScore::paperRight).count(), pages.size());
        }

        public Tally dates() {
            return new Tally((int) pages.stream().filter(PageScore::dateRight).count(), pages.size());
        }

        public Tally labels() {
            return new Tally((int) pages.stream().filter(PageScore::labelRight).count(), pages.size());
        }

        /** The figures, as the README shows them. */
        public String report() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "corpus: %d pages%n", pages.size()));
            b.append("headlines found        ").append(headlines()).append('\n');
            b.append("people found           ").append(people()).append('\n');
            b.append("people false           ").append(falsePeople()).append('\n');
            b.append("bylines found          ").append(bylines()).append('\n');
            b.append("places found           ").append(places()).append('\n');
            b.append("navigation as headline ").append(navigationTaken().size()).append('\n');
            b.append("paper right            ").append(papers()).append('\n');
            b.append("date right             ").append(dates()).append('\n');
            b.append("page label right       ").append(labels()).append('\n');
            return b.toString();
        }
    }

    private CorpusScore() {
    }

    public static Result score() {
        List<PageScore> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        EntityExtractor extractor = EntityExtractor.standalone();
        PageParser parser = new PageParser();
        for (Path golden : goldenFiles()) {
            Path text = golden.resolveSibling(golden.getFileName().toString().replace(".golden.json", ".txt"));
            try {
                byte[] bytes = Files.readAllBytes(text);
                if (!seen.add(sha256(bytes))) {
                    continue;
                }
                ParsedPage page = extractor.enrich(parser.parse(bytes, text.getFileName().toString())).page();
                pages.add(compare(text.getParent().getFileName() + "/" + text.getFileName(), page,
                        PageJson.mapper().readTree(golden.toFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BadInputException e) {
                throw new IllegalStateException(text + ": " + e.getMessage(), e);
            }
        }
        return new Result(pages);
    }

    static List<Path> goldenFiles() {
        try (Stream<Path> s = Files.walk(SCORED)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".golden.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageScore compare(String name, ParsedPage page, JsonNode golden) {
        List<String> misses = new ArrayList<>();
        // headlines: every golden title among the parser's article titles (or guide entries)
        Set<String> titles = new HashSet<>();
        Set<String> headlineParts = new HashSet<>();
        for (Article a : page.articles()) {
            add(titles, a.title());
            for (String s : new String[]{a.kicker(), a.title(), a.subtitle()}) {
                add(headlineParts, s);
            }
        }
        for (GuideEntry g : page.guide()) {
            add(titles, g.title());
        }
        Set<String> goldenParts = new HashSet<>();
        int hFound = 0;
        int hTotal = 0;
        for (JsonNode h : golden.path("headlines")) {
            for (String f : new String[]{"kicker", "title", "subtitle"}) {
                add(goldenParts, text(h.get(f)));
            }
            String title = text(h.get("title"));
            if (title == null) {
                continue;
            }
            hTotal++;
            if (titles.contains(norm(title))) {
                hFound++;
            } else {
                misses.add("headline: " + title);
            }
        }
        // chrome taken for a headline: a kicker, title or subtitle that is (part of) a boilerplate line
        List<String> navigation = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        golden.path("boilerplate").forEach(b -> chrome.add(norm(b.asText())));
        for (Article a : page.articles()) {
            for (String s : new String[]{a.kicker(), a.title(), a.subtitle()}) {
                String n = s == null ? null : norm(s);
                if (n != null && !n.isEmpty() && !goldenParts.contains(n)
                        && chrome.stream().anyMatch(c -> c.contains(n))) {
                    navigation.add(s);
                }
            }
        }
        // people
        Set<String> expectedPeople = names(golden.path("people"));
        Set<String> gotPeople = new LinkedHashSet<>();
        for (Article a : page.articles()) {
            for (Person p : a.people()) {
                gotPeople.add(norm(p.name()));
            }
        }
        int pFound = 0;
        for (String p : expectedPeople) {
            if (gotPeople.contains(p)) {
                pFound++;
            } else {
                misses.add("person missed: " + p);
            }
        }
        int pFalse = 0;
        for (String p : gotPeople) {
            if (!expectedPeople.contains(p)) {
                pFalse++;
                misses.add("person false: " + p);
            }
        }
        // bylines: each credited person in each role (an author named without a role is filed as a reporter)
        Set<String> expectedBylines = new LinkedHashSet<>();
        golden.path("bylines").forEach(b -> expectedBylines.add(credit(b.path("name").asText(),
                b.path("role").asText().equals("author") ? "reporter" : b.path("role").asText())));
        Set<String> gotBylines = new HashSet<>();
        for (Article a : page.articles()) {
            a.reporters().forEach(n -> gotBylines.add(credit(n, "reporter")));
            a.correspondents().forEach(n -> gotBylines.add(credit(n, "correspondent")));
            a.photographers().forEach(n -> gotBylines.add(credit(n, "photographer")));
            a.editors().forEach(n -> gotBylines.add(credit(n, "editor")));
        }
        int bFound = 0;
        for (String n : expectedBylines) {
            if (gotBylines.contains(n)) {
                bFound++;
            } else {
                misses.add("byline missed: " + n);
            }
        }
        // places
        Set<String> expectedPlaces = names(golden.path("places"));
        Set<String> gotPlaces = new HashSet<>();
        for (Article a : page.articles()) {
            for (Place p : a.places()) {
                gotPlaces.add(norm(p.name()));
            }
        }
        int plFound = 0;
        for (String p : expectedPlaces) {
            if (placeFound(p, gotPlaces)) {
                plFound++;
            } else {
                misses.add("place missed: " + p);
            }
        }
        String paper = text(golden.get("paper"));
        boolean paperRight = paper == null ? page.paper() == null : page.paper() != null && norm(paper).equals(norm(page.paper()));
        if (!paperRight) {
            misses.add("paper: expected " + paper + ", got " + page.paper());
        }
        String date = text(golden.get("date"));
        String gotDate = page.date() == null ? null : page.date().toString();
        boolean dateRight = date == null ? gotDate == null : date.equals(gotDate);
        if (!dateRight) {
            misses.add("date: expected " + date + ", got " + gotDate);
        }
        JsonNode label = golden.get("page");
        boolean labelRight;
        if (label == null || label.isNull()) {
            labelRight = page.page() == null;
        } else {
            labelRight = page.page() != null && norm(label.path("number").asText()).equalsIgnoreCase(norm(page.page().number()));
        }
        if (!labelRight) {
            misses.add("page label: expected " + label + ", got " + page.page());
        }
        navigation.forEach(n -> misses.add("navigation as headline: " + n));
        return new PageScore(name, new Tally(hFound, hTotal), new Tally(pFound, expectedPeople.size()),
                new Tally(pFalse, gotPeople.size()), new Tally(bFound, expectedBylines.size()),
                new Tally(plFound, expectedPlaces.size()), navigation, paperRight, dateRight, labelRight, misses);
    }

    private static boolean placeFound(String expected, Set<String> got) {
        if (got.contains(expected)) {
            return true;
        }
        for (String g : got) {
            if (g.length() > expected.length() && (g.endsWith(expected) || g.startsWith(expected))) {
                return true;
            }
        }
        return false;
    }

    private static String credit(String name, String role) {
        return norm(name) + " as " + role;
    }

    private static Set<String> names(JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(n -> out.add(norm(n.path("name").asText())));
        return out;
    }

    private static void add(Set<String> set, String s) {
        if (s != null && !s.isBlank()) {
            set.add(norm(s));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Whitespace dropped, width forms folded, traditional characters read as simplified. */
    static String norm(String s) {
        String n = NFKC.normalize(s).replaceAll("[\\s\\u3000]+", "");
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(n);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints the figures; with {@code -Dcorpus.misses=true} also every miss, page by page. */
    public static void main(String[] args) {
        Result r = score();
        if (Boolean.getBoolean("corpus.misses")) {
            for (PageScore p : r.pages()) {
                if (!p.misses().isEmpty()) {
                    System.out.println("== " + p.name());
                    p.misses().forEach(m -> System.out.println("   " + m));
                }
            }
        }
        System.out.println();
        System.out.print(r.report());
    }
}
