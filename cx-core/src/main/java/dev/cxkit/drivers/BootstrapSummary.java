package dev.cxkit.drivers;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Interval;

import java.util.Objects;

/**
 * What the bootstrap says about one driver's importance by one measure.
 *
 * <p>Intervals are percentile intervals (Efron &amp; Tibshirani 1993, "An Introduction to the
 * Bootstrap", sec. 13.3) over the resamples, at the analysis' confidence level. The noise check
 * follows Tonidandel, LeBreton &amp; Johnson (2009), "Determining the statistical significance
 * of relative weights", Psychological Methods 14(4), 387-399: a random normal driver is added to
 * the model and, in each resample, the driver's importance is compared with the noise driver's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value percentile interval of the raw importance (units of R^2)
 * @param share percentile interval of the importance as a share of R^2
 * @param beatsNoiseShare share of resamples in which the driver's importance exceeded the noise
 *     driver's, in [0, 1]
 * @param exceedsNoise true when the lower bound of the two-sided percentile interval of
 *     (importance - noise importance) lies above zero, that is when {@code beatsNoiseShare} is
 *     at least (1 + level) / 2
 */
public record BootstrapSummary(
        Interval value, Interval share, double beatsNoiseShare, boolean exceedsNoise) {

    /**
     * Validates the fields.
     *
     * @param value percentile interval of the raw importance (units of R^2)
     * @param share percentile interval of the importance as a share of R^2
     * @param beatsNoiseShare share of resamples in which the driver's importance exceeded the noise
     *     driver's, in [0, 1]
     * @param exceedsNoise true when the lower bound of the two-sided percentile interval of
     *     (importance - noise importance) lies above zero, that is when {@code beatsNoiseShare} is
     *     at least (1 + level) / 2
     */
    public BootstrapSummary {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(share, "share");
        checkArgument(
                beatsNoiseShare >= 0 && beatsNoiseShare <= 1,
                "beatsNoiseShare must be in [0, 1], was %s",
                beatsNoiseShare);
    }
}
