package org.baokan.bench;

import org.baokan.ingest.BadInputException;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Parse throughput over the five seed pages on one thread: one operation parses all of them.
 * {@link BenchMain} turns the score into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class ParseBenchmark {
    private final PageParser parser = new PageParser();
    private List<byte[]> pages;

    @Setup
    public void load() throws IOException {
        pages = seedBytes();
    }

    @Benchmark
    public void parseSeeds(Blackhole bh) throws BadInputException {
        for (byte[] page : pages) {
            ParsedPage p = parser.parse(page, "seed.txt");
            bh.consume(p);
        }
    }

    static List<byte[]> seedBytes() throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    static long seedSize() throws IOException {
        long n = 0;
        for (byte[] b : seedBytes()) {
            n += b.length;
        }
        return n;
    }
}
