package org.baokan.cli;

import org.baokan.export.ExportException;
import org.baokan.export.OutputFile;
import org.baokan.export.PdfExporter;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export-pdf [--db PATH] (--article ID... | --issue ID | --page ID | --query Q | --person NAME) -o OUT.pdf}. */
@Command(name = "export-pdf", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export articles as archival PDF (PDF/A-2u): a citation on every article, an outline"
            + " issue → page → article, and a cover with contents when there is more than one article.")
public final class ExportPdfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Mixin
    SelectionOption selection;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, description = "The PDF to write.")
    Path output;

    @Option(names = "--force", description = "Replace OUT.pdf if it exists.")
    boolean force;

    @Override
    public Integer call() throws ArchiveException, ExportException {
        // the target is checked before the archive is read, so a long export cannot fail at its end
        OutputFile.check(output, force, List.of());
        try (Archive a = archive.open(spec)) {
            List<Path> protect = Exports.protectedFiles(a);
            Selection s = selection.resolve(a);
            PdfExporter.export(new PaperDocument(s.name(), s.articles(), PaperLayout.A4, LocalDate.now()),
                    Exports.TEXT, output, force, protect);
            Exports.done(spec, "wrote", s.articles().size(), output.toAbsolutePath().normalize().toString());
            return ExitCodes.OK;
        }
    }
}
