package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CsvColumns;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.RecordFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How a command reads its input files: their format, what to do with bad records, where to
 * report them, how CSV columns are named, and whether to show progress.
 */
public final class InputOptions {

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "NDJSON, JSON_ARRAY, CSV, TSV or WHITESPACE (runs of spaces or tabs); "
                    + "by default from the file name (.ndjson/.jsonl, .json, .csv, .tsv/.tab, "
                    + "optionally .gz), else the command's default (NDJSON; WHITESPACE for clv).")
    Optional<RecordFormat> format = Optional.empty();

    @ArgGroup(exclusive = true)
    Policy policy = new Policy();

    @Option(names = "--bad-records", paramLabel = "FILE",
            description = "Write every bad record (source:line:column: field: reason) to FILE.")
    Optional<Path> badRecords = Optional.empty();

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = "CSV header that holds FIELD, e.g. --column score=Q1_LTR (repeatable).")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    /** Fail at the first bad record, or skip and report all of them (the default). */
    static final class Policy {
        @Option(names = "--fail-fast", description = "Stop at the first bad record.")
        boolean failFast;

        @Option(names = "--skip-bad",
                description = "Skip bad records, report them and exit with 1 (default).")
        boolean skipBad;
    }

    /**
     * {@code base} configured for {@code file} with these options; without {@code --input-format}
     * the format is the file name's, else {@code base}'s, and without {@code --column} the columns
     * are {@code base}'s.
     */
    <T> CxReader<T> readerFor(CxReader<T> base, Path file) {
        CsvColumns csv = columns.isEmpty() ? base.csvColumns() : CsvColumns.defaults();
        for (Map.Entry<String, String> column : columns.entrySet()) {
            csv = csv.map(column.getKey(), column.getValue());
        }
        RecordFormat fileFormat = format.or(() -> RecordFormat.fromFileName(
                String.valueOf(file.getFileName()))).orElse(base.format());
        return base.withFormat(fileFormat)
                .withErrorPolicy(policy.failFast ? ErrorPolicy.FAIL_FAST
                        : ErrorPolicy.SKIP_AND_REPORT)
                .withCsvColumns(csv);
    }

    /** The format given with {@code --input-format}, if any. */
    public Optional<RecordFormat> format() {
        return format;
    }

    /** The files named on the command line, checked to be readable. */
    static List<Path> readable(List<Path> files) {
        for (Path file : files) {
            if (!java.nio.file.Files.isReadable(file)) {
                throw new UsageException("cannot read file '" + file + "'");
            }
        }
        return files;
    }
}
