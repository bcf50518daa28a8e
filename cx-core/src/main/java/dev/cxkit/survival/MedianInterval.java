package dev.cxkit.survival;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A confidence interval for the median survival time, each bound empty when the data do not
 * reach it (R prints {@code NA}), as is common for the upper bound.
 *
 * @param lower the first time at which the lower confidence band of the curve is at or below
 *     0.5
 * @param upper the first time at which the upper confidence band is at or below 0.5
 */
public record MedianInterval(OptionalDouble lower, OptionalDouble upper) {

    public MedianInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
    }
}
