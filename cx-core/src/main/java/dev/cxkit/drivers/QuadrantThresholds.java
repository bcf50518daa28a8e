package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * Where the importance-versus-performance grid is split: a relative-weight share of R^2 and a
 * normalized performance, both in {@code [0, 1]}. Unless the analysis is given fixed thresholds
 * it splits at the means over the drivers analysed (importance 1/p, performance the mean
 * performance).
 *
 * <p>Immutable and thread-safe.
 *
 * @param importanceShare importance split, a share of R^2 in [0, 1]
 * @param performance performance split on the normalized scale [0, 1]
 */
public record QuadrantThresholds(double importanceShare, double performance) {

    /**
     * Validates both thresholds.
     *
     * @param importanceShare importance split, a share of R^2 in [0, 1]
     * @param performance performance split on the normalized scale [0, 1]
     */
    public QuadrantThresholds {
        checkArgument(
                importanceShare >= 0 && importanceShare <= 1,
                "importanceShare must be in [0, 1], was %s",
                importanceShare);
        checkArgument(
                performance >= 0 && performance <= 1,
                "performance must be in [0, 1], was %s",
                performance);
    }
}
