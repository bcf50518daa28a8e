package dev.cxkit.internal;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import org.hipparchus.distribution.continuous.TDistribution;

/** Intervals for a mean. */
public final class Means {

    private Means() {}

    /**
     * {@return Student's t interval for a mean: {@code mean +- t_{n-1} s / sqrt(n)} with {@code s}
     * the sample standard deviation and {@code t_{n-1}} the two-sided quantile of Student's t with
     * {@code n - 1} degrees of freedom (Student 1908, "The probable error of a mean", Biometrika
     * 6:1-25), from Hipparchus' {@link TDistribution}} Method name {@code "t"}.
     *
     * @param mean the sample mean
     * @param standardDeviation the sample standard deviation, {@code >= 0}
     * @param n the sample size, {@code >= 2}
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException when {@code n < 2}, the mean is not finite or the
     *     standard deviation is negative or not finite
     */
    public static Interval tInterval(double mean, double standardDeviation, long n, double level) {
        checkArgument(n >= 2, "n must be >= 2 for a t interval, was %s", n);
        checkArgument(Double.isFinite(mean), "mean must be finite, was %s", mean);
        checkArgument(
                standardDeviation >= 0 && !Double.isInfinite(standardDeviation),
                "standardDeviation must be finite and >= 0, was %s",
                standardDeviation);
        double t = new TDistribution(n - 1)
                .inverseCumulativeProbability((1 + Confidence.checkLevel(level)) / 2);
        double half = t * standardDeviation / Math.sqrt(n);
        return new Interval(mean - half, mean + half, level, "t", Interval.Unit.SCALE_POINTS);
    }
}
