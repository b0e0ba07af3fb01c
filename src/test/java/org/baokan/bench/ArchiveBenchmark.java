package org.baokan.bench;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportReport;
import org.baokan.archive.ImportService;
import org.baokan.archive.PageEnricher;
import org.baokan.entities.Enrichment;
import org.baokan.entities.TimelineService;
import org.baokan.search.SearchService;
import org.baokan.store.Archive;
import org.baokan.store.SearchIndex;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The archive at scale: a synthetic archive of 10,000 pages built from the seeds. Measures the
 * import against the floor of the {@code sqlite3} shell loading the same raw files into an FTS5
 * trigram table, the database size against the raw text, peak heap during import, and search
 * latency (p50/p95, top 20 with snippets) for 1-, 2- and 4-character and two-word queries. The
 * import runs twice, without and with the extraction of people and places, to measure what
 * extraction adds; timelines are then timed on the archive with people and places.
 */
public final class ArchiveBenchmark {
    static final int PAGES = Integer.getInteger("bench.pages", 10_000);
    static final Path WORK = Path.of("target", "bench");
    static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("1 character", List.of("城", "区", "会", "党", "新"));
        QUERIES.put("2 characters", List.of("创城", "项目", "会议", "高新", "街道"));
        QUERIES.put("4 characters", List.of("重点项目", "经济运行", "文明城市", "安全生产", "疫情防控"));
        QUERIES.put("two words", List.of("刘章箭 创城", "项目 建设", "安全 生产", "展鑫 项目", "高新区 会议"));
    }

    /**
     * The longest queries search takes (QueryParser.MAX_TERMS, MAX_CHARACTERS): no target, but
     * their cost must stay bounded (a 10,000-character query took 114 s before it was bounded).
     */
    static final Map<String, List<String>> LIMIT_QUERIES = new LinkedHashMap<>();

    static {
        LIMIT_QUERIES.put("12 characters", List.of("城 区 会 党 新 发 展 建 设 工 作 全"));
        LIMIT_QUERIES.put("12 words", List.of("创城 项目 会议 高新 街道 建设 工作 发展 安全 推进 重点 全区"));
        // 200 characters of a seed's text, quoted: one phrase of 199 bigrams
        LIMIT_QUERIES.put("200 characters", List.of("\"" + ("济宁高新区召开重点工作部署会议强调要坚定信心攻坚克难全力以赴推进"
                + "重点项目建设").repeat(7).substring(0, 198) + "\""));
    }

    private ArchiveBenchmark() {
    }

    /** What one run measured. */
    record Figures(double baselineSeconds, double importSeconds, int imported, long rawBytes, long dbBytes,
                   long peakHeapBytes, Map<String, double[]> latencies, double extractionSeconds) {
    }

    static final List<String> PEOPLE = List.of("刘章箭", "鹿洪超", "展鑫", "曹广州", "常红军");
    static final List<String> DISTRICTS = List.of("济宁高新区", "太白湖新区", "洸河街道");

    public static void main(String[] args) throws Exception {
        Path pages = WORK.resolve("pages");
        System.out.printf("Generating %d synthetic pages in %s …%n", PAGES, pages);
        long raw = SyntheticPages.generate(pages, PAGES);
        double baseline = sqliteShellBaseline(pages);
        Figures plain = run(pages, raw, baseline, a -> PageEnricher.NONE, "archive-plain.db", false);
        Figures full = run(pages, raw, baseline, Enrichment.FACTORY, "archive.db", true);
        print(full);
        System.out.printf(Locale.ROOT, "  import without people and places: %.1f s; with them %.1f s: %+.0f %% (target <= 20 %%)%n",
                plain.importSeconds(), full.importSeconds(), 100 * (full.importSeconds() / plain.importSeconds() - 1));
        System.out.printf(Locale.ROOT, "  time spent extracting people and places (on the parse thread): %.1f s = %.0f %% of the import%n",
                full.extractionSeconds(), 100 * full.extractionSeconds() / full.importSeconds());
        for (Map.Entry<String, double[]> e : timelineLatencies(WORK.resolve("archive.db")).entrySet()) {
            double[] l = e.getValue();
            System.out.printf(Locale.ROOT, "  timeline, %-14s %6.0f events  p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms (target <= 50)%n",
                    e.getKey() + ":", l[3], l[0], l[1], l[2]);
        }
    }

    /** p50, p95, max and the number of events of 20 timed runs of each timeline, after a warm-up. */
    static Map<String, double[]> timelineLatencies(Path db) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (Archive a = Archive.open(db)) {
            TimelineService t = new TimelineService(a);
            for (int warm = 0; warm < 5; warm++) {
                for (String p : PEOPLE) {
                    t.person(p);
                }
                for (String d : DISTRICTS) {
                    t.district(d);
                }
            }
            for (String name : concat(PEOPLE, DISTRICTS)) {
                boolean person = PEOPLE.contains(name);
                List<Double> ms = new ArrayList<>();
                int events = 0;
                for (int rep = 0; rep < 20; rep++) {
                    long start = System.nanoTime();
                    if (person) {
                        var tl = t.person(name);
                        events = tl.events().size() + tl.undated().size();
                    } else {
                        var tl = t.district(name);
                        events = tl.events().size() + tl.undated().size();
                    }
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                double[] p = percentiles(ms);
                out.put(name, new double[]{p[0], p[1], p[2], events});
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static Figures run(Path pages, long raw, double baseline, PageEnricher.Factory enrich, String dbName,
                       boolean searches) throws Exception {
        Path db = WORK.resolve(dbName);
        deleteDb(db);
        System.out.println("Importing …");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        System.gc();
        sampler.start();
        long start = System.nanoTime();
        ImportReport report;
        AtomicLong enrichNanos = new AtomicLong();
        try (Archive a = Archive.open(db)) {
            enrich.prepare(a, note -> { });
            PageEnricher e = enrich.create(a);
            PageEnricher timed = new PageEnricher() {
                @Override
                public org.baokan.model.EnrichedPage apply(org.baokan.model.ParsedPage page) {
                    long t = System.nanoTime();
                    try {
                        return e.apply(page);
                    } finally {
                        enrichNanos.addAndGet(System.nanoTime() - t);
                    }
                }

                @Override
                public void stored(org.baokan.model.EnrichedPage page) {
                    e.stored(page);
                }
            };
            report = new ImportService(a, timed).importFiles(List.of(pages), ImportOptions.NONE,
                    ImportListener.NONE, () -> false);
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        if (!report.failed().isEmpty()) {
            throw new IllegalStateException("import failed: " + report.failed().get(0));
        }
        long dbBytes = Files.size(db);
        Map<String, double[]> latencies = searches ? searchLatencies(db) : Map.of();
        return new Figures(baseline, importSeconds, report.imported(), raw, dbBytes, peak.get(), latencies,
                enrichNanos.get() / 1e9);
    }

    static void print(Figures f) {
        System.out.println();
        System.out.println("ARCHIVE BENCHMARK (" + PAGES + " synthetic pages, " + mb(f.rawBytes()) + " MB of raw text)");
        if (f.baselineSeconds() > 0) {
            System.out.printf(Locale.ROOT, "  sqlite3 shell, raw files into FTS5 trigram: %.1f s%n", f.baselineSeconds());
        } else {
            System.out.println("  sqlite3 shell not found: no baseline");
        }
        System.out.printf(Locale.ROOT, "  import: %.1f s for %d pages (%.0f pages/s)%s%n", f.importSeconds(), f.imported(),
                f.imported() / f.importSeconds(), f.baselineSeconds() > 0
                        ? String.format(Locale.ROOT, " = %.1f x the sqlite3 floor (target <= 4)", f.importSeconds() / f.baselineSeconds())
                        : "");
        System.out.printf(Locale.ROOT, "  peak heap during import: %d MB%n", f.peakHeapBytes() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "  database: %s MB = %.2f x the raw text (target <= 3)%n", mb(f.dbBytes()),
                (double) f.dbBytes() / f.rawBytes());
        for (Map.Entry<String, double[]> e : f.latencies().entrySet()) {
            double[] l = e.getValue();
            System.out.printf(Locale.ROOT, "  search, %-12s p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms (%s)%n",
                    e.getKey() + ":", l[0], l[1], l[2], e.getKey().startsWith("limit") ? "the longest query taken; no target"
                            : "target p95 <= 50");
        }
    }

    /** p50, p95 and max of 20 timed runs of each query (top 20 with snippets), after a warm-up. */
    static Map<String, double[]> searchLatencies(Path db) throws Exception {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (Archive a = Archive.open(db)) {
            SearchService s = new SearchService(a);
            for (int warm = 0; warm < 5; warm++) {
                for (List<String> qs : QUERIES.values()) {
                    for (String q : qs) {
                        s.search(q, SearchIndex.Filter.NONE, 20);
                    }
                }
            }
            Map<String, List<String>> all = new LinkedHashMap<>(QUERIES);
            LIMIT_QUERIES.forEach((k, v) -> all.put("limit, " + k, v));
            for (Map.Entry<String, List<String>> e : all.entrySet()) {
                List<Double> ms = new ArrayList<>();
                for (int rep = 0; rep < 20; rep++) {
                    for (String q : e.getValue()) {
                        long t = System.nanoTime();
                        s.search(q, SearchIndex.Filter.NONE, 20);
                        ms.add((System.nanoTime() - t) / 1e6);
                    }
                }
                out.put(e.getKey(), percentiles(ms));
            }
        }
        return out;
    }

    static double[] percentiles(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new double[]{a[(int) (a.length * 0.50)], a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.95) - 1)],
            a[a.length - 1]};
    }

    /** The floor: the sqlite3 shell loading the raw files into an FTS5 trigram table; -1 without the shell. */
    static double sqliteShellBaseline(Path pages) throws IOException, InterruptedException {
        Path db = WORK.resolve("baseline.db");
        deleteDb(db);
        String script = "CREATE VIRTUAL TABLE t USING fts5(name, body, tokenize='trigram');\n"
                + "INSERT INTO t SELECT name, readfile(name) FROM fsdir('" + pages + "') WHERE name LIKE '%.txt';\n";
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return -1;
        }
        p.getOutputStream().write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            System.out.println("sqlite3 baseline failed: " + output);
            return -1;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void deleteDb(Path db) throws IOException {
        for (String suffix : new String[]{"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
