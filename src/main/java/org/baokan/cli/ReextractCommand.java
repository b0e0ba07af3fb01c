package org.baokan.cli;

import org.baokan.archive.ArchiveOpener;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code reextract [--db PATH]}: finds the people and places of every stored page again. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Find the people and places of every page in the archive again, with the current gazetteer.",
            "The pages themselves and the archivist's aliases and merges are kept."})
public final class ReextractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOption archive;

    @Override
    public Integer call() throws ArchiveException {
        try (Archive a = archive.open(spec, ArchiveOpener.Use.CHANGE)) {
            GazetteerCommand.reextract(spec, a);
            return ExitCodes.OK;
        }
    }
}
