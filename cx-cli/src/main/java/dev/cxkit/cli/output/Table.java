package dev.cxkit.cli.output;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * One result table of a command, kept as typed values so that each format shows it its own
 * way: {@code -f table} formats the values for people (percentages, intervals in brackets,
 * flags as words), {@code -f csv} and {@code -f json} write the raw values under machine
 * field names (shares as fractions, numbers unformatted, an interval as two fields, a flag as
 * a boolean). The CSV row and the JSON row of a table therefore hold the same fields and the
 * same numbers.
 *
 * <p>A table has a machine {@linkplain #name() name} (the key of its rows in JSON), a title
 * for people, and columns; a column is a human header over one or more fields and a function
 * that turns those fields' values into the cell text. Values are {@link Number}s,
 * {@link String}s, {@link Boolean}s or {@code null} (not defined: {@code -} in a table, an
 * empty CSV cell, JSON {@code null}). Not thread-safe; build, then print once.
 */
public final class Table {

    /** A human column over {@code fields}, shown by {@code format} from their values. */
    private record Column(String label, List<String> fields, Function<Object[], String> format) {}

    private final String name;
    private final String title;
    private final List<String> notes = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    private Table(String name, String title) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * {@return a table named {@code name} (a JSON key, e.g. {@code "scorecard"}) titled
     * {@code title}}
     *
     * @param name the table's JSON key
     * @param title the table's title, as shown
     */
    public static Table of(String name, String title) {
        return new Table(name, title);
    }

    /** {@return the machine name: the key of the rows in JSON, the {@code table} value in CSV} */
    public String name() {
        return name;
    }

    /** {@return the title shown above the table; notes follow it on their own lines} */
    public String title() {
        return notes.isEmpty()
                ? title
                : title + System.lineSeparator() + String.join(System.lineSeparator(), notes);
    }

    /**
     * Adds a line under the title, e.g. a test result or a caveat.
     *
     * @param line the line, as shown
     * @return this table
     */
    public Table note(String line) {
        notes.add(Objects.requireNonNull(line, "line"));
        return this;
    }

    /**
     * {@return a text column, e.g. a group key; {@code null} shows as {@code -}}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     */
    public Table text(String field, String label) {
        return column(
                label, List.of(field), values -> values[0] == null ? "-" : values[0].toString());
    }

    /**
     * {@return a whole-number column (a count)}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     */
    public Table count(String field, String label) {
        return column(
                label,
                List.of(field),
                values ->
                        values[0] == null ? "-" : Long.toString(((Number) values[0]).longValue()));
    }

    /**
     * {@return a number column shown with {@code decimals} decimals}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     * @param decimals the number of decimals shown
     */
    public Table number(String field, String label, int decimals) {
        return value(field, label, value -> Numbers.fixed(value, decimals));
    }

    /**
     * {@return a share column: a fraction in the data, a percentage with one decimal in the table}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     */
    public Table percent(String field, String label) {
        return value(field, label, Numbers::percent);
    }

    /**
     * {@return a number column shown by {@code format}; {@code null} and NaN show as {@code -}}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     * @param format formats a value for the table
     */
    public Table value(String field, String label, DoubleFunction<String> format) {
        return column(label, List.of(field), values -> show(values[0], format));
    }

    /**
     * {@return a signed difference shown by {@code format} with its sign, e.g. {@code +3.2}}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     * @param format formats a value for the table
     */
    public Table signed(String field, String label, DoubleFunction<String> format) {
        return value(field, label, value -> (value >= 0 ? "+" : "") + format.apply(value));
    }

    /**
     * {@return an interval: two fields {@code prefix + "Lower"} and {@code prefix + "Upper"} in the
     * data, one cell {@code [lower, upper]} in the table, each bound shown by {@code format}}
     *
     * @param prefix the prefix of the two fields' names
     * @param label the column's header in the table
     * @param format formats a value for the table
     */
    public Table interval(String prefix, String label, DoubleFunction<String> format) {
        return column(
                label,
                List.of(prefix + "Lower", prefix + "Upper"),
                values -> values[0] == null || values[1] == null
                        ? "-"
                        : "[" + show(values[0], format) + ", " + show(values[1], format) + "]");
    }

    /**
     * {@return a boolean column shown as {@code shown} when true and empty when false or null}
     *
     * @param field the JSON field and CSV column the values are written under
     * @param label the column's header in the table
     * @param shown what the table shows for true
     */
    public Table flag(String field, String label, String shown) {
        return column(label, List.of(field), values -> Boolean.TRUE.equals(values[0]) ? shown : "");
    }

    /**
     * A column over {@code columnFields}, shown by {@code format} from their values.
     *
     * @param label the column's header in the table
     * @param columnFields the fields the column is computed from
     * @param format formats the fields' values of a row for the table
     * @return this table
     */
    public Table column(
            String label, List<String> columnFields, Function<Object[], String> format) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        if (!rows.isEmpty()) {
            throw new IllegalStateException("columns must be added before rows");
        }
        for (String field : columnFields) {
            checkArgument(!fields.contains(field), "field '%s' repeats in table %s", field, name);
        }
        fields.addAll(columnFields);
        columns.add(new Column(label, List.copyOf(columnFields), format));
        return this;
    }

    /**
     * Adds a row of values, one per field in column order (an interval takes two: lower,
     * upper). An {@link Interval} value fills both fields of an interval column, and so does
     * an {@link Optional} of one (two nulls when empty).
     *
     * @param values one value per field, in column order
     * @return this table
     */
    public Table row(Object... values) {
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Optional<?> optional) {
                Interval interval = (Interval) optional.orElse(null);
                flat.add(interval == null ? null : interval.lower());
                flat.add(interval == null ? null : interval.upper());
            } else if (value instanceof Interval interval) {
                flat.add(interval.lower());
                flat.add(interval.upper());
            } else {
                flat.add(value);
            }
        }
        checkArgument(
                flat.size() == fields.size(),
                "row of table %s must have %s values %s, had %s",
                name,
                fields.size(),
                fields,
                flat.size());
        rows.add(flat.toArray());
        return this;
    }

    /** {@return the machine field names in column order} */
    public List<String> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** {@return the rows as field-to-value maps in field order, as JSON and CSV write them} */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                record.put(fields.get(i), normal(row[i]));
            }
            records.add(record);
        }
        return records;
    }

    /** {@return the table as text cells for people: the column labels and the formatted values} */
    public TextTable text() {
        TextTable table = new TextTable(columns.stream().map(Column::label).toList());
        for (Object[] row : rows) {
            List<String> cells = new ArrayList<>();
            int at = 0;
            for (Column column : columns) {
                int width = column.fields().size();
                cells.add(column.format().apply(Arrays.copyOfRange(row, at, at + width)));
                at += width;
            }
            table.row(cells);
        }
        return table;
    }

    private static String show(Object value, DoubleFunction<String> format) {
        Object normal = normal(value);
        return normal == null ? "-" : format.apply(((Number) normal).doubleValue());
    }

    /** NaN and infinities are not numbers a reader can use: they become null ("-"). */
    private static Object normal(Object value) {
        if (value instanceof Double number && !Double.isFinite(number)) {
            return null;
        }
        if (value instanceof Float number && !Float.isFinite(number)) {
            return null;
        }
        return value;
    }
}
