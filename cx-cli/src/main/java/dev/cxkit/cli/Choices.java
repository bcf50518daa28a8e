package dev.cxkit.cli;

import picocli.CommandLine.TypeConversionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads an option value that names one of a fixed set of choices (an enum constant), in any
 * case and with {@code -} for {@code _}; anything else is a usage error that lists the
 * choices, never a Java message.
 *
 * <p>Stateless: its static methods are thread-safe.
 */
public final class Choices {

    private Choices() {}

    /**
     * {@return the constant of {@code type} named {@code value}}
     *
     * @param <E> the enum type
     * @param type the enum type
     * @param value the value as the user typed it
     * @throws TypeConversionException (a usage error, exit 2) naming the choices and the value
     */
    public static <E extends Enum<E>> E of(Class<E> type, String value) {
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new TypeConversionException(
                "expected one of " + names(type) + ", was '" + value + "'");
    }

    /**
     * {@return the constant of {@code type} named {@code value}, given as {@code option}}
     *
     * @param <E> the enum type
     * @param type the enum type
     * @param value the value as the user typed it
     * @param option the option the value was given to, for the message
     * @throws UsageException naming the option, the choices and the value
     */
    public static <E extends Enum<E>> E of(Class<E> type, String value, String option) {
        try {
            return of(type, value);
        } catch (TypeConversionException unknown) {
            throw new UsageException(option + ": " + unknown.getMessage());
        }
    }

    /**
     * {@return the choices of {@code type} as a user types them: lower case, {@code -} for
     * {@code _}}
     *
     * @param type the enum type
     */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }
}
