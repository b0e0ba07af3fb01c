package org.baokan.cli;

import org.baokan.archive.ArchiveOpener;
import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportReport;
import org.baokan.archive.ImportService;
import org.baokan.archive.ImportStoppedException;
import org.baokan.entities.Enrichment;
import org.baokan.format.PageJson;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import [--db PATH] [--json] PATH...}: adds page files and folders to the archive. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import page files, and folders of them (*.txt, recursively), into the archive.",
            "Each page is imported whole or not at all; files already in the archive are skipped."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--paper", paramLabel = "NAME", description = "The paper of pages that do not print its name.")
    String paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The issue date of pages that print none.")
    LocalDate date;

    @Option(names = "--seeds", description = "Also import the sample pages that come with the program.")
    boolean seeds;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Page files or folders.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws ArchiveException {
        if (paths.isEmpty() && !seeds) {
            Console.error(spec, "name at least one file or folder to import (or --seeds)");
            return ExitCodes.BAD_INPUT;
        }
        try (Archive a = archive.open(spec, ArchiveOpener.Use.IMPORT)) {
            ImportService service = new ImportService(a, Enrichment.forArchive(a));
            Progress progress = new Progress(spec.commandLine().getErr());
            ImportReport report;
            try {
                report = paths.isEmpty() ? service.importSeeds(progress)
                        : service.importFiles(paths, new ImportOptions(paper, date), progress, () -> false);
                if (seeds && !paths.isEmpty()) {
                    ImportReport more = service.importSeeds(ImportListener.NONE);
                    report = combine(report, more);
                }
            } catch (ImportStoppedException stopped) {
                // the archive could not be written any more: what is in stays in; say how far it got
                progress.finish();
                print(stopped.done(), a.path());
                Console.error(spec, stopped.getMessage() + " The import stopped after " + stopped.handled() + " of "
                        + stopped.files() + " files (" + stopped.done().imported() + " imported, "
                        + stopped.done().skipped() + " already in the archive); what it imported stays, and the same"
                        + " import run again adds the rest.");
                return ExitCodes.BAD_INPUT;
            }
            progress.finish();
            print(report, a.path());
            return report.failed().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private void print(ImportReport report, Path db) {
        if (json) {
            try {
                Console.print(spec, PageJson.mapper().writeValueAsString(report));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            printSummary(report, db);
        }
    }

    private static ImportReport combine(ImportReport a, ImportReport b) {
        List<ImportReport.Conflict> conflicts = new java.util.ArrayList<>(a.conflicts());
        conflicts.addAll(b.conflicts());
        List<ImportReport.Failure> failed = new java.util.ArrayList<>(a.failed());
        failed.addAll(b.failed());
        List<ImportReport.FileWarning> warnings = new java.util.ArrayList<>(a.warnings());
        warnings.addAll(b.warnings());
        List<Long> pageIds = new java.util.ArrayList<>(a.pageIds());
        pageIds.addAll(b.pageIds());
        return new ImportReport(a.imported() + b.imported(), a.skipped() + b.skipped(), conflicts, failed, warnings,
                a.elapsedMs() + b.elapsedMs(), a.cancelled() || b.cancelled(), pageIds);
    }

    private void printSummary(ImportReport r, Path db) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Imported %d, skipped %d (already in the archive), conflicts %d, failed %d, warnings %d"
                        + " — %.1f s, archive %s%n", r.imported(), r.skipped(), r.conflicts().size(), r.failed().size(),
                r.warnings().size(), r.elapsedMs() / 1000.0, db));
        for (ImportReport.Failure f : r.failed()) {
            b.append("  failed: ").append(f.file()).append(": ").append(f.reason()).append('\n');
        }
        for (ImportReport.Conflict c : r.conflicts()) {
            b.append("  conflict: ").append(c.file()).append(" and ").append(c.existingFile()).append(" both claim ")
                    .append(c.paper() == null ? "(paper not printed)" : c.paper()).append(' ')
                    .append(c.date() == null ? "" : c.date()).append(" page ").append(c.page())
                    .append("; both are kept\n");
        }
        int shown = 0;
        for (ImportReport.FileWarning w : r.warnings()) {
            if (shown++ == 20) {
                b.append("  … and ").append(r.warnings().size() - 20).append(" more warnings (use --json for all)\n");
                break;
            }
            b.append("  warning: ").append(w.file()).append(": ").append(w.warning()).append('\n');
        }
        Console.print(spec, b.toString().stripTrailing());
    }
}
