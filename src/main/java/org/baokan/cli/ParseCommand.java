package org.baokan.cli;

import org.baokan.archive.PageFiles;
import org.baokan.entities.EntityExtractor;
import org.baokan.format.PageJson;
import org.baokan.ingest.BadInputException;
import org.baokan.ingest.FileNameDates;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parse FILE...}: prints parsed pages as JSON, one object or an array for several files. */
@Command(name = "parse", description = "Parse raw newspaper page files and print them as JSON.",
        mixinStandardHelpOptions = true)
public final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files (plain text, any common encoding).")
    List<Path> files;

    @Override
    public Integer call() {
        PageParser parser = new PageParser();
        EntityExtractor entities = EntityExtractor.standalone();
        List<ParsedPage> pages = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                ParsedPage page = parser.parse(PageFiles.read(file), file.getFileName() == null ? file.toString()
                        : file.getFileName().toString(), new PageParser.Dates(null, FileNameDates.of(file), null));
                pages.add(entities.enrich(page).page());
            } catch (BadInputException e) {
                Console.error(spec, file + ": " + e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            }
        }
        if (pages.size() == 1 && files.size() == 1) {
            Console.print(spec, PageJson.write(pages.get(0)));
        } else if (!pages.isEmpty()) {
            Console.print(spec, PageJson.write(pages));
        }
        return exit;
    }
}
