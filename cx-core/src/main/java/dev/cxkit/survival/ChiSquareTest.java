package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import org.hipparchus.special.Gamma;

/**
 * A chi-square test result: the statistic, its degrees of freedom and the upper-tail p-value
 * {@code P(chi^2_df >= statistic)} (regularized incomplete gamma {@code Q(df/2, statistic/2)},
 * Abramowitz &amp; Stegun 1964, 26.4.19). Immutable and thread-safe.
 *
 * @param statistic the test statistic, {@code >= 0}
 * @param degreesOfFreedom degrees of freedom, {@code >= 1}
 * @param pValue the upper-tail p-value, in [0, 1]
 */
public record ChiSquareTest(double statistic, int degreesOfFreedom, double pValue) {

    /**
     * Validates the components.
     *
     * @param statistic the test statistic, {@code >= 0}
     * @param degreesOfFreedom degrees of freedom, {@code >= 1}
     * @param pValue the upper-tail p-value, in [0, 1]
     * @throws IllegalArgumentException when the statistic is negative or NaN, the degrees of
     *     freedom below 1 or the p-value outside [0, 1]
     */
    public ChiSquareTest {
        checkArgument(
                !(!(statistic >= 0) || degreesOfFreedom < 1 || !(pValue >= 0 && pValue <= 1)),
                "statistic must be >= 0, degreesOfFreedom >= 1 and pValue in [0, 1], were %s, %s and %s",
                statistic,
                degreesOfFreedom,
                pValue);
    }

    /**
     * {@return the test of {@code statistic} on {@code degreesOfFreedom}, its p-value computed}
     *
     * @param statistic the test statistic, {@code >= 0}
     * @param degreesOfFreedom degrees of freedom, {@code >= 1}
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ChiSquareTest of(double statistic, int degreesOfFreedom) {
        checkArgument(
                statistic >= 0 && degreesOfFreedom >= 1,
                "statistic must be >= 0 and degreesOfFreedom >= 1, were %s and %s",
                statistic,
                degreesOfFreedom);
        return new ChiSquareTest(
                statistic,
                degreesOfFreedom,
                Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2.0));
    }
}
