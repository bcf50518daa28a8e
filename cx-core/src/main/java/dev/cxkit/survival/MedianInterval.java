package dev.cxkit.survival;

import dev.cxkit.stats.Confidence;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A confidence interval for the median survival time, each bound empty when the data do not
 * reach it (R prints {@code NA}), as is common for the upper bound.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the first time at which the lower confidence band of the curve is at or below
 *     0.5
 * @param upper the first time at which the upper confidence band is at or below 0.5
 * @param level the confidence level of the bands, in (0, 1)
 * @param type the transformation of the bands
 */
public record MedianInterval(
        OptionalDouble lower, OptionalDouble upper, double level, ConfidenceType type) {

    /**
     * Checks that nothing is null and that the level is in (0, 1).
     *
     * @param lower the first time at which the lower confidence band of the curve is at or below
     *     0.5
     * @param upper the first time at which the upper confidence band is at or below 0.5
     * @param level the confidence level of the bands, in (0, 1)
     * @param type the transformation of the bands
     * @throws IllegalArgumentException when {@code level} is not in (0, 1)
     */
    public MedianInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Confidence.checkLevel(level);
        Objects.requireNonNull(type, "type");
    }
}
