package dev.cxkit.cli.input;

import dev.cxkit.cli.UsageException;
import dev.cxkit.drivers.DriverDesign;
import dev.cxkit.json.read.CxDataException;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.ErrorPolicy;
import dev.cxkit.json.read.RecordFormat;
import dev.cxkit.json.read.Row;
import dev.cxkit.model.YesNo;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The driver table of {@code cx drivers} (and the report's driver quadrant): a file with one
 * row per respondent, read into a {@link DriverDesign}. The outcome column holds numbers or
 * yes/no values; a driver column is numeric when at least half of its non-empty cells are
 * numbers (then a cell that is not a number is a bad record), else categorical (or when
 * {@code --categorical} names it). A row with a bad value is a bad record at its line and
 * column, skipped and reported or ending the read as the error policy says.
 *
 * <p>Its settings are immutable; {@link #read} runs on the caller's thread with the caller's
 * {@link RecordInput}, which is not thread-safe.
 */
public final class DriverColumns {

    private final String outcome;
    private final List<String> drivers;
    private final List<String> categorical;
    private final Map<String, String> references;
    private final Optional<Double> missing;

    /**
     * The columns to read.
     *
     * @param outcome the outcome column
     * @param drivers the driver columns, or empty for every other column
     * @param categorical driver columns to read as categories whatever they hold
     * @param references reference levels of categorical drivers, by column
     * @param missing a number that marks a missing answer, if any
     */
    public DriverColumns(
            String outcome,
            List<String> drivers,
            List<String> categorical,
            Map<String, String> references,
            Optional<Double> missing) {
        this.outcome = outcome;
        this.drivers = List.copyOf(drivers);
        this.categorical = List.copyOf(categorical);
        this.references = Map.copyOf(references);
        this.missing = missing;
    }

    /** One respondent's cells, with where it was read. */
    private record Respondent(String label, String outcome, String[] drivers) {}

    /**
     * Reads {@code file} (CSV unless its name or {@code --input-format} says otherwise) through
     * {@code records}, which accounts for bad records, into a design, on up to {@code threads}
     * threads ({@link RecordInput#read(dev.cxkit.json.read.CxReader, List, int,
     * java.util.function.Consumer)}; the design is the same with any number).
     *
     * @param records the command's input, which counts and reports bad records
     * @param options how files are read
     * @param file the driver table
     * @param threads the most threads to read the file on, {@code >= 1}
     * @return the coded design
     *
     * @throws UsageException when a column named is not in the file (naming those there are),
     *     a categorical option names a column that is not a driver, or the rows cannot make a
     *     design (a driver mixing numbers and categories, an outcome mixing numbers and yes/no
     *     values, no driver left)
     */
    public DriverDesign read(RecordInput records, InputOptions options, Path file, int threads) {
        InputOptions.readable(List.of(file));
        for (String column : categorical) {
            if (!drivers.isEmpty() && !drivers.contains(column)) {
                throw new UsageException(
                        "--categorical " + column + " is not among --drivers " + drivers);
            }
        }
        Map<String, Boolean> numeric = kinds(options, file, threads);
        List<String> columns = new ArrayList<>(numeric.keySet());
        List<Respondent> respondents = new ArrayList<>();
        List<String> required = new ArrayList<>(List.of(outcome));
        required.addAll(drivers);
        CxReader<Respondent> reader = CxReader.rows(
                        required, row -> respondent(row, columns, numeric))
                .withFormat(RecordFormat.CSV);
        records.read(reader, List.of(file), threads, respondents::add);
        DriverDesign.Builder design = DriverDesign.builder()
                .outcome(outcome, respondents.stream().map(Respondent::outcome).toList())
                .rowLabels(respondents.stream().map(Respondent::label).toList());
        for (int c = 0; c < columns.size(); c++) {
            int column = c;
            List<String> cells =
                    respondents.stream().map(r -> r.drivers()[column]).toList();
            if (numeric.get(columns.get(c))) {
                design.driver(columns.get(c), cells);
            } else {
                design.categorical(columns.get(c), cells);
            }
        }
        references.forEach(design::reference);
        missing.ifPresent(design::missingMarker);
        try {
            return design.build();
        } catch (IllegalArgumentException unusable) {
            throw new UsageException("'" + file + "': " + unusable.getMessage(), unusable);
        }
    }

    private Respondent respondent(Row row, List<String> columns, Map<String, Boolean> numeric) {
        String outcomeCell = row.optionalString(outcome).orElse("");
        row.checked(outcome, () -> {
            if (!outcomeCell.isBlank()
                    && !DriverDesign.isNumber(outcomeCell)
                    && YesNo.parse(outcomeCell).isEmpty()) {
                throw new IllegalArgumentException("expected a number or " + YesNo.VALUES);
            }
            return outcomeCell;
        });
        String[] cells = new String[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            String column = columns.get(c);
            String cell = row.optionalString(column).orElse("");
            if (numeric.get(column) && !cell.isBlank()) {
                row.number(column);
            }
            cells[c] = cell;
        }
        return new Respondent(row.source() + ":" + row.line(), outcomeCell, cells);
    }

    /**
     * The driver columns in order, each true when numeric: by a first read of the rows that
     * counts the cells that are numbers, on up to {@code threads} threads. A file that cannot be
     * read leaves the columns named; the read proper reports what is wrong with it.
     */
    private Map<String, Boolean> kinds(InputOptions options, Path file, int threads) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        drivers.forEach(column -> counts.put(column, new long[2]));
        CxReader<CellKinds> cells = options.readerFor(
                        CxReader.rows(List.of(), this::cellKinds).withFormat(RecordFormat.CSV),
                        file)
                .withErrorPolicy(ErrorPolicy.SKIP_AND_REPORT);
        try {
            add(
                    counts,
                    cells.read(
                                    file,
                                    threads,
                                    LinkedHashMap::new,
                                    DriverColumns::count,
                                    DriverColumns::add)
                            .result());
        } catch (CxDataException | UncheckedIOException unreadable) {
            // the read proper reports what is wrong with the file
        }
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        counts.forEach((column, numbersAndTexts) -> numeric.put(
                column, !categorical.contains(column) && numbersAndTexts[0] >= numbersAndTexts[1]));
        for (String column : categorical) {
            if (!numeric.containsKey(column)) {
                throw new UsageException("--categorical " + column + " is not a driver column; "
                        + "drivers are " + numeric.keySet());
            }
        }
        return numeric;
    }

    /**
     * What the driver cells of a row hold: per column, 0 a number, 1 a text, -1 nothing (blank
     * or missing).
     */
    private record CellKinds(List<String> columns, byte[] kinds) {}

    /** The driver cells of {@code row}: the named drivers, else every column but the outcome. */
    private CellKinds cellKinds(Row row) {
        List<String> columns = drivers.isEmpty()
                ? row.columns().stream()
                        .filter(column -> !column.equals(outcome))
                        .toList()
                : drivers;
        byte[] kinds = new byte[columns.size()];
        for (int c = 0; c < kinds.length; c++) {
            kinds[c] = row.optionalString(columns.get(c))
                    .filter(cell -> !cell.isBlank())
                    .map(cell -> DriverDesign.isNumber(cell.trim()) ? (byte) 0 : (byte) 1)
                    .orElse((byte) -1);
        }
        return new CellKinds(columns, kinds);
    }

    /** Counts the numbers and texts of a row's driver cells, by column in first-seen order. */
    private static void count(Map<String, long[]> counts, CellKinds row) {
        for (int c = 0; c < row.kinds().length; c++) {
            long[] numbersAndTexts =
                    counts.computeIfAbsent(row.columns().get(c), column -> new long[2]);
            if (row.kinds()[c] >= 0) {
                numbersAndTexts[row.kinds()[c]]++;
            }
        }
    }

    /** Adds the counts of {@code later} (a later part of the file) to {@code counts}. */
    private static Map<String, long[]> add(Map<String, long[]> counts, Map<String, long[]> later) {
        later.forEach((column, numbersAndTexts) -> {
            long[] sum = counts.computeIfAbsent(column, c -> new long[2]);
            sum[0] += numbersAndTexts[0];
            sum[1] += numbersAndTexts[1];
        });
        return counts;
    }
}
