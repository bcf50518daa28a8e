package dev.cxkit.stats;

import dev.cxkit.internal.Means;
import dev.cxkit.score.ScoreHistogram;

import java.util.Objects;

/**
 * The mean of the scores of a {@link ScoreHistogram} with its sample standard deviation and
 * Student's t interval: the one implementation behind every rating metric's mean (CSAT, CES,
 * custom scales).
 *
 * <p>Errors name the metric given at creation, e.g. "CSAT mean is undefined for an empty
 * sample". Immutable and thread-safe.
 */
public final class MeanScore {

    private final ScoreHistogram histogram;
    private final String metric;

    private MeanScore(ScoreHistogram histogram, String metric) {
        this.histogram = histogram;
        this.metric = metric;
    }

    /**
     * {@return the mean score of {@code histogram}, reported as {@code metric} in errors}
     *
     * @param histogram the responses' score histogram
     * @param metric the metric's name for messages, for example {@code "CSAT mean"}
     */
    public static MeanScore of(ScoreHistogram histogram, String metric) {
        return new MeanScore(
                Objects.requireNonNull(histogram, "histogram"),
                Objects.requireNonNull(metric, "metric"));
    }

    /** {@return number of scores} */
    public long n() {
        return histogram.n();
    }

    /**
     * {@return mean score, in scale points}
     *
     * @throws IllegalStateException when there are no scores
     */
    public double value() {
        if (histogram.isEmpty()) {
            throw new IllegalStateException(
                    metric + " mean is undefined for an empty sample on " + histogram.scale());
        }
        return histogram.mean();
    }

    /**
     * {@return sample standard deviation ({@code n - 1} denominator), in scale points}
     *
     * @throws IllegalStateException with fewer than two scores
     */
    public double standardDeviation() {
        requireAtLeastTwo("standard deviation");
        return histogram.sampleStandardDeviation();
    }

    /**
     * {@return Student's t interval of the mean at {@code level}, {@code mean +- t_{n-1} s /
     * sqrt(n)} (Student 1908), method {@code "t"}}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalStateException with fewer than two scores
     */
    public Interval interval(double level) {
        requireAtLeastTwo("mean interval");
        return Means.tInterval(value(), standardDeviation(), n(), level);
    }

    private void requireAtLeastTwo(String statistic) {
        if (n() < 2) {
            throw new IllegalStateException(
                    metric + " " + statistic + " needs at least 2 responses, had " + n());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeanScore meanScore
                && histogram.equals(meanScore.histogram)
                && metric.equals(meanScore.metric);
    }

    @Override
    public int hashCode() {
        return 31 * histogram.hashCode() + metric.hashCode();
    }

    @Override
    public String toString() {
        return metric + " mean of " + histogram;
    }
}
