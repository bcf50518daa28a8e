package dev.cxkit.internal;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

/**
 * Intervals for a binomial proportion, {@code successes} out of {@code n}: Wilson's score
 * interval and the Agresti-Coull interval, both as fractions in [0, 1]
 * ({@link dev.cxkit.stats.ProportionInterval} selects one by name). Stateless and thread-safe.
 */
public final class Proportions {

    private Proportions() {}

    /**
     * {@return the Wilson score interval for {@code successes} out of {@code n} (Wilson 1927,
     * "Probable inference, the law of succession, and statistical inference", JASA 22:209-212):
     * {@code (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)}} Its bounds stay in [0, 1],
     * it always contains {@code p}, and it behaves well near 0 and 1, unlike the Wald interval;
     * with 0 successes the lower bound is 0, with n the upper bound is 1.
     *
     * @param successes the number of successes, in {@code [0, n]}
     * @param n the number of trials, {@code >= 0}
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code n < 1} or successes is outside {@code 0..n}
     */
    public static Interval wilson(long successes, long n, double level) {
        checkCounts(successes, n);
        double z = Confidence.z(level);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2n / (4 * n)) / (1 + z2n);
        // At 0 and n successes the bound is 0 or 1 exactly; rounding must not move it inward.
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper, level, "wilson", Interval.Unit.FRACTION);
    }

    /**
     * {@return the Agresti-Coull interval for {@code successes} out of {@code n} (Agresti &amp;
     * Coull 1998, "Approximate is better than 'exact' for interval estimation of binomial
     * proportions", The American Statistician 52:119-126; in the form of Brown, Cai &amp; DasGupta
     * 2001, Statistical Science 16:101-133, section 4.1.2): with {@code z} the normal quantile of
     * {@code level}, {@code n~ = n + z^2}, {@code p~ = (successes + z^2/2) / n~}, the Wald interval
     * around the adjusted share, {@code p~ +- z sqrt(p~ (1 - p~) / n~)}} Centred where Wilson's
     * interval is and never narrower; at 95 % close to "add two successes and two failures". The
     * bounds are clipped to [0, 1], which near 0 or {@code n} successes they would otherwise leave.
     *
     * @param successes the number of successes, in {@code [0, n]}
     * @param n the number of trials, {@code >= 0}
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code n < 1}, successes is outside {@code 0..n} or
     *     {@code level} outside (0, 1)
     */
    public static Interval agrestiCoull(long successes, long n, double level) {
        checkCounts(successes, n);
        double z = Confidence.z(level);
        double adjustedN = n + z * z;
        double adjusted = (successes + z * z / 2) / adjustedN;
        double half = z * Math.sqrt(adjusted * (1 - adjusted) / adjustedN);
        return new Interval(
                Math.max(0, adjusted - half),
                Math.min(1, adjusted + half),
                level,
                "agresti-coull",
                Interval.Unit.FRACTION);
    }

    private static void checkCounts(long successes, long n) {
        checkArgument(n >= 1, "n must be >= 1, was %s", n);
        checkArgument(
                successes >= 0 && successes <= n,
                "successes must be in 0..%s, was %s",
                n,
                successes);
    }
}
