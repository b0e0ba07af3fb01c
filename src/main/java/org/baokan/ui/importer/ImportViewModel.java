package org.baokan.ui.importer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.baokan.archive.ImportListener;
import org.baokan.archive.ImportOptions;
import org.baokan.archive.ImportReport;
import org.baokan.archive.ImportService;
import org.baokan.entities.Enrichment;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.store.ArchiveException;
import org.baokan.store.ArchiveReader;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Screen;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Import from the desktop: files and folders, with progress and cancel; at the end the report
 * (imported, skipped, conflicts, failures with their reasons, warnings), and the archive's views
 * reload.
 */
public final class ImportViewModel {
    private final Context context;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Imported> imported = new ReadOnlyObjectWrapper<>(this, "imported");
    private final AtomicBoolean cancel = new AtomicBoolean();

    /**
     * What the summary offers to open: of the pages an import added, the one of the newest issue
     * (the last added when none is dated).
     */
    public record Imported(IssueInfo issue, PageInfo page) {
    }

    /** A finished import: its report and the page to offer (null when it added none). */
    private record Done(ImportReport report, Imported target) {
    }

    public ImportViewModel(Context context) {
        this.context = context;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1; negative while the files are being counted. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The page the last import offers to open, or null when it added none; set with the report. */
    public ReadOnlyObjectProperty<Imported> imported() {
        return imported.getReadOnlyProperty();
    }

    /** Shows the page the import offers: its issue, on the page screen. */
    public void openImported() {
        Imported i = imported.get();
        if (i == null) {
            return;
        }
        context.state().screen().set(Screen.PAGE);
        context.state().issue().set(i.issue());
        context.state().page().set(i.page());
    }

    /** The report of the import that finished last. */
    public ReadOnlyObjectProperty<ImportReport> report() {
        return report.getReadOnlyProperty();
    }

    /** Imports files and folders (*.txt, recursively) in the background; false when one is already running. */
    public boolean start(List<Path> paths) {
        if (running.get() || paths.isEmpty() || context.session().get() == null) {
            return false;
        }
        cancel.set(false);
        running.set(true);
        progress.set(-1);
        report.set(null);
        imported.set(null);
        message.set(context.messages().get("import.counting"));
        var session = context.session().get();
        context.tasks().run(() -> {
            ImportService service = new ImportService(session.archive(), Enrichment.forArchive(session.archive()));
            ImportReport r = service.importFiles(paths, ImportOptions.NONE, new ImportListener() {
                private long last;

                @Override
                public void progress(int done, int total, Path file) {
                    long now = System.nanoTime();
                    if (now - last < 100_000_000L && done < total) {
                        return; // ten updates a second are enough for a progress bar
                    }
                    last = now;
                    context.tasks().onUi(() -> {
                        progress.set(total == 0 ? 1 : (double) done / total);
                        message.set(context.messages().format("import.progress", done, total));
                    });
                }
            }, cancel::get);
            return new Done(r, target(session.reader(), r.pageIds()));
        }, done -> {
            ImportReport r = done.report();
            running.set(false);
            progress.set(1);
            session.changed();
            imported.set(done.target());
            report.set(r);
            message.set(context.messages().format("import.done", r.imported(), r.skipped(), r.failed().size()));
            context.state().archiveVersion().set(context.state().archiveVersion().get() + 1);
        }, e -> {
            running.set(false);
            progress.set(0);
            message.set("");
            context.failed(e);
        });
        return true;
    }

    /**
     * The page to offer: of the issues the import added pages to, the newest dated one (an
     * undated one only when none is dated; of equals, the last added); in it, the front page when
     * it was imported, else the lowest-numbered page imported. Null when nothing was added, or
     * when the pages cannot be read back: the import itself succeeded, and its summary says so.
     */
    private static Imported target(ArchiveReader reader, List<Long> pageIds) {
        try {
            Map<Long, IssueInfo> issues = new HashMap<>();
            IssueInfo best = null;
            for (long id : pageIds) {
                Optional<PageInfo> page = reader.page(id);
                if (page.isEmpty()) {
                    continue;
                }
                IssueInfo issue = issues.get(page.get().issueId());
                if (issue == null) {
                    Optional<IssueInfo> read = reader.issue(page.get().issueId());
                    if (read.isEmpty()) {
                        continue;
                    }
                    issue = read.get();
                    issues.put(issue.id(), issue);
                }
                LocalDate date = issue.date();
                LocalDate bestDate = best == null ? null : best.date();
                if (best == null || date != null && (bestDate == null || !date.isBefore(bestDate))
                        || date == null && bestDate == null) {
                    best = issue;
                }
            }
            if (best == null) {
                return null;
            }
            Set<Long> added = new HashSet<>(pageIds);
            IssueInfo chosen = best;
            // the issue's own records of its pages, in the archive's page order (the page strip's):
            // the front page first, else the first page imported
            return chosen.pages().stream().filter(p -> added.contains(p.id()))
                    .min(Comparator.comparing((PageInfo p) -> !p.frontPage()))
                    .map(p -> new Imported(chosen, p)).orElse(null);
        } catch (ArchiveException e) {
            return null;
        }
    }

    /** Stops after the page being written; what was imported stays. */
    public void cancel() {
        cancel.set(true);
        message.set(context.messages().get("import.cancelling"));
    }
}
