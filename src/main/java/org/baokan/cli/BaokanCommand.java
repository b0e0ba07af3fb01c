package org.baokan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The root command: without a subcommand it opens the desktop reader. */
@Command(name = "baokan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Baokan Reader (报刊阅读器): read, search and export archived Chinese newspaper pages.",
        subcommands = {ParseCommand.class, CommandLine.HelpCommand.class})
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

    /** Runs the command line and returns the exit code; picocli's own usage errors exit with 2. */
    public static int run(Runnable desktop, String... args) {
        CommandLine cl = new CommandLine(new BaokanCommand(desktop));
        cl.setOut(new java.io.PrintWriter(Console.OUT, true));
        cl.setErr(new java.io.PrintWriter(Console.ERR, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            Console.error(ex.getCommandLine().getCommandName(), ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Console.error(commandLine.getCommandName(), "internal error: " + ex);
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }
}
