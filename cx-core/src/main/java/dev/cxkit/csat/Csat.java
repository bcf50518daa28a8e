package dev.cxkit.csat;

import dev.cxkit.internal.Proportions;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.MeanScore;
import dev.cxkit.stats.ProportionInterval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Customer satisfaction (CSAT) of a sample, as a view of its {@link ScoreHistogram}: the
 * top-box share (by default the top two boxes, 4 and 5 on the 1..5 {@link Scale#CSAT} scale)
 * with the Wilson score interval (Wilson 1927, JASA 22:209-212), the mean score with Student's
 * t interval, and the share of each score.
 *
 * <p>Units: shares are fractions in [0, 1]; the mean is in scale points. An empty sample
 * {@link #isEmpty() says so} and its statistics throw {@link IllegalStateException} naming the
 * metric. Immutable and thread-safe; equal when histograms and top boxes are equal.
 */
public final class Csat {

    private final ScoreHistogram histogram;
    private final MeanScore meanScore;
    private final int topBoxMin;

    private Csat(ScoreHistogram histogram, int topBoxMin) {
        this.histogram = histogram;
        this.meanScore = MeanScore.of(histogram, "CSAT");
        this.topBoxMin = topBoxMin;
    }

    /**
     * CSAT with the top two boxes of the histogram's scale (4..5 on 1..5) as satisfied.
     *
     * @param histogram the responses' score histogram
     * @return the CSAT view of the histogram
     */
    public static Csat of(ScoreHistogram histogram) {
        Objects.requireNonNull(histogram, "histogram");
        return new Csat(histogram, histogram.scale().max() - 1);
    }

    /**
     * CSAT with scores {@code topBoxMin..max} as satisfied (e.g. 5 for top-box only on 1..5).
     *
     * @param histogram the responses' score histogram
     * @param topBoxMin the lowest satisfied score
     * @return the CSAT view of the histogram
     * @throws IllegalArgumentException when {@code topBoxMin} is not on the histogram's scale
     */
    public static Csat of(ScoreHistogram histogram, int topBoxMin) {
        Objects.requireNonNull(histogram, "histogram");
        return new Csat(histogram, histogram.scale().check(topBoxMin, "topBoxMin"));
    }

    /** {@return the histogram of the scores} */
    public ScoreHistogram histogram() {
        return histogram;
    }

    /** {@return the lowest satisfied score} */
    public int topBoxMin() {
        return topBoxMin;
    }

    /** {@return number of responses} */
    public long n() {
        return histogram.n();
    }

    /** {@return true when there are no responses} */
    public boolean isEmpty() {
        return histogram.isEmpty();
    }

    /** {@return number of satisfied responses (score {@code >= topBoxMin})} */
    public long satisfied() {
        return histogram.countBetween(topBoxMin, histogram.scale().max());
    }

    /**
     * The CSAT score: the share of satisfied responses, a fraction in [0, 1].
     *
     * @return the top-box share
     * @throws IllegalStateException when the sample is empty
     */
    public double value() {
        requireNonEmpty("CSAT top-box share");
        return (double) satisfied() / n();
    }

    /**
     * The Wilson score interval of {@link #value()} at {@code level}, a fraction in [0, 1].
     *
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalStateException when the sample is empty
     */
    public Interval interval(double level) {
        requireNonEmpty("CSAT top-box interval");
        return Proportions.wilson(satisfied(), n(), level);
    }

    /**
     * The interval of {@link #value()} at {@code level} by {@code method} (Wilson or
     * Agresti-Coull), a fraction in [0, 1].
     *
     * @param method the interval method
     * @param level the confidence level, in (0, 1)
     * @return the interval
     * @throws IllegalStateException when the sample is empty
     */
    public Interval interval(ProportionInterval method, double level) {
        Objects.requireNonNull(method, "method");
        requireNonEmpty("CSAT top-box interval");
        return method.interval(satisfied(), n(), level);
    }

    /**
     * The mean score, in scale points, with its standard deviation and Student's t interval
     * ({@link MeanScore#value()}, {@link MeanScore#interval(double)}).
     *
     * @return the mean of the scores
     */
    public MeanScore mean() {
        return meanScore;
    }

    /**
     * {@return share of responses with score {@code score}, in [0, 1]}
     *
     * @param score a score on the histogram's scale
     */
    public double share(int score) {
        histogram.scale().check(score, "score");
        requireNonEmpty("CSAT share");
        return (double) histogram.count(score) / n();
    }

    /** {@return share of each score, in score order; the shares sum to 1} */
    public Map<Integer, Double> distribution() {
        requireNonEmpty("CSAT distribution");
        Map<Integer, Double> shares = new LinkedHashMap<>();
        int min = histogram.scale().min();
        for (int i = 0; i < histogram.scale().points(); i++) {
            shares.put(min + i, share(min + i));
        }
        return Collections.unmodifiableMap(shares);
    }

    private void requireNonEmpty(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(
                    metric + " is undefined for an empty sample on " + histogram.scale());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Csat csat
                && topBoxMin == csat.topBoxMin
                && histogram.equals(csat.histogram);
    }

    @Override
    public int hashCode() {
        return 31 * histogram.hashCode() + topBoxMin;
    }

    @Override
    public String toString() {
        return "Csat{topBoxMin=" + topBoxMin + ", " + histogram + "}";
    }
}
