package org.baokan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** The root command: without a subcommand it opens the desktop reader. */
@Command(name = "baokan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Baokan Reader (报刊阅读器): read, search and export archived Chinese newspaper pages.",
        subcommands = {ParseCommand.class, ImportCommand.class, SearchCommand.class, IssuesCommand.class, ShowCommand.class,
            PeopleCommand.class, TimelineCommand.class, GazetteerCommand.class, ReextractCommand.class,
            CommandLine.HelpCommand.class})
public final class BaokanCommand implements Callable<Integer> {
    private final Runnable desktop;

    public BaokanCommand(Runnable desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.run();
        return ExitCodes.OK;
    }

    /** Runs the command line on standard output and error and returns the exit code. */
    public static int run(Runnable desktop, String... args) {
        return run(desktop, Console.stdout(), Console.stderr(), args);
    }

    /**
     * Runs the command line and returns the exit code: 0 done, 2 bad input or usage (one line on
     * {@code err}), 1 an internal error (also one line; never a stack trace).
     */
    public static int run(Runnable desktop, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new BaokanCommand(desktop));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            Console.error(ex.getCommandLine().getCommandSpec(), ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Console.error(commandLine.getCommandSpec(), "internal error: " + ex);
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }
}
