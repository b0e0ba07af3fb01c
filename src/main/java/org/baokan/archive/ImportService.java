package org.baokan.archive;

import org.baokan.ingest.BadInputException;
import org.baokan.ingest.FileNameDates;
import org.baokan.ingest.PageParser;
import org.baokan.model.EnrichedPage;
import org.baokan.model.ParsedPage;
import org.baokan.model.Warning;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Imports page files into an archive. Files are parsed on worker threads and written one by one
 * on the calling thread, each page in its own transaction; only a few pages are in flight at a
 * time, so memory stays bounded however large the batch. A file that fails is reported and the
 * batch goes on. Importing the same files again changes nothing.
 *
 * <p>A page that prints no date and that neither the archivist, its file's or folder's name nor its
 * text dates waits to the end of the batch: when every other dated page of the same folder in
 * this import has one and the same date (the pages of one issue), it is given that date and says
 * so; otherwise it is stored undated.
 */
public final class ImportService {
    private final Archive archive;
    private final PageParser parser = new PageParser();
    private final PageEnricher enrich;
    private final int threads;

    /**
     * @param archive the archive to write to
     * @param enrich  what is added to a parsed page before it is stored (people and places)
     */
    public ImportService(Archive archive, PageEnricher enrich) {
        this.archive = archive;
        this.enrich = enrich;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** One file's bytes and name, read lazily. */
    private interface Source {
        String name();

        Path path();

        byte[] bytes() throws BadInputException;
    }

    /** What parsing one file gave. */
    private record Parsed(Source source, EnrichedPage page, ImportReport.Failure failure) {
    }

    public ImportReport importFiles(List<Path> inputs, ImportOptions options, ImportListener listener,
                                    BooleanSupplier cancelled) throws ArchiveException {
        List<Source> sources = new ArrayList<>();
        PageFiles.Found found = PageFiles.find(inputs);
        for (Path p : found.files()) {
            sources.add(new Source() {
                @Override
                public String name() {
                    return p.toString();
                }

                @Override
                public Path path() {
                    return p;
                }

                @Override
                public byte[] bytes() throws BadInputException {
                    return PageFiles.read(p);
                }
            });
        }
        List<ImportReport.Failure> unreadable = new ArrayList<>();
        for (PageFiles.Unreadable u : found.unreadable()) {
            unreadable.add(new ImportReport.Failure(u.folder().toString(), u.problem().getMessage(), u.problem().problem(),
                    u.problem().detail()));
        }
        return run(sources, unreadable, options, listener, cancelled);
    }

    /** Imports the bundled seed pages. */
    public ImportReport importSeeds(ImportListener listener) throws ArchiveException {
        List<Source> sources = new ArrayList<>();
        for (SeedPages.Seed s : SeedPages.all()) {
            sources.add(new Source() {
                @Override
                public String name() {
                    return s.name();
                }

                @Override
                public Path path() {
                    return null;
                }

                @Override
                public byte[] bytes() {
                    return s.bytes();
                }
            });
        }
        return run(sources, List.of(), ImportOptions.NONE, listener, () -> false);
    }

    /** What a batch has done so far; one page at a time is added to it. */
    private final class Tally {
        final long start = System.nanoTime();
        final ArchiveWriter writer;
        final List<ImportReport.Conflict> conflicts = new ArrayList<>();
        final List<ImportReport.Failure> failed;
        final List<ImportReport.FileWarning> warnings = new ArrayList<>();
        final List<Long> pageIds = new ArrayList<>();
        int imported;
        int skipped;

        Tally(List<ImportReport.Failure> unreadable) throws ArchiveException {
            writer = archive.writer(new GuideMatcher());
            failed = new ArrayList<>(unreadable);
        }

        ImportReport report(boolean stopped) {
            return new ImportReport(imported, skipped, conflicts, failed, warnings, (System.nanoTime() - start) / 1_000_000,
                    stopped, pageIds);
        }

        /** Stores a parsed page (or reports its failure); {@code before} pages were handled before it. */
        void add(Parsed p, int before, int total) throws ArchiveException {
            if (p.failure() != null) {
                failed.add(p.failure());
                return;
            }
            ArchiveWriter.Result r;
            try {
                r = writer.store(p.page(), p.source().path());
            } catch (ArchiveException e) {
                // what was stored stays, whole; the user learns how far it got
                throw new ImportStoppedException(e, report(false), before, total);
            }
            if (r.outcome() == ArchiveWriter.Outcome.SKIPPED) {
                skipped++;
                return;
            }
            imported++;
            pageIds.add(r.pageId());
            enrich.stored(p.page());
            for (Warning w : p.page().page().warnings()) {
                warnings.add(new ImportReport.FileWarning(p.source().name(), w));
            }
            if (r.conflictPageId() != null) {
                conflicts.add(conflict(p, r.conflictPageId()));
            }
        }
    }

    /**
     * @param unreadable folders that could not be searched, reported first among the failures
     */
    private ImportReport run(List<Source> sources, List<ImportReport.Failure> unreadable, ImportOptions options,
                             ImportListener listener, BooleanSupplier cancelled) throws ArchiveException {
        Tally tally = new Tally(unreadable);
        listener.started(sources.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-parse");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Parsed>> inFlight = new ArrayDeque<>();
        // undated pages wait for their folder's other pages; the dates of each folder's dated pages
        List<Parsed> undated = new ArrayList<>();
        Map<Path, Set<LocalDate>> folderDates = new HashMap<>();
        int next = 0;
        int done = 0;
        boolean stopped = false;
        try {
            while (done < sources.size()) {
                while (!stopped && next < sources.size() && inFlight.size() < 2 * threads + 2) {
                    Source s = sources.get(next++);
                    inFlight.add(pool.submit(() -> parse(s, options)));
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                Parsed p = await(inFlight.removeFirst());
                done++;
                Path folder = p.source().path() == null ? null : p.source().path().toAbsolutePath().getParent();
                LocalDate date = p.failure() == null ? p.page().page().date() : null;
                if (p.failure() == null && folder != null && date == null) {
                    // stored at the end of the batch, dated by its folder's other pages if they agree
                    undated.add(p);
                } else {
                    if (date != null && folder != null) {
                        folderDates.computeIfAbsent(folder, k -> new LinkedHashSet<>()).add(date);
                    }
                    tally.add(p, done - 1, sources.size());
                }
                listener.progress(done, sources.size(), p.source().path());
                if (!stopped && cancelled.getAsBoolean()) {
                    stopped = true;
                    inFlight.forEach(f -> f.cancel(true));
                    inFlight.clear();
                    break;
                }
            }
            for (Parsed u : undated) {
                // after a cancel the pages already read are stored as they are: what was reported done is done
                tally.add(stopped ? u : withOtherPagesDate(u, folderDates, options),
                        tally.imported + tally.skipped + tally.failed.size(), sources.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return tally.report(stopped);
    }

    /** An undated page, parsed again with the date all the other dated pages of its folder share, if they share one. */
    private Parsed withOtherPagesDate(Parsed p, Map<Path, Set<LocalDate>> folderDates, ImportOptions options) {
        Set<LocalDate> dates = folderDates.get(p.source().path().toAbsolutePath().getParent());
        if (dates == null || dates.size() != 1) {
            return p;
        }
        return parse(p.source(), options, dates.iterator().next());
    }

    private Parsed parse(Source s, ImportOptions options) {
        return parse(s, options, null);
    }

    private Parsed parse(Source s, ImportOptions options, LocalDate otherPagesDate) {
        try {
            String name = s.path() == null ? s.name()
                    : s.path().getFileName() == null ? s.name() : s.path().getFileName().toString();
            PageParser.Dates dates = new PageParser.Dates(options.date(),
                    s.path() == null ? FileNameDates.ofName(name) : FileNameDates.of(s.path()), otherPagesDate);
            ParsedPage page = parser.parse(s.bytes(), name, dates).withArchivistPaper(options.paper());
            return new Parsed(s, enrich.apply(page), null);
        } catch (BadInputException e) {
            return new Parsed(s, null, new ImportReport.Failure(s.name(), e.getMessage(), e.problem(), e.detail()));
        } catch (RuntimeException e) {
            // a parser bug must not stop the batch; the file is reported and kept out
            return new Parsed(s, null, new ImportReport.Failure(s.name(), "could not be parsed (" + e + ")", null,
                    e.toString()));
        }
    }

    private static Parsed await(Future<Parsed> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private ImportReport.Conflict conflict(Parsed p, long existingPageId) throws ArchiveException {
        String existing = archive.reader().page(existingPageId).map(x -> x.fileName()).orElse("?");
        ParsedPage page = p.page().page();
        return new ImportReport.Conflict(p.source().name(), existing, page.paper(),
                page.date() == null ? null : page.date().toString(),
                page.page() == null ? (page.frontPage() ? "01" : null) : page.page().display());
    }
}
