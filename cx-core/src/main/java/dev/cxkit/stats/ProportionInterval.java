package dev.cxkit.stats;

import dev.cxkit.internal.Proportions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The interval method for a proportion (a churn rate, a top-box share, any count out of n),
 * wherever a caller can choose one. Both give fractions in [0, 1].
 *
 * <p>Immutable and thread-safe.
 */
public enum ProportionInterval {

    /** Wilson's score interval; the default. */
    WILSON("wilson"),

    /** The Agresti-Coull interval. */
    AGRESTI_COULL("agresti-coull");

    private final String label;

    ProportionInterval(String label) {
        this.label = label;
    }

    /** {@return the method's name, as {@link Interval#method()} reports it: {@code wilson}, ..} */
    public String label() {
        return label;
    }

    /**
     * {@return the interval of {@code successes} out of {@code n} at {@code level} by this method}
     *
     * @param successes the number of successes, in {@code [0, n]}
     * @param n the number of trials, {@code >= 0}
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code n < 1}, successes is outside {@code 0..n} or
     *     {@code level} outside (0, 1)
     */
    public Interval interval(long successes, long n, double level) {
        return this == WILSON
                ? Proportions.wilson(successes, n, level)
                : Proportions.agrestiCoull(successes, n, level);
    }

    /**
     * {@return the method named {@code name} ({@link #label()}, in any case; {@code _} for
     * {@code -})}
     *
     * @param name the method's label
     * @throws IllegalArgumentException naming the methods there are when none is called so
     */
    public static ProportionInterval byName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ProportionInterval method : values()) {
            if (method.label.equals(wanted)) {
                return method;
            }
        }
        throw new IllegalArgumentException("interval method must be one of "
                + Arrays.stream(values())
                        .map(ProportionInterval::label)
                        .collect(Collectors.joining(", "))
                + ", was '" + name + "'");
    }
}
