package dev.cxkit.internal;

import java.util.Objects;

/**
 * The argument checks of cxkit, one style for every package: a failed check throws
 * {@link IllegalArgumentException} with a message that names the field, the value and what was
 * expected, for example {@code "alpha must be > 0 and finite, was -1.0"}.
 *
 * <p>Templates use {@code %s} placeholders, filled in order; the message is only built when the
 * check fails, and the overloads for one {@code long}, {@code double} or object argument do not
 * allocate when it passes. Not part of cxkit's API: the package is not exported.
 */
public final class Checks {

    private Checks() {}

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the condition to hold
     * @param message the message
     * @throws IllegalArgumentException with {@code message} when the condition is false
     */
    public static void checkArgument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the condition to hold
     * @param template the message, {@code %s} standing for {@code value}
     * @param value the value named in the message
     * @throws IllegalArgumentException with the filled-in template when the condition is false
     */
    public static void checkArgument(boolean condition, String template, long value) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, value));
        }
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the condition to hold
     * @param template the message, {@code %s} standing for {@code value}
     * @param value the value named in the message
     * @throws IllegalArgumentException with the filled-in template when the condition is false
     */
    public static void checkArgument(boolean condition, String template, double value) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, value));
        }
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the condition to hold
     * @param template the message, {@code %s} standing for {@code value}
     * @param value the value named in the message
     * @throws IllegalArgumentException with the filled-in template when the condition is false
     */
    public static void checkArgument(boolean condition, String template, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, value));
        }
    }

    /**
     * Throws when {@code condition} is false.
     *
     * @param condition the condition to hold
     * @param template the message, each {@code %s} standing for the next of {@code values}
     * @param values the values named in the message
     * @throws IllegalArgumentException with the filled-in template when the condition is false
     */
    public static void checkArgument(boolean condition, String template, Object... values) {
        if (!condition) {
            throw new IllegalArgumentException(format(template, values));
        }
    }

    /**
     * Returns {@code value} when it is not blank; rejects null and blank identifiers.
     *
     * @param value the text to check
     * @param field the field's name, for the message
     * @return {@code value}
     * @throws NullPointerException when {@code value} is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public static String nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    /**
     * {@code template} with each {@code %s} replaced by the next value; values left over are
     * appended in square brackets, placeholders left over stay as they are.
     */
    static String format(String template, Object... values) {
        StringBuilder message = new StringBuilder(template.length() + 16 * values.length);
        int start = 0;
        int used = 0;
        while (used < values.length) {
            int at = template.indexOf("%s", start);
            if (at < 0) {
                break;
            }
            message.append(template, start, at).append(values[used++]);
            start = at + 2;
        }
        message.append(template, start, template.length());
        if (used < values.length) {
            message.append(" [");
            for (int i = used; i < values.length; i++) {
                message.append(i > used ? ", " : "").append(values[i]);
            }
            message.append(']');
        }
        return message.toString();
    }
}
