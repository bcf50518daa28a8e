package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

/**
 * The restricted mean survival time up to a horizon {@code tau}: the area under the
 * Kaplan-Meier curve from 0 to {@code tau}, the expected lifetime counted up to {@code tau}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param horizon the horizon {@code tau}, in the unit of the durations
 * @param value the area {@code integral_0^tau S(t) dt}
 * @param variance its variance {@code sum_{t_i <= tau} A_i^2 d_i / (n_i (n_i - d_i))}, with
 *     {@code A_i} the area from event time {@code t_i} to {@code tau} (a term with
 *     {@code n_i = d_i} counts 0, as in R)
 */
public record RestrictedMean(double horizon, double value, double variance) {

    /**
     * Checks that horizon, value and variance are {@code >= 0}.
     *
     * @param horizon the horizon {@code tau}, in the unit of the durations
     * @param value the area {@code integral_0^tau S(t) dt}
     * @param variance its variance {@code sum_{t_i <= tau} A_i^2 d_i / (n_i (n_i - d_i))}, with
     *     {@code A_i} the area from event time {@code t_i} to {@code tau} (a term with
     *     {@code n_i = d_i} counts 0, as in R)
     * @throws IllegalArgumentException when one of them is negative or NaN
     */
    public RestrictedMean {
        checkArgument(
                horizon >= 0 && value >= 0 && variance >= 0,
                "horizon, value and variance must be >= 0, were %s, %s and %s",
                horizon,
                value,
                variance);
    }

    /** {@return the standard error, {@code sqrt(variance)}} */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /**
     * {@return the normal interval {@code value +- z SE} at {@code level}, clipped to
     * {@code [0, horizon]}; method {@code "wald"}}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public Interval interval(double level) {
        double half = Confidence.z(level) * standardError();
        return new Interval(
                Math.max(0, value - half),
                Math.min(horizon, value + half),
                level,
                "wald",
                Interval.Unit.TIME);
    }
}
