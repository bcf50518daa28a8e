package dev.cxkit.nps;

import dev.cxkit.stats.Confidence;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Sample sizes for NPS surveys, from the normal approximation {@code SE = sqrt(V / n)} with
 * the per-response variance {@code V = p + d - (p - d)^2} (Rocks 2016). {@code V} is at most 1
 * (half promoters, half detractors), the worst case used when nothing is known; a previous
 * survey's {@link Nps#variance()} gives a smaller, realistic one.
 *
 * <p>Margins and differences are in points (5 means +-5 NPS points). Results are rounded up.
 */
public final class NpsSampleSize {

    private static final double POINTS = 100;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private NpsSampleSize() {}

    /**
     * Responses for a margin of error of {@code margin} points at {@code level} in the worst
     * case {@code V = 1}: {@code ceil(z^2 / E^2)}, 1537 for 5 points at 95 %.
     */
    public static long forMargin(double margin, double level) {
        return forMargin(margin, level, 1);
    }

    /**
     * Responses for a margin of {@code margin} points at {@code level} when the per-response
     * variance is {@code variance}: {@code n = ceil(z^2 V / E^2)} with {@code E = margin / 100}.
     *
     * @throws IllegalArgumentException when margin is not in (0, 200], variance not in (0, 1]
     */
    public static long forMargin(double margin, double level, double variance) {
        double fraction = checkPoints(margin, "margin");
        double z = Confidence.z(level);
        return roundUp(z * z * checkVariance(variance, "variance") / (fraction * fraction));
    }

    /**
     * A sample size {@code n} corrected for a finite population of {@code population}:
     * {@code ceil(n / (1 + (n - 1) / N))}.
     *
     * @throws IllegalArgumentException when {@code n < 1} or {@code population < 1}
     */
    public static long withFinitePopulation(long n, long population) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        if (population < 1) {
            throw new IllegalArgumentException("population must be >= 1, was " + population);
        }
        return roundUp(n / (1 + (n - 1.0) / population));
    }

    /**
     * Responses per group for a two-sided test at {@code level} (confidence, so
     * {@code alpha = 1 - level}) to detect a difference of {@code difference} points with
     * probability {@code power}: {@code ceil((z_{alpha/2} + z_beta)^2 (V1 + V2) / Delta^2)}.
     *
     * @throws IllegalArgumentException when difference is not in (0, 200], power not in
     *     (0, 1) or a variance not in (0, 1]
     */
    public static long perGroupForDifference(double difference, double level, double power,
            double firstVariance, double secondVariance) {
        double fraction = checkPoints(difference, "difference");
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be in (0, 1), was " + power);
        }
        double z = Confidence.z(level) + STANDARD_NORMAL.inverseCumulativeProbability(power);
        double variance = checkVariance(firstVariance, "firstVariance")
                + checkVariance(secondVariance, "secondVariance");
        return roundUp(z * z * variance / (fraction * fraction));
    }

    private static double checkPoints(double points, String field) {
        if (!(points > 0 && points <= 2 * POINTS)) {
            throw new IllegalArgumentException(field + " must be in (0, 200] points, was "
                    + points);
        }
        return points / POINTS;
    }

    private static double checkVariance(double variance, String field) {
        if (!(variance > 0 && variance <= 1)) {
            throw new IllegalArgumentException(field + " must be in (0, 1], was " + variance);
        }
        return variance;
    }

    private static long roundUp(double n) {
        return (long) Math.ceil(n);
    }
}
