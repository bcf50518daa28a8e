package dev.cxkit.journey;

import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportions;

/**
 * A count of events out of {@code n} trials, such as conversions out of customers who entered a
 * stage or abandoned interactions out of all interactions at a touchpoint. The rate itself is
 * computed when read; a rate of nothing ({@code n = 0}) {@link #isEmpty() says so} and asking
 * it for a value or an interval throws {@link IllegalStateException} naming the metric.
 *
 * @param metric what is counted, for messages, for example {@code "abandonment"}
 * @param count the events, in {@code 0..n}
 * @param n the trials, {@code >= 0}
 */
public record Rate(String metric, long count, long n) {

    public Rate {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("metric must not be blank, was '" + metric + "'");
        }
        if (n < 0) {
            throw new IllegalArgumentException(metric + " n must be >= 0, was " + n);
        }
        if (count < 0 || count > n) {
            throw new IllegalArgumentException(
                    metric + " count must be in 0.." + n + ", was " + count);
        }
    }

    /** True when there were no trials. */
    public boolean isEmpty() {
        return n == 0;
    }

    /** {@code count / n}, in [0, 1]. */
    public double value() {
        return (double) count / requireTrials();
    }

    /** The Wilson score interval of the rate at {@code level} ({@link Proportions#wilson}). */
    public Interval interval(double level) {
        return Proportions.wilson(count, requireTrials(), level);
    }

    /** The complementary rate, {@code (n - count) / n}, named {@code metric}. */
    public Rate complement(String metric) {
        return new Rate(metric, n - count, n);
    }

    private long requireTrials() {
        if (n == 0) {
            throw new IllegalStateException(metric + " rate is undefined with n = 0");
        }
        return n;
    }
}
