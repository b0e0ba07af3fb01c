package org.baokan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The desktop reader started as a user starts it ({@code java -jar target/baokan.jar}, a real window
 * under Xvfb when {@code xvfb-run} is there), with {@code --self-check}: cold start to the first
 * painted front page with the seeds (five runs, median; with and without a class-data-sharing
 * archive), and with the 10,000-page archive of {@link ArchiveBenchmark} open, switching through
 * 50 articles (at a reader's pace, and back to back) and the resident memory.
 */
public final class UiBenchmark {
    private static final Pattern PAINTED = Pattern.compile("first front page painted (\\d+) ms");
    private static final Pattern PACED = Pattern.compile("switching articles at a reader's pace \\(([^)]*)\\): "
            + "median ([\\d.]+) ms, p95 ([\\d.]+) ms, max ([\\d.]+) ms");
    private static final Pattern RAPID = Pattern.compile("switching articles back to back: median ([\\d.]+) ms, "
            + "p95 ([\\d.]+) ms, max ([\\d.]+) ms");
    private static final Pattern RSS_OPEN = Pattern.compile("resident memory with the archive open: (\\d+) MB");
    private static final Pattern RSS_AFTER = Pattern.compile("resident memory after switching[^:]*: (\\d+) MB");
    private static final int RUNS = 5;

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target", "baokan.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -Pbench -DskipTests verify packages it");
        }
        Path work = Files.createDirectories(ArchiveBenchmark.WORK.resolve("ui"));
        Path data = work.resolve("data");
        deleteTree(data);
        List<String> display = display();
        System.out.println("UI BENCHMARK (" + (display.isEmpty() ? "headless Monocle" : "a real window under Xvfb") + ")");

        List<String> first = run(display, List.of(), data, List.of());
        System.out.println("  first start ever (the archive made from the seeds): " + painted(first) + " ms");
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            cold.add(painted(run(display, List.of(), data, List.of())));
        }
        cold.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "  cold start to the first painted front page, seeds: median %d ms (runs %s; target <= 2500)%n",
                cold.get(RUNS / 2), cold);

        Path jsa = work.resolve("baokan.jsa");
        Files.deleteIfExists(jsa);
        run(display, List.of("-XX:ArchiveClassesAtExit=" + jsa), data, List.of());
        List<Long> cds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            cds.add(painted(run(display, List.of("-XX:SharedArchiveFile=" + jsa), data, List.of())));
        }
        cds.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "  the same with a class-data-sharing archive (as an installer could ship it): median %d ms (runs %s)%n",
                cds.get(RUNS / 2), cds);

        Path big = ArchiveBenchmark.WORK.resolve("archive.db");
        if (!Files.exists(big)) {
            System.out.println("  (no 10,000-page archive: run -Dbench=archive first for switching and memory)");
            return;
        }
        List<String> out = run(display, List.of(), data, List.of("--db=" + big.toAbsolutePath(), "--bench-articles=50"));
        Matcher paced = find(PACED, out);
        Matcher rapid = find(RAPID, out);
        System.out.printf(Locale.ROOT, "  10,000-page archive: first front page painted %d ms after start%n", painted(out));
        System.out.printf(Locale.ROOT, "  switching articles at a reader's pace (%s): median %s ms, p95 %s ms, max %s ms "
                + "over 50 articles (target <= 100)%n", paced.group(1), paced.group(2), paced.group(3), paced.group(4));
        System.out.printf(Locale.ROOT, "  switching articles back to back: median %s ms, p95 %s ms, max %s ms over 50 articles%n",
                rapid.group(1), rapid.group(2), rapid.group(3));
        System.out.printf(Locale.ROOT, "  resident memory with it open: %s MB (target <= 500); after switching through "
                + "150 articles: %s MB%n", find(RSS_OPEN, out).group(1), find(RSS_AFTER, out).group(1));
    }

    private static long painted(List<String> out) {
        return Long.parseLong(find(PAINTED, out).group(1));
    }

    private static Matcher find(Pattern p, List<String> out) {
        for (String line : out) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new IllegalStateException("the self-check did not report " + p + ": " + out);
    }

    /** {@code xvfb-run} when there is one; otherwise the headless platform. */
    private static List<String> display() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24");
            }
        }
        return List.of();
    }

    private static List<String> run(List<String> display, List<String> jvm, Path data, List<String> args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(display);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dbaokan.data.dir=" + data.toAbsolutePath());
        if (display.isEmpty()) {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32",
                    "org.baokan.Main"));
        } else {
            cmd.addAll(List.of("-jar", Path.of("target", "baokan.jar").toString()));
        }
        cmd.add("--self-check");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the self-check failed: " + out);
        }
        return List.of(out.split("\n"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
