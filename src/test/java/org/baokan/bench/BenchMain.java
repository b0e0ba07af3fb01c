package org.baokan.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;

/**
 * Runs the benchmarks of the {@code bench} profile and prints their figures in the units the
 * README reports. {@code mvn -Pbench -DskipTests verify}; pass {@code -Dbench=parse}, {@code archive},
 * {@code ui}, {@code pdf}, {@code corpus} or {@code shapes} (the repetitive pages, also part of {@code parse}) to run one ({@code ui} uses the archive benchmark's 10,000 pages when they
 * are there; {@code corpus} prints the parser's score on the annotated corpus).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "all";
        if (only.equals("all") || only.equals("parse")) {
            parse();
            ParseShapesBenchmark.main(new String[0]);
        }
        if (only.equals("shapes")) {
            ParseShapesBenchmark.main(new String[0]);
        }
        if (only.equals("all") || only.equals("archive")) {
            ArchiveBenchmark.main(new String[0]);
        }
        if (only.equals("all") || only.equals("ui")) {
            UiBenchmark.main(new String[0]);
        }
        if (only.equals("all") || only.equals("pdf")) {
            PdfBenchmark.main(new String[0]);
        }
        if (only.equals("all") || only.equals("corpus")) {
            org.baokan.corpus.CorpusScore.main(new String[0]);
        }
    }

    private static void parse() throws Exception {
        Options opts = new OptionsBuilder().include(ParseBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opts).run();
        long bytes = ParseBenchmark.seedSize();
        for (RunResult r : results) {
            double opsPerSecond = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            double mbPerSecond = opsPerSecond * bytes / 1_000_000.0;
            System.out.printf(Locale.ROOT, "%nPARSE THROUGHPUT: %.1f MB/s (± %.1f) on one thread, %d bytes of seed pages per op%n",
                    mbPerSecond, error * bytes / 1_000_000.0, bytes);
        }
    }
}
