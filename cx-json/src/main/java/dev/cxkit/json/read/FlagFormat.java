package dev.cxkit.json.read;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.json.deser.Fields;

import java.util.Objects;
import java.util.Optional;

/**
 * How a yes/no value is written, for {@link Row#flag(String, FlagFormat)}: an event column such
 * as {@code Churn} ({@code Yes}/{@code No}) or {@code Status} ({@code Left}/{@code Stayed}).
 *
 * <ul>
 *   <li>{@link #standard()}: {@code Yes}, {@code Y}, {@code true}, {@code 1} are true and
 *       {@code No}, {@code N}, {@code false}, {@code 0} false, in any case; anything else is
 *       rejected.
 *   <li>{@link #trueWhen(String)}: true for one named value (in any case, {@code Left}), false
 *       for every other value; an empty cell is still a missing value.
 * </ul>
 *
 * <p>Values are compared after removing leading and trailing blanks. Instances are immutable
 * and thread-safe.
 */
public final class FlagFormat {

    private static final FlagFormat STANDARD = new FlagFormat(null);

    private final String trueValue;

    private FlagFormat(String trueValue) {
        this.trueValue = trueValue;
    }

    /** {@return Yes/No, Y/N, true/false and 1/0, in any case} */
    public static FlagFormat standard() {
        return STANDARD;
    }

    /**
     * {@return true exactly for {@code value} (in any case), false for any other value}
     *
     * @param value the one value that means true
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public static FlagFormat trueWhen(String value) {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "the true value must not be blank, was '%s'", value);
        return new FlagFormat(value.trim());
    }

    /**
     * {@return the truth value of {@code text}}
     *
     * @param text the value as written
     * @throws IllegalArgumentException saying what was {@linkplain #expected() expected} when
     *     {@link #standard()} does not know the text
     */
    public boolean value(String text) {
        Objects.requireNonNull(text, "text");
        if (trueValue != null) {
            return text.trim().equalsIgnoreCase(trueValue);
        }
        Optional<Boolean> value = Fields.standardFlag(text);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(expected());
        }
        return value.get();
    }

    /** {@return what a value in this format looks like, for messages: {@code expected ...}} */
    public String expected() {
        return trueValue == null
                ? "expected " + Fields.STANDARD_FLAGS
                : "expected any value, " + trueValue + " meaning true";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlagFormat format && Objects.equals(trueValue, format.trueValue);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(trueValue);
    }

    @Override
    public String toString() {
        return trueValue == null ? "standard" : "true when " + trueValue;
    }
}
