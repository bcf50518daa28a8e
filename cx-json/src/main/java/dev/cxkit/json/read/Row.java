package dev.cxkit.json.read;

import dev.cxkit.json.deser.Fields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * One record of any shape, as a {@linkplain CxReader#rows(java.util.List,
 * java.util.function.Function) row decoder} sees it: the cells of a CSV, TSV or whitespace
 * row by column name (its header, or the names given by {@link CsvColumns#headerless}, or a
 * field {@linkplain CsvColumns#map mapped} to a column), or the fields of a JSON object.
 *
 * <p>Each accessor reads one value and throws, for a missing or malformed one, an exception
 * that the reader turns into a {@link ReadProblem} naming the source, line, column, the
 * column's name, the value and what was expected; the record is then skipped or the read fails
 * as the {@link ErrorPolicy} says. An empty cell, or a JSON {@code null}, is a missing value.
 * Numbers are ASCII ({@code +9}, {@code ٩}, hex and {@code NaN} are rejected), within
 * {@link ReadLimits#maxNumberLength()} characters. A row is valid only inside the decoder it
 * is given to; not thread-safe.
 */
public final class Row {

    private final Fields fields;
    private final TimeFormat times;
    private final String source;
    private final long line;

    Row(Fields fields, TimeFormat times, String source, long line) {
        this.fields = fields;
        this.times = times;
        this.source = source;
        this.line = line;
    }

    /** {@return the input's name} */
    public String source() {
        return source;
    }

    /** {@return the 1-based line where this record starts} */
    public long line() {
        return line;
    }

    /**
     * The names of the row's columns, in order: a CSV, TSV or whitespace row's header (or
     * header-less names), a JSON object's fields.
     *
     * @return the column names
     */
    public List<String> columns() {
        return fields.names();
    }

    /**
     * {@return true when {@code column} holds a value (not absent, not empty, not {@code null})}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public boolean has(String column) {
        return fields.has(column);
    }

    /**
     * {@return the value of {@code column} as written; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public String string(String column) {
        return fields.optionalScalar(column)
                .orElseThrow(() -> fields.rejected(column, "required field is missing"));
    }

    /**
     * {@return the value of {@code column} as written, if present}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public Optional<String> optionalString(String column) {
        return fields.optionalScalar(column);
    }

    /**
     * {@return a non-blank value, such as a customer id; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public String id(String column) {
        String value = string(column);
        if (value.isBlank()) {
            throw fields.rejected(column, "must not be blank");
        }
        return value.trim();
    }

    /**
     * {@return an integer in {@code int} range; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public int integer(String column) {
        return fields.integer(column);
    }

    /**
     * {@return an integer in {@code int} range, if present}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public OptionalInt optionalInteger(String column) {
        return fields.optionalInteger(column);
    }

    /**
     * {@return a whole number {@code >= 0} in {@code long} range, such as a quantity; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public long count(String column) {
        return fields.count(column);
    }

    /**
     * {@return a finite number; required} A value too small to be represented (such as
     * {@code 1e-400}, which would round to 0) is rejected, not read as 0.
     *
     * @param column the column's name (a field of a JSON object)
     */
    public double number(String column) {
        return fields.number(column);
    }

    /**
     * {@return a finite number, if present}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public Optional<Double> optionalNumber(String column) {
        return fields.optionalNumber(column);
    }

    /**
     * {@return a finite number {@code >= 0}, such as an amount of money or a duration; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public double nonNegative(String column) {
        double value = number(column);
        if (value < 0) {
            throw fields.rejected(column, "must be >= 0");
        }
        return value;
    }

    /**
     * {@return a yes/no value in the {@link FlagFormat#standard()} format; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public boolean flag(String column) {
        return flag(column, FlagFormat.standard());
    }

    /**
     * {@return a yes/no value in {@code format}, such as {@code FlagFormat.trueWhen("Left")}}
     *
     * @param column the column's name (a field of a JSON object)
     * @param format the yes/no words of the column
     */
    public boolean flag(String column, FlagFormat format) {
        Objects.requireNonNull(format, "format");
        String text = string(column);
        return fields.checked(Optional.of(column), () -> format.value(text));
    }

    /**
     * {@return a time in the reader's {@link TimeFormat}; required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public Instant time(String column) {
        return fields.instant(column);
    }

    /**
     * {@return a time in the reader's {@link TimeFormat}, if present}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public Optional<Instant> optionalTime(String column) {
        return fields.optionalInstant(column);
    }

    /**
     * {@return the calendar date of a time in the reader's {@link TimeFormat}, in its zone;
     * required}
     *
     * @param column the column's name (a field of a JSON object)
     */
    public LocalDate date(String column) {
        return LocalDate.ofInstant(time(column), times.zone());
    }

    /**
     * Runs {@code check}, which validates the value of {@code column}, reporting an
     * {@link IllegalArgumentException} it throws as a problem of that column.
     *
     * @param <T> the type of the checked value
     * @param column the column's name (a field of a JSON object)
     * @param check computes the value, throwing {@link IllegalArgumentException} when it is invalid
     * @return the value {@code check} computed
     */
    public <T> T checked(String column, Supplier<T> check) {
        return fields.checked(Optional.of(column), check);
    }

    /**
     * {@return a problem of {@code column}, with its value, for the decoder to throw: the reader
     * reports it as any other bad value}
     *
     * @param column the column's name (a field of a JSON object)
     * @param reason what was expected, in the user's words
     */
    public RuntimeException rejected(String column, String reason) {
        return fields.rejected(column, reason);
    }
}
