package org.baokan.bench;

import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportService;
import org.baokan.entities.Enrichment;
import org.baokan.export.PdfExporter;
import org.baokan.export.Selection;
import org.baokan.export.Selections;
import org.baokan.render.PaperDocument;
import org.baokan.render.PaperLayout;
import org.baokan.store.Archive;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

/**
 * PDF export: 50 articles with a warm JVM (target ≤ 5 s), and 1,000 articles through the real
 * {@code export-pdf} command in a JVM limited to a 1 GB heap. Uses the archive benchmark's
 * 10,000 pages when they are there, else the seeds repeated.
 */
public final class PdfBenchmark {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(ArchiveBenchmark.WORK.resolve("pdf"));
        Path db = ArchiveBenchmark.WORK.resolve("archive.db");
        if (!Files.exists(db)) {
            db = work.resolve("seeds.db");
            Files.deleteIfExists(db);
            try (Archive a = Archive.open(db)) {
                new ImportService(a, Enrichment.forArchive(a)).importSeeds(ImportListener.NONE);
            }
        }
        List<Long> ids = new ArrayList<>();
        try (Archive a = Archive.open(db, Archive.Mode.READ_ONLY)) {
            long[] counts = a.reader().counts();
            long articles = counts[1];
            for (long id = 1; id <= articles && ids.size() < 1000; id += Math.max(1, articles / 1000)) {
                ids.add(id);
            }
            Selection fifty = new Selections(a).articles("bench", ids.subList(0, Math.min(50, ids.size())));
            PaperDocument doc = new PaperDocument(fifty.name(), fifty.articles(), PaperLayout.A4, LocalDate.now());
            for (int i = 0; i < 3; i++) {
                PdfExporter.write(doc, TEXT, new ByteArrayOutputStream());
            }
            long[] ms = new long[5];
            int bytes = 0;
            for (int i = 0; i < ms.length; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long t = System.nanoTime();
                PdfExporter.write(doc, TEXT, out);
                ms[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
                bytes = out.size();
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%nPDF BENCHMARK (%s)%n  50 articles, warm JVM: median %d ms (runs %s; target <= 5000), %d KB%n",
                    db.getFileName(), ms[ms.length / 2], Arrays.toString(ms), bytes / 1024);
        }

        Path out = work.resolve("thousand.pdf");
        Files.deleteIfExists(out);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.baokan.Main", "export-pdf", "--db",
                db.toString(), "-o", out.toString(), "--article"));
        ids.forEach(id -> cmd.add(Long.toString(id)));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        int exit = p.waitFor();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
        System.out.printf(Locale.ROOT, "  %d articles with -Xmx1g (export-pdf, fresh JVM): exit %d, %.1f s, %d MB%n%s",
                ids.size(), exit, ms / 1000.0, Files.exists(out) ? Files.size(out) / (1024 * 1024) : -1,
                exit == 0 ? "" : log);
    }
}
