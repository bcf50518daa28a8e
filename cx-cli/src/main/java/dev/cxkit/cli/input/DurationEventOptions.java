package dev.cxkit.cli.input;

import dev.cxkit.cli.Choices;
import dev.cxkit.cli.UsageException;
import dev.cxkit.json.read.CxReader;
import dev.cxkit.json.read.FlagFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The churn-table mode of {@code cx survival} and {@code cx churn}: one row per customer with a
 * duration column (tenure) and an event column (churned or not), read with flags alone from
 * the exports users have, e.g. {@code --duration tenure --event Churn --unit months}.
 *
 * <p>Not thread-safe: picocli sets its fields from one command line, one instance per run.
 */
public final class DurationEventOptions {

    @Option(
            names = "--duration",
            paramLabel = "COLUMN",
            description = "Churn-table mode: the column holding each customer's duration "
                    + "(e.g. tenure), a number >= 0 in --unit; needs --event.")
    Optional<String> duration = Optional.empty();

    @Option(
            names = "--event",
            paramLabel = "COLUMN[=VALUE]",
            description = "Churn-table mode: the column saying whether the customer churned. "
                    + "Yes, Y, true, 1 (any case) are churn, No, N, false, 0 still active; "
                    + "COLUMN=VALUE makes VALUE churn and every other value active, e.g. "
                    + "--event Status=Left. Needs --duration.")
    Optional<String> event = Optional.empty();

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            defaultValue = "days",
            converter = UnitConverter.class,
            description = "Unit of the --duration column: days, weeks, months or years "
                    + "(default ${DEFAULT-VALUE}).")
    DurationUnit unit = DurationUnit.DAYS;

    /** The customers of a churn table: durations, events and the other columns asked for. */
    public record ChurnTable(double[] durations, boolean[] events, Map<String, String[]> columns) {

        /** {@return number of customers} */
        public int size() {
            return durations.length;
        }

        /**
         * {@return the values of {@code column}, one per customer}
         *
         * @param column the column's name, one of those read
         */
        public String[] column(String column) {
            return columns.get(column);
        }
    }

    private record Customer(double duration, boolean event, String[] values) {}

    /**
     * {@return true when the churn-table mode was asked for ({@code --duration} or
     * {@code --event})}
     */
    public boolean active() {
        return duration.isPresent() || event.isPresent();
    }

    /**
     * The duration and event columns a churn table must have, as named by {@code --duration}
     * and {@code --event} (without {@code =VALUE}).
     *
     * @return the duration column, then the event column; empty when neither option is given
     * @throws UsageException when only one of {@code --duration} and {@code --event} is given
     */
    public List<String> columns() {
        if (!active()) {
            return List.of();
        }
        String durationColumn = duration.orElseThrow(() ->
                new UsageException("--event needs --duration COLUMN (the customer's tenure)"));
        String eventOption = event.orElseThrow(() -> new UsageException(
                "--duration needs --event COLUMN[=VALUE] (whether the customer churned)"));
        int split = eventOption.indexOf('=');
        return List.of(durationColumn, split < 0 ? eventOption : eventOption.substring(0, split));
    }

    /** {@return the unit of the durations} */
    public DurationUnit unit() {
        return unit;
    }

    /**
     * Reads the churn table in {@code files}: the duration, the event and {@code columns} (as
     * written, trimmed, not blank) of each row. A row with a missing or bad value is a bad record (skipped
     * and reported, or the end of the read with {@code --fail-fast}).
     *
     * @param input how records are read and bad ones reported
     * @param files the churn-table files
     * @param columns further columns to keep, by name
     * @return the rows read
     * @throws UsageException when only one of {@code --duration} and {@code --event} is given,
     *     a column name is blank, or a file has no column of that name (the message lists the
     *     headers there are)
     */
    public ChurnTable read(RecordInput input, List<Path> files, List<String> columns) {
        return read(columns, (reader, sink) -> input.read(reader, files, sink));
    }

    /**
     * Reads the churn table in {@code files} as {@link #read(RecordInput, List, List)} does, but
     * by its own header alone: {@code --column}, {@code --headerless} and {@code --time-format}
     * describe a survey export read beside it ({@link RecordInput#readOwnShape}).
     *
     * @param input how records are read and bad ones reported
     * @param files the churn-table files
     * @param columns further columns to keep, by name
     * @return the rows read
     * @throws UsageException as {@link #read(RecordInput, List, List)}
     */
    public ChurnTable readOwnShape(RecordInput input, List<Path> files, List<String> columns) {
        return read(columns, (reader, sink) -> input.readOwnShape(reader, files, sink));
    }

    private ChurnTable read(
            List<String> columns, BiConsumer<CxReader<Customer>, Consumer<Customer>> read) {
        List<String> named = columns();
        if (named.isEmpty()) {
            throw new UsageException("a churn table needs --duration COLUMN (the customer's "
                    + "tenure) and --event COLUMN[=VALUE] (whether the customer churned)");
        }
        String durationColumn = named.get(0);
        String eventColumn = named.get(1);
        String eventOption = event.orElseThrow();
        int split = eventOption.indexOf('=');
        FlagFormat format =
                split < 0 ? FlagFormat.standard() : flagFormat(eventOption.substring(split + 1));
        List<String> required = new ArrayList<>(named);
        for (String column : columns) {
            if (!required.contains(column)) {
                required.add(column);
            }
        }
        for (String column : required) {
            if (column.isBlank()) {
                throw new UsageException("column names must not be blank, were " + required);
            }
        }
        List<Customer> customers = new ArrayList<>();
        CxReader<Customer> reader = CxReader.rows(required, row -> {
            String[] values = new String[columns.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = row.id(columns.get(c));
            }
            return new Customer(
                    row.nonNegative(durationColumn), row.flag(eventColumn, format), values);
        });
        read.accept(reader, customers::add);
        int n = customers.size();
        double[] durations = new double[n];
        boolean[] events = new boolean[n];
        Map<String, String[]> values = new LinkedHashMap<>();
        columns.forEach(column -> values.put(column, new String[n]));
        for (int i = 0; i < n; i++) {
            Customer customer = customers.get(i);
            durations[i] = customer.duration();
            events[i] = customer.event();
            for (int c = 0; c < columns.size(); c++) {
                values.get(columns.get(c))[i] = customer.values()[c];
            }
        }
        return new ChurnTable(durations, events, values);
    }

    private static FlagFormat flagFormat(String value) {
        if (value.isBlank()) {
            throw new UsageException("--event COLUMN=VALUE needs a VALUE that means churn, "
                    + "e.g. --event Status=Left");
        }
        return FlagFormat.trueWhen(value);
    }

    /** Reads {@code --unit}. */
    static final class UnitConverter implements ITypeConverter<DurationUnit> {
        @Override
        public DurationUnit convert(String value) {
            return Choices.of(DurationUnit.class, value);
        }
    }
}
