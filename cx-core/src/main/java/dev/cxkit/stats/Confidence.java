package dev.cxkit.stats;

import static dev.cxkit.internal.Checks.checkArgument;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence levels and the standard normal quantiles behind two-sided intervals. Static
 * functions without state: thread-safe.
 */
public final class Confidence {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Confidence() {}

    /**
     * {@return {@code level} when it lies strictly between 0 and 1}
     *
     * @param level the level to check
     */
    public static double checkLevel(double level) {
        checkArgument(level > 0 && level < 1, "confidence level must be in (0, 1), was %s", level);
        return level;
    }

    /**
     * {@return the two-sided standard normal quantile {@code z = Phi^-1((1 + level) / 2)}, 1.959964
     * for 0.95}
     *
     * @param level the confidence level, in (0, 1)
     */
    public static double z(double level) {
        return STANDARD_NORMAL.inverseCumulativeProbability((1 + checkLevel(level)) / 2);
    }

    /**
     * {@return the two-sided p-value of a standard normal statistic, {@code 2 (1 - Phi(|z|))}}
     *
     * @param z the standard normal statistic
     */
    public static double twoSidedP(double z) {
        checkArgument(!Double.isNaN(z), "z must be a number, was NaN");
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }
}
