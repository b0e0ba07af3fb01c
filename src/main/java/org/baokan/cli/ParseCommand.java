package org.baokan.cli;

import org.baokan.format.PageJson;
import org.baokan.ingest.BadInputException;
import org.baokan.ingest.PageParser;
import org.baokan.model.ParsedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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
        List<ParsedPage> pages = new ArrayList<>();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                pages.add(parser.parse(readPage(file), file.getFileName() == null ? file.toString()
                        : file.getFileName().toString()));
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

    /** Reads a page file, turning every way it can fail into one plain sentence. */
    static byte[] readPage(Path file) throws BadInputException {
        if (Files.isDirectory(file)) {
            throw new BadInputException("is a directory, not a page file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException("no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new BadInputException("permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (OutOfMemoryError e) {
            throw new BadInputException("is too large to be a newspaper page");
        }
    }
}
