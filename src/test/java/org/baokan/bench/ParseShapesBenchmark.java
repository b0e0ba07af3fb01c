package org.baokan.bench;

import org.baokan.entities.EntityExtractor;
import org.baokan.format.PageJson;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parser on the repetitive pages that once made its time and memory explode (issue 15.6):
 * a 今日导读 box of 100,000 entries, 200,000 byline lines, a 50 MB line, 200,000 lines of a narrow
 * column, and 64 MB of pages, as one line and as the seeds repeated. Each is parsed as {@code parse}
 * does it (people and places included, then written as JSON) in a fresh JVM of 512 MB heap; the
 * figures are its throughput and peak heap. Target: at least 1 MB/s, within the heap.
 */
public final class ParseShapesBenchmark {
    private static final int HEAP_MB = 512;

    private ParseShapesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench-shapes");
        Files.createDirectories(dir);
        List<Path> shapes = new ArrayList<>();
        shapes.add(write(dir.resolve("guide-100k.txt"), w -> {
            w.write("# 今日导读\n\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("某区第" + i + "批学校复学工作部署会议召开 >> " + String.format(Locale.ROOT, "%02d", i % 16 + 1) + "\n");
            }
        }));
        shapes.add(write(dir.resolve("bylines-200k.txt"), w -> {
            for (int i = 0; i < 200_000; i++) {
                w.write("（记者 张三 通讯员 李四）\n");
            }
        }));
        shapes.add(write(dir.resolve("column-200k.txt"), w -> {
            for (int i = 0; i < 200_000; i++) {
                w.write("济宁高新区召开会议部署工作区委\n");
            }
        }));
        String sentence = "本报讯(记者 张三)3日,济宁高新区召开会议,部署工作,区委书记李明出席会议并讲话,要求各街道抓好落实。";
        shapes.add(write(dir.resolve("one-line-50mb.txt"), w -> repeat(w, sentence, 50_000_000, false)));
        shapes.add(write(dir.resolve("one-line-64mb.txt"), w -> repeat(w, sentence, 63_000_000, false)));
        String seed = Files.readString(Path.of("seeds", "000_eded2beb79151fe8.txt"), StandardCharsets.UTF_8);
        shapes.add(write(dir.resolve("seeds-64mb.txt"), w -> repeat(w, seed, 63_000_000, true)));

        System.out.printf("%nPARSE SHAPES (fresh JVM, -Xmx%dm, parse + people and places + JSON)%n", HEAP_MB);
        for (Path shape : shapes) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"), Child.class.getName(), shape.toString())
                    .redirectErrorStream(true).start();
            String out;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                out = String.join(" ", r.lines().toList());
            }
            int exit = p.waitFor();
            double mb = Files.size(shape) / 1_000_000.0;
            if (exit != 0) {
                System.out.printf(Locale.ROOT, "  %-20s %6.1f MB  FAILED (exit %d): %s%n", shape.getFileName(), mb, exit,
                        out.length() > 200 ? out.substring(0, 200) : out);
                continue;
            }
            String[] f = out.trim().split("\\s+");
            double seconds = Long.parseLong(f[f.length - 2]) / 1000.0;
            long peak = Long.parseLong(f[f.length - 1]);
            System.out.printf(Locale.ROOT, "  %-20s %6.1f MB  %6.2f s  %6.1f MB/s  peak heap %d MB%n", shape.getFileName(), mb,
                    seconds, mb / seconds, peak);
        }
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path write(Path file, Body body) throws IOException {
        if (!Files.exists(file)) {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
            }
        }
        return file;
    }

    private static void repeat(Writer w, String text, long bytes, boolean lines) throws IOException {
        long size = text.getBytes(StandardCharsets.UTF_8).length + (lines ? 1 : 0);
        for (long n = 0; n + size <= bytes; n += size) {
            w.write(text);
            if (lines) {
                w.write('\n');
            }
        }
    }

    /** One shape in this JVM: prints the milliseconds it took and the peak heap in MB. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            byte[] bytes = Files.readAllBytes(Path.of(args[0]));
            // the heap in use, sampled: the sum of the pools' own peaks would count each at its own moment
            long[] peakBytes = {0};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakBytes[0] = Math.max(peakBytes[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            ParsedPage page = new PageParser().parse(bytes, Path.of(args[0]).getFileName().toString());
            String json = PageJson.write(EntityExtractor.standalone().enrich(page).page());
            long ms = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            System.out.println(json.length() + " " + ms + " " + peakBytes[0] / (1024 * 1024));
        }
    }
}
