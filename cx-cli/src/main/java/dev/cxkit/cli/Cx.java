package dev.cxkit.cli;

import dev.cxkit.cli.command.CesCommand;
import dev.cxkit.cli.command.ChurnCommand;
import dev.cxkit.cli.command.ClvCommand;
import dev.cxkit.cli.command.CommentsCommand;
import dev.cxkit.cli.command.CsatCommand;
import dev.cxkit.cli.command.DriversCommand;
import dev.cxkit.cli.command.JourneyCommand;
import dev.cxkit.cli.command.NpsCommand;
import dev.cxkit.cli.command.ReportCommand;
import dev.cxkit.cli.command.SampleCommand;
import dev.cxkit.cli.command.SurvivalCommand;
import dev.cxkit.json.read.CxDataException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cx} command: customer-experience reports from survey and behaviour files.
 *
 * <p>Exit codes: {@value #OK} when everything was read and reported, {@value #DATA_ERRORS}
 * when bad records were found (reported and skipped with {@code --skip-bad}, or the first one
 * with {@code --fail-fast}), {@value #USAGE} for a usage error (unknown option, a value out of
 * range, a missing or unreadable file).
 */
@Command(
        name = "cx",
        mixinStandardHelpOptions = true,
        versionProvider = Cx.Version.class,
        description = "Customer-experience reports from survey and behaviour files.",
        subcommands = {
            SampleCommand.class,
            NpsCommand.class,
            CsatCommand.class,
            CesCommand.class,
            JourneyCommand.class,
            SurvivalCommand.class,
            ChurnCommand.class,
            ClvCommand.class,
            DriversCommand.class,
            CommentsCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Cx implements Runnable {

    /** Everything was read and reported. */
    public static final int OK = 0;
    /** Bad records were found and reported. */
    public static final int DATA_ERRORS = 1;
    /** The command line or an input file could not be used. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                args));
    }

    /** Runs {@code cx} with {@code args}, writing to {@code out} and {@code err}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cx())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(Cx::exitCode)
                .setExecutionExceptionHandler((failure, line, parsed) -> {
                    line.getErr().println("cx: " + failure.getMessage());
                    return exitCode(failure);
                });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int exitCode(Throwable failure) {
        return failure instanceof CxDataException || failure instanceof DataException
                ? DATA_ERRORS
                : USAGE;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cx.class.getPackage().getImplementationVersion();
            return new String[] {"cx " + (version == null ? "development" : version)};
        }
    }
}
