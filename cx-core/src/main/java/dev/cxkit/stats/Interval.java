package dev.cxkit.stats;

import java.util.Objects;

/**
 * A confidence interval for an estimate: its bounds, the confidence level and the name of the
 * method that produced it ({@code "wald"}, {@code "wilson"}, {@code "log-log"}...).
 *
 * @param lower the lower bound
 * @param upper the upper bound, {@code >= lower}
 * @param level the confidence level, in (0, 1), for example 0.95
 * @param method the method's name, as documented by the producer
 */
public record Interval(double lower, double upper, double level, String method) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "interval bounds must be numbers with lower <= upper, were [" + lower + ", "
                            + upper + "]");
        }
        Confidence.checkLevel(level);
        Objects.requireNonNull(method, "method");
    }

    /** True when {@code value} lies in {@code [lower, upper]}. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Upper minus lower bound. */
    public double width() {
        return upper - lower;
    }

    /** This interval with both bounds multiplied by {@code factor > 0} (e.g. 100 for points). */
    public Interval scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and > 0, was " + factor);
        }
        return new Interval(lower * factor, upper * factor, level, method);
    }
}
