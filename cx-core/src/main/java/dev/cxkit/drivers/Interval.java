package dev.cxkit.drivers;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A closed interval {@code [lower, upper]}, here a bootstrap percentile interval.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /** Rejects NaN bounds and {@code upper < lower}. */
    public Interval {
        checkArgument(lower <= upper, "interval needs lower <= upper, was [%s, %s]", lower, upper);
    }

    /** True when {@code value} lies in the interval. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
