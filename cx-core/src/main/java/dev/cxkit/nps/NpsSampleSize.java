package dev.cxkit.nps;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;

import org.hipparchus.distribution.continuous.NormalDistribution;

import java.util.Objects;

/**
 * Sample sizes for NPS surveys, from the normal approximation {@code SE = sqrt(V / n)} with
 * the per-response variance {@code V = p + d - (p - d)^2} (Rocks 2016, "Interval Estimation for
 * the 'Net Promoter Score'", The American Statistician 70(4)). {@code V} is at most 1 (half
 * promoters, half detractors), the {@linkplain NpsShares#worstCase() worst case} used when
 * nothing is known; the {@linkplain NpsShares expected shares} of promoters and detractors, for
 * example {@link NpsShares#of(Nps) a previous survey's}, give a smaller, realistic one.
 *
 * <p><b>Units.</b> Margins and differences are in NPS points, as their names say: a margin of 5
 * means +-5 points. Values below 1 point are rejected, since they are almost always a fraction
 * (0.05 for 5 points) in the wrong unit; shares are fractions, checked by {@link NpsShares}.
 * Results are numbers of responses, rounded up. Stateless and thread-safe.
 */
public final class NpsSampleSize {

    private static final double POINTS = 100;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private NpsSampleSize() {}

    /**
     * Responses for a margin of error of {@code marginPoints} NPS points at {@code level} in
     * the worst case {@code V = 1}: {@code ceil(z^2 / E^2)} with {@code E = marginPoints / 100},
     * 1537 for 5 points at 95 %.
     *
     * @param marginPoints the half-width of the interval, in NPS points, in [1, 200]
     * @param level the confidence level, in (0, 1)
     * @return the number of responses
     * @throws IllegalArgumentException when the margin is not in [1, 200] points or the level
     *     not in (0, 1)
     */
    public static long forMarginPoints(double marginPoints, double level) {
        return forMarginPoints(marginPoints, level, NpsShares.worstCase());
    }

    /**
     * Responses for a margin of {@code marginPoints} NPS points at {@code level} when the
     * shares of promoters and detractors are expected to be {@code expected}:
     * {@code n = ceil(z^2 V / E^2)} with {@code V = expected.variance()} and
     * {@code E = marginPoints / 100}.
     *
     * @param marginPoints the half-width of the interval, in NPS points, in [1, 200]
     * @param level the confidence level, in (0, 1)
     * @param expected the expected shares
     * @return the number of responses
     * @throws IllegalArgumentException when the margin is not in [1, 200] points or the level
     *     not in (0, 1)
     */
    public static long forMarginPoints(double marginPoints, double level, NpsShares expected) {
        double fraction = checkPoints(marginPoints, "marginPoints", "5 means +-5 points");
        Objects.requireNonNull(expected, "expected");
        double z = Confidence.z(level);
        return roundUp(z * z * expected.variance() / (fraction * fraction));
    }

    /**
     * A sample size {@code n} corrected for a finite population of {@code population}:
     * {@code ceil(n / (1 + (n - 1) / N))}.
     *
     * @param n the sample size for an infinite population, in responses
     * @param population the number of customers who could answer
     * @return the corrected number of responses, at most {@code population}
     * @throws IllegalArgumentException when {@code n < 1} or {@code population < 1}
     */
    public static long withFinitePopulation(long n, long population) {
        checkArgument(!(n < 1), "n must be >= 1, was %s", n);
        checkArgument(population >= 1, "population must be >= 1, was %s", population);
        return roundUp(n / (1 + (n - 1.0) / population));
    }

    /**
     * Responses per group for a two-sided test at {@code level} (confidence, so
     * {@code alpha = 1 - level}) to detect a difference of {@code differencePoints} NPS points
     * with probability {@code power}: {@code ceil((z_{alpha/2} + z_beta)^2 (V1 + V2) / Delta^2)}
     * with {@code Delta = differencePoints / 100}.
     *
     * @param differencePoints the difference to detect, in NPS points, in [1, 200]
     * @param level the confidence level of the test, in (0, 1)
     * @param power the probability of detecting the difference, in (0, 1)
     * @param first the expected shares of the first group
     * @param second the expected shares of the second group
     * @return the number of responses in each group
     * @throws IllegalArgumentException when the difference is not in [1, 200] points, the
     *     level or the power not in (0, 1)
     */
    public static long perGroupForDifferencePoints(
            double differencePoints,
            double level,
            double power,
            NpsShares first,
            NpsShares second) {
        double fraction = checkPoints(differencePoints, "differencePoints", "10 means 10 points");
        checkArgument(power > 0 && power < 1, "power must be in (0, 1), was %s", power);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        double z = Confidence.z(level) + STANDARD_NORMAL.inverseCumulativeProbability(power);
        return roundUp(z * z * (first.variance() + second.variance()) / (fraction * fraction));
    }

    private static double checkPoints(double points, String field, String example) {
        checkArgument(
                !(points > 0 && points < 1),
                "%s is in NPS points (%s), was %s: a value below 1 point looks like a fraction; "
                        + "multiply it by 100",
                field,
                example,
                points);
        checkArgument(
                points >= 1 && points <= 2 * POINTS,
                "%s must be in [1, 200] NPS points, was %s",
                field,
                points);
        return points / POINTS;
    }

    private static long roundUp(double n) {
        return (long) Math.ceil(n);
    }
}
