package dev.cxkit.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The two-sided normal quantile of a confidence level. */
final class ConfidenceLevel {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ConfidenceLevel() {}

    /**
     * The quantile {@code z} with {@code P(|Z| <= z) = level} for a standard normal {@code Z}.
     *
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    static double z(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(
                    "level must be in (0, 1), e.g. 0.95, was " + level);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
    }
}
