package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One bad record: where it is, which field was wrong, the offending value and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the input's name, for example a file path
 * @param line the 1-based line where the record starts
 * @param column the 1-based column (character in the line, or CSV column) where known
 * @param field the field at fault, as named in the JSON form, where one is to blame
 * @param value the offending value as it appeared, shortened to {@value #MAX_VALUE_LENGTH}
 *     characters, where there is one
 * @param reason what was expected
 */
public record ReadProblem(
        String source,
        long line,
        OptionalInt column,
        Optional<String> field,
        Optional<String> value,
        String reason) {

    /** Longest value kept in a problem; longer ones are cut and marked with their length. */
    public static final int MAX_VALUE_LENGTH = 120;

    /** A value {@link #shorten(String) shortened} before. */
    private static final Pattern SHORTENED =
            Pattern.compile("(?s).{" + MAX_VALUE_LENGTH + "}\\.\\.\\.\\(\\d+ chars\\)");

    /**
     * Checks the components and shortens a long value for display.
     *
     * @param source the input's name, for example a file path
     * @param line the 1-based line where the record starts
     * @param column the 1-based column (character in the line, or CSV column) where known
     * @param field the field at fault, as named in the JSON form, where one is to blame
     * @param value the offending value as it appeared, shortened to {@value #MAX_VALUE_LENGTH}
     *     characters, where there is one
     * @param reason what was expected
     * @throws IllegalArgumentException when {@code line < 1}
     */
    public ReadProblem {
        Objects.requireNonNull(source, "source");
        checkArgument(line >= 1, "line must be >= 1, was %s", line);
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(field, "field");
        value = Objects.requireNonNull(value, "value").map(ReadProblem::shorten);
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return {@code source:line[:column]: [field: ]reason[, was value]}} */
    public String message() {
        StringBuilder text = new StringBuilder(source).append(':').append(line);
        column.ifPresent(at -> text.append(':').append(at));
        text.append(": ");
        field.ifPresent(name -> text.append(name).append(": "));
        text.append(reason);
        value.ifPresent(shown -> text.append(", was ").append(shown));
        return text.toString();
    }

    /**
     * The value cut to {@value #MAX_VALUE_LENGTH} characters and marked with its length; a value
     * cut so before is kept, so that a problem rebuilt from another's components equals it.
     */
    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_LENGTH || SHORTENED.matcher(value).matches()
                ? value
                : value.substring(0, MAX_VALUE_LENGTH) + "...(" + value.length() + " chars)";
    }

    @Override
    public String toString() {
        return message();
    }
}
