package org.baokan.cli;

import org.baokan.export.Selections;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveLocation;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;

/** What the export and print commands share. */
final class Exports {
    /** The paper's words (citation label, page of pages…): the command line sets documents in Chinese. */
    static final ResourceBundle TEXT = Selections.ZH;

    private Exports() {
    }

    /** The archive file and its journals: an export never writes over them, --force or not. */
    static List<Path> protectedFiles(Archive a) {
        return ArchiveLocation.files(a.path());
    }

    /** Tells on stderr how many articles went where. */
    static void done(CommandSpec spec, String verb, int articles, String where) {
        Console.note(spec, verb + " " + articles + (articles == 1 ? " article" : " articles") + " to " + where);
    }
}
