package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a log-rank test between strata ({@link Strata#logRank()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param chiSquare the test statistic
 * @param degreesOfFreedom strata with expected events, minus one
 * @param pValue {@code P(chi^2_df >= chiSquare)}
 * @param groups observed and expected events per stratum, in the strata's order
 * @param <K> the stratum key
 */
public record LogRankTest<K>(
        double chiSquare, int degreesOfFreedom, double pValue, Map<K, Group> groups) {

    /**
     * Checks the statistic, degrees of freedom and p-value and copies the groups.
     *
     * @param chiSquare the test statistic
     * @param degreesOfFreedom strata with expected events, minus one
     * @param pValue {@code P(chi^2_df >= chiSquare)}
     * @param groups observed and expected events per stratum, in the strata's order
     * @throws IllegalArgumentException when {@code chiSquare < 0}, {@code degreesOfFreedom < 1} or
     *     {@code pValue} is not in [0, 1]
     */
    public LogRankTest {
        checkArgument(
                !(!(chiSquare >= 0) || degreesOfFreedom < 1 || !(pValue >= 0 && pValue <= 1)),
                "chiSquare must be >= 0, degreesOfFreedom >= 1 and pValue in [0, 1], were %s, %s and %s",
                chiSquare,
                degreesOfFreedom,
                pValue);
        groups = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(groups, "groups")));
    }

    /**
     * Observed and expected events of one stratum under equal survival.
     *
     * @param subjects subjects in the stratum
     * @param observed events observed
     * @param expected events expected, {@code sum n_g d / n} over the pooled event times
     */
    public record Group(long subjects, long observed, double expected) {

        /**
         * {@return {@code observed - expected}: positive when the stratum fails sooner than the
         * rest}
         */
        public double observedMinusExpected() {
            return observed - expected;
        }
    }
}
