package dev.cxkit.stats;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Locale;
import java.util.Objects;

/**
 * A confidence interval for an estimate: its bounds, the confidence level, the name of the
 * method that produced it ({@code "wald"}, {@code "wilson"}, {@code "log-log"}...) and the
 * {@link Unit} its bounds are in, so that a share (a fraction) is never read as NPS points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, in {@code unit}
 * @param upper the upper bound, {@code >= lower}, in {@code unit}
 * @param level the confidence level, in (0, 1), for example 0.95
 * @param method the method's name, as documented by the producer
 * @param unit the unit of both bounds
 */
public record Interval(double lower, double upper, double level, String method, Unit unit) {

    /** The unit of an interval's bounds. */
    public enum Unit {
        /** A share or rate, a fraction in [0, 1] (differences of shares in [-1, 1]). */
        FRACTION,
        /** NPS points, -100..100 (differences of scores in -200..200). */
        NPS_POINTS,
        /** Points of a rating scale, for example a mean CSAT of 4.2 on 1..5. */
        SCALE_POINTS,
        /** The time unit of the durations the estimate was computed from. */
        TIME,
        /** A dimensionless coefficient: a correlation, a regression coefficient, a log ratio. */
        COEFFICIENT,
        /** A ratio of two rates, for example a hazard ratio; 1 means no difference. */
        RATIO,
        /** An expected number of events, for example of a customer's future transactions. */
        COUNT,
        /** Money, in the currency (and minor or major units) of the amounts it came from. */
        MONEY;

        /**
         * The unit's name in lower case with spaces, for messages and output.
         *
         * @return for example {@code "nps points"}
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Validates the bounds, level, method and unit.
     *
     * @param lower the lower bound, in {@code unit}
     * @param upper the upper bound, {@code >= lower}, in {@code unit}
     * @param level the confidence level, in (0, 1)
     * @param method the method's name, as documented by the producer
     * @param unit the unit of both bounds
     * @throws IllegalArgumentException when a bound is NaN, {@code lower > upper} or the level
     *     is not in (0, 1)
     * @throws NullPointerException when {@code method} or {@code unit} is null
     */
    public Interval {
        checkArgument(
                !(Double.isNaN(lower) || Double.isNaN(upper) || lower > upper),
                "interval bounds must be numbers with lower <= upper, were [%s, %s]",
                lower,
                upper);
        Confidence.checkLevel(level);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * True when {@code value} lies in {@code [lower, upper]}.
     *
     * @param value a value in this interval's unit
     * @return whether the interval contains it
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * Upper minus lower bound, in this interval's unit.
     *
     * @return the width
     */
    public double width() {
        return upper - lower;
    }

    /**
     * This interval of a net share (a {@link Unit#FRACTION}) in {@link Unit#NPS_POINTS}: both
     * bounds multiplied by 100.
     *
     * @return the interval in NPS points
     * @throws IllegalStateException when this interval is not in fractions
     */
    public Interval toNpsPoints() {
        if (unit != Unit.FRACTION) {
            throw new IllegalStateException(
                    "only an interval in fractions converts to NPS points, this one is in "
                            + unit.label());
        }
        return new Interval(lower * 100, upper * 100, level, method, Unit.NPS_POINTS);
    }
}
