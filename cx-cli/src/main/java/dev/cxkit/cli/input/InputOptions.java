package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CsvColumns;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.json.read.TimeFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a command reads its input files: their format, what to do with bad records, where to
 * report them, how CSV columns are named, and whether to show progress.
 *
 * <p>Not thread-safe: picocli sets its fields from one command line, one instance per run.
 */
public final class InputOptions {

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            description = "NDJSON, JSON_ARRAY, CSV, TSV or WHITESPACE (runs of spaces or tabs); "
                    + "by default from the file name (.ndjson/.jsonl, .json, .csv, .tsv/.tab, "
                    + "optionally .gz), else the command's default (NDJSON; WHITESPACE for clv).")
    Optional<RecordFormat> format = Optional.empty();

    @ArgGroup(exclusive = true)
    Policy policy = new Policy();

    @Option(
            names = "--bad-records",
            paramLabel = "FILE",
            description = "Write every bad record (source:line:column: field: reason) to FILE.")
    Optional<Path> badRecords = Optional.empty();

    @Option(
            names = "--column",
            paramLabel = "FIELD=HEADER",
            description = "CSV, TSV or whitespace header that holds FIELD, e.g. --column "
                    + "score=Q1_LTR (repeatable); a usage error for NDJSON and JSON files, whose "
                    + "fields keep their names.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--headerless",
            split = ",",
            paramLabel = "NAME",
            description = "The file has no header row; its columns, in order, are named NAME,... "
                    + "(then --column maps fields to these names), e.g. --headerless "
                    + "when,rating,comment.")
    List<String> headerless = List.of();

    @Option(
            names = "--time-format",
            paramLabel = "FORMAT",
            description = "How times are written: iso (ISO-8601 instants, local date-times or "
                    + "dates), epoch-s, epoch-ms, or a pattern such as 'yyyy-MM-dd HH:mm:ss' or "
                    + "dd/MM/yyyy (default iso).")
    Optional<String> timeFormat = Optional.empty();

    @Option(
            names = "--zone",
            defaultValue = "UTC",
            paramLabel = "ZONE",
            description = "Time zone of times written without one and of calendar dates and "
                    + "periods, e.g. Europe/Berlin (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on standard error.")
    boolean quiet;

    /** Fail at the first bad record, or skip and report all of them (the default). */
    static final class Policy {
        @Option(names = "--fail-fast", description = "Stop at the first bad record.")
        boolean failFast;

        @Option(
                names = "--skip-bad",
                description = "Skip bad records, report them and exit with 1 (default).")
        boolean skipBad;
    }

    /** {@return the time zone of {@code --zone}} */
    public ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            throw new UsageException("--zone must be a time zone such as UTC, Europe/Berlin or "
                    + "+02:00, was '" + zone + "'");
        }
    }

    /** {@return how times are read, from {@code --time-format} and {@code --zone}} */
    public TimeFormat timeFormat() {
        try {
            return TimeFormat.of(timeFormat.orElse("iso"), zone());
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--time-format must be iso, epoch-s, epoch-ms or a "
                    + "date-time pattern such as 'yyyy-MM-dd HH:mm:ss': " + bad.getMessage());
        }
    }

    /**
     * {@return the record format of {@code file}: {@code --input-format}, else by its name}
     *
     * @param file the file to read
     */
    public RecordFormat formatOf(Path file) {
        return format.or(() -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                .orElse(RecordFormat.NDJSON);
    }

    /** {@return the columns of {@code --column} and {@code --headerless}} */
    public CsvColumns columns() {
        CsvColumns csv;
        try {
            csv = headerless.isEmpty()
                    ? CsvColumns.defaults()
                    : CsvColumns.headerless(
                            headerless.stream().map(String::trim).toList());
            for (Map.Entry<String, String> column : columns.entrySet()) {
                csv = csv.map(column.getKey(), column.getValue());
            }
        } catch (IllegalArgumentException bad) {
            throw new UsageException("--column/--headerless: " + bad.getMessage());
        }
        return csv;
    }

    /**
     * {@return {@code base} configured for {@code file} with these options; without
     * {@code --input-format} the format is the file name's, else {@code base}'s; without
     * {@code --column} and {@code --headerless} the columns are {@code base}'s; without
     * {@code --time-format} the times are {@code base}'s when it set a format, else ISO-8601 in
     * {@code --zone}}
     *
     * @param <T> the type of the records
     * @param base the reader with the command's defaults
     * @param file the file to read
     * @throws UsageException when {@code --column} or {@code --headerless} is given for a file
     *     read as NDJSON or a JSON array: they name CSV columns, and JSON fields keep their names
     */
    public <T> CxReader<T> readerFor(CxReader<T> base, Path file) {
        CsvColumns csv = columns.isEmpty() && headerless.isEmpty() ? base.csvColumns() : columns();
        RecordFormat fileFormat = format.or(
                        () -> RecordFormat.fromFileName(String.valueOf(file.getFileName())))
                .orElse(base.format());
        TimeFormat times = timeFormat.isPresent() || base.timeFormat().equals(TimeFormat.iso())
                ? timeFormat()
                : base.timeFormat();
        if ((fileFormat == RecordFormat.NDJSON || fileFormat == RecordFormat.JSON_ARRAY)
                && !(columns.isEmpty() && headerless.isEmpty())) {
            throw new UsageException((columns.isEmpty() ? "--headerless" : "--column")
                    + " applies to CSV, TSV and whitespace files, whose columns it names; '"
                    + file + "' is read as " + fileFormat + ", whose fields are read by their "
                    + "own names (customerId, time, score, ...): leave the option out, or give "
                    + "--input-format for a file whose name does not say what it is");
        }
        return base.withFormat(fileFormat)
                .withErrorPolicy(
                        policy.failFast ? ErrorPolicy.FAIL_FAST : ErrorPolicy.SKIP_AND_REPORT)
                .withCsvColumns(csv)
                .withTimeFormat(times);
    }

    /** {@return the format given with {@code --input-format}, if any} */
    public Optional<RecordFormat> format() {
        return format;
    }

    /**
     * {@return the files named on the command line, checked to be readable files}
     *
     * @param files the files named on the command line
     * @throws UsageException naming a file that is missing, a directory or unreadable
     */
    public static List<Path> readable(List<Path> files) {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new UsageException("cannot read file '" + file + "': no such file");
            }
            if (Files.isDirectory(file)) {
                throw new UsageException("cannot read file '" + file + "': it is a directory");
            }
            if (!Files.isReadable(file)) {
                throw new UsageException("cannot read file '" + file + "': permission denied");
            }
        }
        return files;
    }
}
