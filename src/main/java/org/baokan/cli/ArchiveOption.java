package org.baokan.cli;

import org.baokan.archive.ArchiveOpener;
import org.baokan.entities.Enrichment;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db PATH} option shared by the commands that use the archive. */
final class ArchiveOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "The archive file. Default: the per-user archive (filled with the sample pages on first use).")
    Path db;

    /** Opens the archive to read it (read-only); notes for the user go to stderr. */
    Archive open(CommandSpec spec) throws ArchiveException {
        return open(spec, ArchiveOpener.Use.READ);
    }

    /** Opens the archive for what the command does with it; notes for the user go to stderr. */
    Archive open(CommandSpec spec, ArchiveOpener.Use use) throws ArchiveException {
        return ArchiveOpener.open(db, use, Enrichment.FACTORY, note -> Console.note(spec, note.toString()));
    }
}
