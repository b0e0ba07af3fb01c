package org.baokan.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.baokan.export.ExportException;
import org.baokan.export.PdfExporter;
import org.baokan.export.PdfPrinter;
import org.baokan.export.PrintRequest;
import org.baokan.export.Selection;
import org.baokan.render.PaperDocument;
import org.baokan.render.PaperLayout;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code print}: the same pages as export-pdf, sent to a printer. */
@Command(name = "print", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print articles on A4, as export-pdf sets them: header, citation, page X of Y.")
public final class PrintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Mixin
    SelectionOption selection;

    @Option(names = "--printer", paramLabel = "NAME", description = "The printer. Default: the system's default printer.")
    String printer;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "How many copies (default 1).")
    int copies;

    @Override
    public Integer call() throws ArchiveException, ExportException {
        if (!PdfPrinter.hasPrinter()) {
            Console.error(spec, "there is no printer on this computer; use export-pdf instead");
            return ExitCodes.BAD_INPUT;
        }
        try (Archive a = archive.open(spec)) {
            Selection s = selection.resolve(a);
            try (PDDocument pdf = PdfExporter.render(new PaperDocument(s.name(), s.articles(), PaperLayout.A4,
                    LocalDate.now()), Exports.TEXT)) {
                PdfPrinter.print(pdf, new PrintRequest(printer, PaperLayout.A4, copies, 0, 0, s.name()));
            }
            Exports.done(spec, "sent", s.articles().size(), printer == null ? "the default printer" : printer);
            return ExitCodes.OK;
        } catch (IOException e) {
            Console.error(spec, "could not set the pages: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
