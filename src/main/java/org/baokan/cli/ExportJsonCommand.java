package org.baokan.cli;

import org.baokan.export.ExportException;
import org.baokan.export.JsonExporter;
import org.baokan.export.OutputFile;
import org.baokan.export.Selection;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export-json}: the same selections as export-pdf, in the interchange format of parse. */
@Command(name = "export-json", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export articles as JSON in the format `parse` prints: a list of pages holding the"
            + " chosen articles. Without -o the JSON goes to standard output.")
public final class ExportJsonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Mixin
    SelectionOption selection;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Replace OUT.json if it exists.")
    boolean force;

    @Override
    public Integer call() throws ArchiveException, ExportException {
        if (output != null) {
            OutputFile.check(output, force, List.of());
        }
        try (Archive a = archive.open(spec)) {
            Selection s = selection.resolve(a);
            if (output == null) {
                Console.print(spec, JsonExporter.json(s, a.reader()).stripTrailing());
            } else {
                JsonExporter.export(s, a.reader(), output, force, Exports.protectedFiles(a));
                Exports.done(spec, "wrote", s.articles().size(), output.toAbsolutePath().normalize().toString());
            }
            return ExitCodes.OK;
        }
    }
}
