package org.baokan.cli;

import org.baokan.export.ExportException;
import org.baokan.search.QueryLimitException;
import org.baokan.store.ArchiveException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The root command: without a subcommand it opens the desktop reader. */
@Command(name = "baokan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Baokan Reader (报刊阅读器): read, search and export archived Chinese newspaper pages.",
        subcommands = {ParseCommand.class, ImportCommand.class, SearchCommand.class, IssuesCommand.class, ShowCommand.class,
            PeopleCommand.class, TimelineCommand.class, GazetteerCommand.class, ReextractCommand.class, ExportPdfCommand.class,
            ExportJsonCommand.class, PrintCommand.class,
            CommandLine.HelpCommand.class})
public final class BaokanCommand implements Callable<Integer> {
    /** Opens the desktop reader with its options and returns its exit code when it closes. */
    @FunctionalInterface
    public interface Desktop {
        int open(List<String> options, PrintWriter out);
    }

    private final Desktop desktop;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Open this archive in the desktop reader instead of "
            + "the one in the settings (by default the per-user archive); before a command, the archive it uses.")
    Path db;

    @Option(names = "--self-check", description = "Open the desktop reader, wait for the first painted front page, "
            + "report how long it took, and exit (0 when it worked).")
    boolean selfCheck;

    @Option(names = "--bench-articles", paramLabel = "N", hidden = true,
            description = "With --self-check: also time switching through N articles.")
    int benchArticles;

    public BaokanCommand(Desktop desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        List<String> options = new ArrayList<>();
        if (db != null) {
            options.add("--db=" + db.toAbsolutePath());
        }
        if (selfCheck) {
            options.add("--self-check");
        }
        if (benchArticles > 0) {
            options.add("--bench-articles=" + benchArticles);
        }
        return desktop.open(options, spec.commandLine().getOut());
    }

    /** Runs the command line on standard output and error and returns the exit code. */
    public static int run(Desktop desktop, String... args) {
        if (desktopOnly(args)) {
            // opening the window is the common case: it need not wait for the command line to be
            // built (a fifth of a second of start-up); anything else goes through picocli
            return desktop.open(List.of(args), Console.stdout());
        }
        return run(desktop, Console.stdout(), Console.stderr(), args);
    }

    /** Whether the arguments only open the desktop, in the forms {@link #call()} hands on. */
    static boolean desktopOnly(String... args) {
        for (String a : args) {
            if (!(a.equals("--self-check") || a.startsWith("--db=/") && a.length() > 6
                    || a.matches("--bench-articles=[1-9]\\d{0,5}"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the command line and returns the exit code: 0 done, 2 bad input or usage (one line on
     * {@code err}), 1 an internal error (also one line; never a stack trace).
     */
    public static int run(Desktop desktop, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = Values.register(new CommandLine(new BaokanCommand(desktop)));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            // one line: what is wrong, and where the usage is
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            Console.error(ex.getCommandLine().getCommandSpec(), plain(ex.getMessage()) + "; see '" + name + " --help'");
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionStrategy(parsed -> {
            String wrong = OptionPlacement.apply(parsed);
            if (wrong != null) {
                ParseResult last = parsed;
                while (last.subcommand() != null) {
                    last = last.subcommand();
                }
                Console.error(last.commandSpec(), wrong);
                return ExitCodes.BAD_INPUT;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ArchiveException || ex instanceof ExportException || ex instanceof QueryLimitException) {
                // an archive that cannot be used, an export that cannot be done, a query too long to
                // search: the reason, no stack trace
                Console.error(commandLine.getCommandSpec(), ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Console.error(commandLine.getCommandSpec(), "internal error: " + ex);
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }

    /** picocli's message on one line, naming the option or parameter as the user wrote it. */
    static String plain(String message) {
        String m = message == null ? "bad arguments" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        return m.replaceFirst("^Invalid value for option '([^']+)': ", "$1: ")
                .replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): ", "$1: ");
    }
}
