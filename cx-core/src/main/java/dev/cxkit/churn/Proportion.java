package dev.cxkit.churn;

import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportions;
import java.util.Objects;

/**
 * A rate that is a share of customers: {@code count} out of {@code n}, with its Wilson interval.
 * With {@code n = 0} the rate {@link #isEmpty() is empty} and asking its value throws
 * {@link IllegalStateException} naming the metric.
 *
 * @param metric what the rate measures, e.g. "churn", used in messages
 * @param count customers counted, in {@code 0..n}
 * @param n customers in the base
 */
public record Proportion(String metric, long count, long n) {

    public Proportion {
        Objects.requireNonNull(metric, "metric");
        if (n < 0 || count < 0 || count > n) {
            throw new IllegalArgumentException(metric + ": n must be >= 0 and count in 0..n, "
                    + "were n = " + n + " and count = " + count);
        }
    }

    /** True when the base is empty. */
    public boolean isEmpty() {
        return n == 0;
    }

    /**
     * {@code count / n}, in [0, 1].
     *
     * @throws IllegalStateException when {@code n = 0}
     */
    public double value() {
        requireData();
        return (double) count / n;
    }

    /**
     * The Wilson score interval at {@code level} (method {@code "wilson"}).
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     * @throws IllegalStateException when {@code n = 0}
     */
    public Interval wilson(double level) {
        requireData();
        return Proportions.wilson(count, n, level);
    }

    private void requireData() {
        if (n == 0) {
            throw new IllegalStateException(metric + " is undefined for an empty base (n = 0)");
        }
    }
}
