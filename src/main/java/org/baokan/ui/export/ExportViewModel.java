package org.baokan.ui.export;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baokan.export.ExportException;
import org.baokan.export.JsonExporter;
import org.baokan.export.PdfExporter;
import org.baokan.export.PdfPrinter;
import org.baokan.export.PrintRequest;
import org.baokan.export.Selection;
import org.baokan.export.Selections;
import org.baokan.render.PaperDocument;
import org.baokan.render.PaperLayout;
import org.baokan.store.ArchiveLocation;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.Session;
import org.baokan.ui.common.TimelineSubject;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Print and export: what can be exported now (the article, the chosen articles, the page, the
 * issue, the timeline, the search's results), and the work itself, always in the background.
 */
public final class ExportViewModel {
    /** What an export covers. */
    public enum Scope {
        ARTICLE, CHOSEN, PAGE, ISSUE, TIMELINE, SEARCH
    }

    /** A scope that can be chosen now, with its label for the dialog. */
    public record Option(Scope scope, String label) {
    }

    /** The file formats. */
    public enum Format {
        PDF("pdf"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Context context;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ExportViewModel(Context context) {
        this.context = context;
    }

    /** True while an export or a print job is being prepared. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The scopes that make sense now, the most specific first; the first is the default. */
    public List<Option> options() {
        AppState s = context.state();
        List<Option> out = new ArrayList<>();
        var m = context.messages();
        if (s.chosen().size() > 1) {
            out.add(new Option(Scope.CHOSEN, m.format("export.scope.chosen", s.chosen().size())));
        }
        if (s.article().get() != null) {
            out.add(new Option(Scope.ARTICLE, m.get("export.scope.article")));
        }
        if (s.screen().get() == Screen.SEARCH && s.searched().get() != null && !s.searched().get().isBlank()) {
            out.add(new Option(Scope.SEARCH, m.format("export.scope.search", s.searched().get())));
        }
        TimelineSubject t = s.timeline().get();
        if (s.screen().get() == Screen.TIMELINE && t != null) {
            out.add(new Option(Scope.TIMELINE, m.format("export.scope.timeline", t.name())));
        }
        if (s.page().get() != null) {
            out.add(new Option(Scope.PAGE, m.format("export.scope.page", s.page().get().displayName())));
        }
        if (s.issue().get() != null) {
            out.add(new Option(Scope.ISSUE, m.get("export.scope.issue")));
        }
        return out;
    }

    /** The selection a scope stands for now; runs on the calling thread (it reads the archive). */
    Selection resolve(Scope scope, Session session, Snapshot now) throws ExportException,
            org.baokan.store.ArchiveException {
        Selections s = new Selections(session.archive());
        return switch (scope) {
            case ARTICLE -> s.articles(null, List.of(now.article()));
            case CHOSEN -> s.articles(null, now.chosen());
            case PAGE -> s.page(now.pageId());
            case ISSUE -> s.issue(now.issueId());
            case SEARCH -> s.query(now.searched());
            case TIMELINE -> now.timeline().person() ? s.person(now.timeline().name()) : s.district(now.timeline().name());
        };
    }

    /** The selection's state, read on the FX thread before the work goes to the background. */
    record Snapshot(Long article, List<Long> chosen, long pageId, long issueId, String searched, TimelineSubject timeline) {
    }

    private Snapshot snapshot() {
        AppState s = context.state();
        return new Snapshot(s.article().get(), List.copyOf(s.chosen()), s.page().get() == null ? -1 : s.page().get().id(),
                s.issue().get() == null ? -1 : s.issue().get().id(), s.searched().get(), s.timeline().get());
    }

    /**
     * The selection a scope stands for now, resolved in the background (its name suggests the
     * file's); an empty selection is said in the status bar instead.
     */
    public void select(Scope scope, Consumer<Selection> done) {
        Snapshot now = snapshot();
        context.tasks().run(() -> resolve(scope, session(), now), done, context::failed);
    }

    /** Exports what the scope stands for now; see {@link #export(Selection, Format, Path, Consumer)}. */
    public void export(Scope scope, Format format, Path target, Consumer<Path> done) {
        export(scope, null, format, target, done);
    }

    /**
     * Exports a selection to a file the user chose (and agreed to replace, if it existed). Nothing
     * is left behind on failure; the status bar says what happened.
     */
    public void export(Selection selection, Format format, Path target, Consumer<Path> done) {
        export(null, selection, format, target, done);
    }

    private void export(Scope scope, Selection selection, Format format, Path target, Consumer<Path> done) {
        Snapshot now = snapshot();
        busy.set(true);
        context.state().status().set(context.messages().get("export.working"));
        context.tasks().run(() -> {
            Session session = session();
            Selection sel = selection != null ? selection : resolve(scope, session, now);
            List<Path> protect = ArchiveLocation.files(session.path());
            if (format == Format.PDF) {
                PdfExporter.export(document(sel, PaperLayout.A4), context.messages().bundle(), target, true, protect);
            } else {
                JsonExporter.export(sel, session.reader(), target, true, protect);
            }
            return sel.articles().size();
        }, n -> {
            busy.set(false);
            context.state().status().set(context.messages().format("export.done", n, target.toString()));
            done.accept(target);
        }, e -> {
            busy.set(false);
            context.failed(e);
        });
    }

    /** The article's pages for preview or print, set on the given sheet. */
    public void renderArticle(PaperLayout layout, Consumer<byte[]> done) {
        Snapshot now = snapshot();
        if (now.article() == null) {
            context.state().status().set(context.messages().get("print.noArticle"));
            return;
        }
        busy.set(true);
        context.tasks().run(() -> pdf(resolve(Scope.ARTICLE, session(), now), layout), bytes -> {
            busy.set(false);
            done.accept(bytes);
        }, e -> {
            busy.set(false);
            context.failed(e);
        });
    }

    /**
     * The print path: the current article set on the request's sheet and sent to its printer.
     * The print dialog has already been shown; what it chose is in the request.
     */
    public void print(PrintRequest request, Runnable done) {
        Snapshot now = snapshot();
        if (now.article() == null) {
            context.state().status().set(context.messages().get("print.noArticle"));
            return;
        }
        busy.set(true);
        context.state().status().set(context.messages().get("print.working"));
        context.tasks().run(() -> {
            Selection sel = resolve(Scope.ARTICLE, session(), now);
            try (PDDocument pdf = PdfExporter.render(document(sel, request.layout()), context.messages().bundle())) {
                PdfPrinter.print(pdf, request);
            }
            return sel.name();
        }, title -> {
            busy.set(false);
            context.state().status().set(context.messages().format("print.sent", title,
                    request.printer() == null ? context.messages().get("print.defaultPrinter") : request.printer()));
            done.run();
        }, e -> {
            busy.set(false);
            context.failed(e);
        });
    }

    /** The pages as bytes, for the preview, which draws them as images. */
    private byte[] pdf(Selection sel, PaperLayout layout) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExporter.write(document(sel, layout), context.messages().bundle(), out);
        return out.toByteArray();
    }

    private static PaperDocument document(Selection sel, PaperLayout layout) {
        return new PaperDocument(sel.name(), sel.articles(), layout, LocalDate.now());
    }

    private Session session() {
        return context.sessionOrFail();
    }
}
