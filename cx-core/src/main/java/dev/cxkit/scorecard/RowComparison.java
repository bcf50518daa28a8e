package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * A scorecard row tested against its baseline (the rest of the population, or the previous
 * period of the same group), with its p-value adjusted across the rows compared.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the row's key
 * @param baseline the baseline's key: empty for the rest, else the previous period's key
 * @param baselineValue the metric's value on the baseline, in the metric's units; the row's
 *     value minus it is {@code difference.estimate()}
 * @param difference the test of row minus baseline, in the metric's units
 * @param adjustedPValue the p-value after the {@link Adjustment}, in [0, 1]
 */
public record RowComparison(
        List<String> key,
        List<String> baseline,
        double baselineValue,
        Difference difference,
        double adjustedPValue) {

    /**
     * Checks the components and copies the keys.
     *
     * @param key the row's key
     * @param baseline the baseline's key: empty for the rest, else the previous period's key
     * @param baselineValue the metric's value on the baseline, in the metric's units; the row's
     *     value minus it is {@code difference.estimate()}
     * @param difference the test of row minus baseline, in the metric's units
     * @param adjustedPValue the p-value after the {@link Adjustment}, in [0, 1]
     * @throws IllegalArgumentException when the baseline value is not finite or the adjusted
     *     p-value is not in [0, 1]
     */
    public RowComparison {
        key = List.copyOf(Objects.requireNonNull(key, "key"));
        baseline = List.copyOf(Objects.requireNonNull(baseline, "baseline"));
        checkArgument(
                Double.isFinite(baselineValue),
                "baselineValue must be finite, was %s",
                baselineValue);
        Objects.requireNonNull(difference, "difference");
        checkArgument(
                adjustedPValue >= 0 && adjustedPValue <= 1,
                "adjustedPValue must be in [0, 1], was %s",
                adjustedPValue);
    }

    /**
     * {@return true when the adjusted p-value is below {@code alpha}}
     *
     * @param alpha the significance level, in (0, 1)
     */
    public boolean isSignificant(double alpha) {
        checkArgument(alpha > 0 && alpha < 1, "alpha must be in (0, 1), was %s", alpha);
        return adjustedPValue < alpha;
    }
}
