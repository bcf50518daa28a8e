package dev.cxkit.stats;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Proportions;

/**
 * A count out of {@code n}: churned customers out of the customers at the start, conversions out
 * of customers who entered a stage, abandoned interactions out of all interactions at a
 * touchpoint. It is the one type for such a share everywhere in cxkit. The share itself is a
 * fraction in [0, 1], computed when read.
 *
 * <p>A proportion of nothing ({@code n = 0}) {@link #isEmpty() says so}; asking it for a value
 * or an interval throws {@link IllegalStateException} naming the metric. Immutable and
 * thread-safe.
 *
 * @param metric what is counted, used in messages, for example {@code "churn"}; not blank
 * @param count the counted events, in {@code 0..n}
 * @param n the trials (the base), {@code >= 0}
 */
public record Proportion(String metric, long count, long n) {

    /**
     * Validates the count and the base.
     *
     * @param metric what is counted, used in messages, for example {@code "churn"}; not blank
     * @param count the counted events, in {@code 0..n}
     * @param n the number of trials, {@code >= 0}
     * @throws IllegalArgumentException when {@code metric} is null or blank, {@code n < 0} or
     *     {@code count} is not in {@code 0..n}
     */
    public Proportion {
        checkArgument(
                metric != null && !metric.isBlank(), "metric must not be blank, was '%s'", metric);
        checkArgument(n >= 0, "%s n must be >= 0, was %s", metric, n);
        checkArgument(
                !(count < 0 || count > n), "%s count must be in 0..%s, was %s", metric, n, count);
    }

    /**
     * True when the base is empty ({@code n = 0}).
     *
     * @return whether {@code n} is 0
     */
    public boolean isEmpty() {
        return n == 0;
    }

    /**
     * The share {@code count / n}, a fraction in [0, 1].
     *
     * @return the share
     * @throws IllegalStateException when {@code n = 0}
     */
    public double value() {
        return (double) count / requireTrials();
    }

    /**
     * The Wilson score interval of the share at {@code level}, a fraction in [0, 1]
     * (method {@code "wilson"}).
     *
     * @param level the confidence level, in (0, 1)
     * @return the interval, in {@link Interval.Unit#FRACTION}
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     * @throws IllegalStateException when {@code n = 0}
     */
    public Interval interval(double level) {
        return Proportions.wilson(count, requireTrials(), level);
    }

    /**
     * The interval of the share at {@code level} by {@code method} (Wilson or Agresti-Coull), a
     * fraction in [0, 1].
     *
     * @param method the interval method
     * @param level the confidence level, in (0, 1)
     * @return the interval, its {@link Interval#method()} the method's label
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     * @throws IllegalStateException when {@code n = 0}
     */
    public Interval interval(ProportionInterval method, double level) {
        java.util.Objects.requireNonNull(method, "method");
        return method.interval(count, requireTrials(), level);
    }

    /**
     * The complementary count, {@code n - count} out of {@code n}, named {@code metric}.
     *
     * @param metric what the complement counts, for messages
     * @return the complement
     */
    public Proportion complement(String metric) {
        return new Proportion(metric, n - count, n);
    }

    private long requireTrials() {
        if (n == 0) {
            throw new IllegalStateException(metric + " is undefined for an empty base (n = 0)");
        }
        return n;
    }
}
