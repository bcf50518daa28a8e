package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The Kaplan-Meier product-limit estimate of a survival curve, with Greenwood's variance,
 * pointwise confidence intervals, the median with its interval and the restricted mean.
 *
 * <p>{@code S(t) = prod_{t_i <= t} (1 - d_i / n_i)} over the distinct times {@code t_i}, with
 * {@code d_i} events at {@code t_i} and {@code n_i} subjects at risk just before it (Kaplan &amp;
 * Meier 1958, JASA 53:457-481; censorings at {@code t_i} are still at risk, see
 * {@link RiskSets}). Greenwood's formula: {@code Var S(t) = S(t)^2 G(t)}, {@code G(t) =
 * sum_{t_i <= t} d_i / (n_i (n_i - d_i))} (Greenwood 1926; Klein &amp; Moeschberger 2003,
 * "Survival Analysis", ch. 4). Where everyone at risk fails the estimate drops to 0 and the term
 * is undefined; this class reports variance 0 there (R reports NaN). The curve is a
 * right-continuous step function, 1 before the first event; durations are in the caller's unit.
 *
 * <p>The curve is estimated up to and including the {@linkplain #lastFollowUp() last follow-up},
 * the longest duration in the data, and not after it: beyond that time nobody is observed, so
 * {@link #survival}, {@link #variance}, {@link #standardError} and {@link #interval} refuse a
 * later time with an {@link IllegalArgumentException} naming the last follow-up, rather than
 * extending the last value flat. This is R's rule for {@code summary(survfit(...), times,
 * extend = FALSE)}, which omits such times. {@link #isEstimatedAt(double)} asks first.
 *
 * <p>A curve of no subjects {@link #isEmpty() says so} and every statistic asked of it throws
 * {@link IllegalStateException} naming the statistic. Instances are immutable, thread-safe value
 * objects (equal when their risk sets are equal); the arrays behind the statistics are computed
 * once, when the curve is made.
 */
public final class KaplanMeier {

    /** R's tolerance for "S is exactly 0.5": {@code sqrt(.Machine$double.eps)}. */
    private static final double HALF_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final RiskSets riskSets;
    private final long[] atRisk;
    private final double[] survival;
    private final double[] greenwood;

    private KaplanMeier(RiskSets riskSets) {
        this.riskSets = riskSets;
        int rows = riskSets.rowCount();
        atRisk = new long[rows];
        survival = new double[rows];
        greenwood = new double[rows];
        long remaining = riskSets.subjects();
        double s = 1;
        double g = 0;
        for (int i = 0; i < rows; i++) {
            long d = riskSets.events(i);
            atRisk[i] = remaining;
            if (d > 0) {
                s *= 1 - (double) d / remaining;
                if (d < remaining) {
                    g += d / ((double) remaining * (remaining - d));
                }
            }
            survival[i] = s;
            greenwood[i] = g;
            remaining -= d + riskSets.censored(i);
        }
    }

    /**
     * {@return the curve of {@code riskSets}}
     *
     * @param riskSets the risk-set table
     */
    public static KaplanMeier of(RiskSets riskSets) {
        return new KaplanMeier(Objects.requireNonNull(riskSets, "riskSets"));
    }

    /**
     * {@return the curve of subjects {@code i} with {@code durations[i]}, ending in an event when
     * {@code events[i]}: the columnar path, see {@link RiskSets#of(double[], boolean[])}}
     *
     * @param durations each subject's follow-up time, finite and {@code >= 0}
     * @param events whether each subject's follow-up ended in an event (otherwise it was censored)
     * @throws IllegalArgumentException when the arrays differ in length or a duration is
     *     negative, NaN or infinite
     */
    public static KaplanMeier fit(double[] durations, boolean[] events) {
        return of(RiskSets.of(durations, events));
    }

    /** {@return the risk sets behind the curve} */
    public RiskSets riskSets() {
        return riskSets;
    }

    /** {@return true when the curve has no subject} */
    public boolean isEmpty() {
        return riskSets.isEmpty();
    }

    /**
     * {@return the last follow-up: the longest duration in the data, an event's or a
     * censoring's, in the unit of the durations} The curve is estimated up to and including it.
     *
     * @throws IllegalStateException when the curve is empty
     */
    public double lastFollowUp() {
        requireData("last follow-up");
        return riskSets.time(riskSets.rowCount() - 1);
    }

    /**
     * {@return whether {@code S(time)} is estimated: {@code time <= }{@link #lastFollowUp()}}
     * Times before the first event are, where {@code S} is 1.
     *
     * @param time the time asked about, in the unit of the durations
     * @throws IllegalArgumentException when {@code time} is NaN
     * @throws IllegalStateException when the curve is empty
     */
    public boolean isEstimatedAt(double time) {
        checkArgument(!Double.isNaN(time), "time must not be NaN");
        return time <= lastFollowUp();
    }

    /**
     * {@return the estimate {@code S(time)}; 1 before the first event}
     *
     * @param time the time asked about, in the unit of the durations
     * @throws IllegalArgumentException when {@code time} is NaN or after the
     *     {@linkplain #lastFollowUp() last follow-up}
     * @throws IllegalStateException when the curve is empty
     */
    public double survival(double time) {
        requireData("survival");
        int row = estimatedRowAt(time, "survival");
        return row < 0 ? 1 : survival[row];
    }

    /**
     * {@return Greenwood's variance of {@code S(time)}: {@code S(time)^2 G(time)}}
     *
     * @param time the time asked about, in the unit of the durations
     * @throws IllegalArgumentException when {@code time} is NaN or after the
     *     {@linkplain #lastFollowUp() last follow-up}
     * @throws IllegalStateException when the curve is empty
     */
    public double variance(double time) {
        requireData("variance");
        return varianceAt(estimatedRowAt(time, "variance"));
    }

    /**
     * {@return Greenwood's standard error of {@code S(time)}, the square root of {@link #variance}}
     *
     * @param time the time asked about, in the unit of the durations
     * @throws IllegalArgumentException when {@code time} is NaN or after the
     *     {@linkplain #lastFollowUp() last follow-up}
     * @throws IllegalStateException when the curve is empty
     */
    public double standardError(double time) {
        requireData("standard error");
        return Math.sqrt(varianceAt(estimatedRowAt(time, "standard error")));
    }

    /**
     * {@return the pointwise confidence interval for {@code S(time)} of {@code type} at
     * {@code level}}
     *
     * @param time the time asked about, in the unit of the durations
     * @param type the transformation of the pointwise interval
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code time} is NaN or after the
     *     {@linkplain #lastFollowUp() last follow-up}, or {@code level} is not in {@code (0, 1)}
     * @throws IllegalStateException when the curve is empty
     */
    public Interval interval(double time, ConfidenceType type, double level) {
        Objects.requireNonNull(type, "type");
        requireData("confidence interval");
        double z = Confidence.z(level);
        int row = estimatedRowAt(time, "confidence interval");
        return row < 0 ? type.interval(1, 0, z, level) : band(row, type, z, level);
    }

    /**
     * {@return the whole table, one step per distinct duration (event or censoring), in time order}
     *
     * @throws IllegalStateException when the curve is empty
     */
    public List<SurvivalStep> steps() {
        requireData("steps");
        List<SurvivalStep> steps = new ArrayList<>(survival.length);
        for (int i = 0; i < survival.length; i++) {
            steps.add(new SurvivalStep(
                    riskSets.time(i),
                    atRisk[i],
                    riskSets.events(i),
                    riskSets.censored(i),
                    survival[i],
                    survival[i] * Math.sqrt(greenwood[i])));
        }
        return Collections.unmodifiableList(steps);
    }

    /**
     * {@return the median survival time as R's {@code survfit} reports it: the first time at which
     * {@code S <= 0.5}; when {@code S} equals 0.5 (within {@code sqrt(machine epsilon)}) from a
     * time until the next drop, the midpoint of that time and the time of the drop} Empty when the
     * curve stays above 0.5.
     *
     * @throws IllegalStateException when the curve is empty
     */
    public OptionalDouble median() {
        requireData("median");
        return firstAtOrBelowHalf(i -> survival[i], i -> true);
    }

    /**
     * {@return the confidence interval of the median as R's {@code survfit} computes it (Brookmeyer
     * &amp; Crowley 1982, Biometrics 38:29-41): the times at which the lower and the upper
     * pointwise confidence bands of {@code type} first reach 0.5, by the rule of {@link #median()}}
     * Times where the curve is 0 are skipped, as R has no band there.
     *
     * @param type the transformation of the pointwise interval
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code level} is not in {@code (0, 1)}
     * @throws IllegalStateException when the curve is empty
     */
    public MedianInterval medianInterval(ConfidenceType type, double level) {
        Objects.requireNonNull(type, "type");
        requireData("median interval");
        double z = Confidence.z(level);
        Interval[] bands = new Interval[survival.length];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = band(i, type, z, level);
        }
        IntPredicate hasBand = i -> survival[i] > 0;
        return new MedianInterval(
                firstAtOrBelowHalf(i -> bands[i].lower(), hasBand),
                firstAtOrBelowHalf(i -> bands[i].upper(), hasBand),
                level,
                type);
    }

    /**
     * {@return the restricted mean survival time up to {@code horizon} with its variance, as R's
     * {@code print(survfit, rmean = horizon)} (Klein &amp; Moeschberger 2003, ch. 4)} The curve is
     * extended flat beyond its last time.
     *
     * @param horizon the horizon tau, in the unit of the durations
     * @throws IllegalArgumentException unless {@code horizon} is finite and {@code >= 0}
     * @throws IllegalStateException when the curve is empty
     */
    public RestrictedMean restrictedMean(double horizon) {
        RiskSets.checkDuration(horizon, "horizon");
        requireData("restricted mean");
        int last = rowAt(horizon);
        double area = 0;
        double variance = 0;
        double end = horizon;
        for (int i = last; i >= 0; i--) {
            area += (end - riskSets.time(i)) * survival[i];
            end = riskSets.time(i);
            long d = riskSets.events(i);
            if (d > 0 && d < atRisk[i]) {
                variance += area * area * d / ((double) atRisk[i] * (atRisk[i] - d));
            }
        }
        return new RestrictedMean(horizon, area + end, variance);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KaplanMeier other && riskSets.equals(other.riskSets);
    }

    @Override
    public int hashCode() {
        return riskSets.hashCode();
    }

    @Override
    public String toString() {
        return "KaplanMeier{" + riskSets + "}";
    }

    private Interval band(int row, ConfidenceType type, double z, double level) {
        return type.interval(survival[row], Math.sqrt(greenwood[row]), z, level);
    }

    private double varianceAt(int row) {
        return row < 0 ? 0 : survival[row] * survival[row] * greenwood[row];
    }

    /**
     * {@link #rowAt}, refusing a time after the last follow-up, where {@code statistic} is not
     * estimated.
     */
    private int estimatedRowAt(double time, String statistic) {
        checkArgument(
                !(time > lastFollowUp()),
                "time must be at most the last follow-up %s: Kaplan-Meier %s is not estimated"
                        + " after it, was %s",
                lastFollowUp(),
                statistic,
                time);
        return rowAt(time);
    }

    /** The row of the last time {@code <= time}, -1 before the first. */
    private int rowAt(double time) {
        checkArgument(!Double.isNaN(time), "time must not be NaN");
        int found = Arrays.binarySearch(riskSets.times(), time + 0.0);
        return found >= 0 ? found : -found - 2;
    }

    private OptionalDouble firstAtOrBelowHalf(IntToDoubleFunction value, IntPredicate defined) {
        for (int i = 0; i < survival.length; i++) {
            double y = value.applyAsDouble(i);
            if (defined.test(i) && y < 0.5 + HALF_TOLERANCE) {
                if (Math.abs(y - 0.5) < HALF_TOLERANCE) {
                    for (int j = i + 1; j < survival.length; j++) {
                        if (defined.test(j) && value.applyAsDouble(j) < y) {
                            return OptionalDouble.of((riskSets.time(i) + riskSets.time(j)) / 2);
                        }
                    }
                }
                return OptionalDouble.of(riskSets.time(i));
            }
        }
        return OptionalDouble.empty();
    }

    private void requireData(String statistic) {
        if (isEmpty()) {
            throw new IllegalStateException(
                    "Kaplan-Meier " + statistic + " is undefined for an empty sample");
        }
    }
}
