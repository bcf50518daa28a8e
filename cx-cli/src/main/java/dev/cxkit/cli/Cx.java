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

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * The {@code cx} command: customer-experience reports from survey and behaviour files.
 *
 * <p>Exit codes: {@value #OK} when everything was read and reported, {@value #DATA_ERRORS}
 * when bad records were found (reported and skipped with {@code --skip-bad}, or the first one
 * with {@code --fail-fast}), {@value #USAGE} for a usage error (unknown option, a value out of
 * range, a missing or unreadable file) or an input that cannot be read to its end (a reader's
 * problem whose {@link CxDataException#scope() scope} is more than one record).
 *
 * <p>Not thread-safe: picocli sets the options of one instance from one command line, and
 * {@link #run} makes a new instance for each run.
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
public final class Cx implements Callable<Integer> {

    /** Everything was read and reported. */
    public static final int OK = 0;
    /** Bad records were found, reported and skipped (or the first one stopped the run). */
    public static final int DATA_ERRORS = 1;
    /**
     * The command line cannot be used (unknown option or column, a value out of range, no
     * command), or an input cannot be read (missing, unreadable, truncated or corrupt file,
     * a header without the columns asked for), or there is no data.
     */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the {@code cx} command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(
                run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs {@code cx} with {@code args}, writing to {@code out} and {@code err}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cx())
                .registerConverter(
                        LocalDate.class,
                        value -> parse(
                                value, LocalDate::parse, "a date yyyy-mm-dd, e.g. 2025-01-31"))
                .registerConverter(
                        Instant.class,
                        value -> parse(
                                value,
                                Cx::instant,
                                "an ISO-8601 instant such as 2025-01-31T12:00:00Z, or a date yyyy-mm-dd"))
                .registerConverter(
                        Duration.class,
                        value -> parse(
                                value,
                                Duration::parse,
                                "an ISO-8601 duration such as P2D (two days) or PT4H (four hours)"))
                .registerConverter(
                        ZoneId.class,
                        value -> parse(
                                value,
                                ZoneId::of,
                                "a time zone such as UTC, Europe/Berlin or +02:00"))
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(Cx::exitCode)
                .setExecutionExceptionHandler((failure, line, parsed) -> {
                    line.getErr().println("cx: " + message(failure));
                    line.getErr().flush();
                    return exitCode(failure);
                });
        return commandLine.execute(args);
    }

    private static <T> T parse(String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value.trim());
        } catch (DateTimeException bad) {
            throw new CommandLine.TypeConversionException(
                    "expected " + expected + ", was '" + value + "'");
        }
    }

    private static Instant instant(String value) {
        return value.length() == 10
                ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(value);
    }

    /** {@code cx} without a command: the usage on standard error, a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("cx: name a command");
        spec.commandLine().usage(err);
        err.flush();
        return USAGE;
    }

    /**
     * {@return a failure's message in words, never a Java class name or stack trace}
     *
     * @param failure the failure to describe
     */
    public static String message(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked) {
            return message(unchecked.getCause());
        }
        if (failure instanceof NoSuchFileException missing) {
            return "no such file '" + missing.getFile() + "'";
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: '" + denied.getFile() + "'";
        }
        if (failure instanceof FileSystemException system) {
            return "cannot use '" + system.getFile() + "'"
                    + (system.getReason() == null ? "" : ": " + system.getReason());
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "failed (" + failure.getClass().getSimpleName() + " without a message); "
                    + "please report this with the command line";
        }
        return message;
    }

    private static int exitCode(Throwable failure) {
        if (failure instanceof CxDataException stopped) {
            return stopped.isRecordOnly() ? DATA_ERRORS : USAGE;
        }
        return failure instanceof DataException ? DATA_ERRORS : USAGE;
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
