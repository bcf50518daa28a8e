package dev.cxkit.ces;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.MeanScore;
import dev.cxkit.stats.Proportions;
import java.util.Objects;

/**
 * The Customer Effort Score of a sample, as a view of its {@link ScoreHistogram} read by a
 * {@link CesDefinition}: the mean score with Student's t interval, the share of "easy"
 * responses (for CES 2.0, the share who agree, 5..7), the share of "hard" ones (who disagree,
 * 1..3) and the net score {@code easy - hard} (CEB/Gartner, "The Effortless Experience", 2013;
 * CES 2.0).
 *
 * <p>The mean keeps the scale's direction: on CES 2.0 higher is easier, on the CES 1.0 scale
 * lower is; {@link CesDefinition#higherIsEasier()} says which. Shares are fractions in [0, 1],
 * the net in [-1, 1], the mean in scale points. An empty sample {@link #isEmpty() says so} and
 * its statistics throw {@link IllegalStateException} naming the metric. Immutable and
 * thread-safe; equal when histograms and definitions are equal.
 */
public final class Ces {

    private final ScoreHistogram histogram;
    private final MeanScore meanScore;
    private final CesDefinition definition;

    private Ces(ScoreHistogram histogram, CesDefinition definition) {
        this.histogram = histogram;
        this.meanScore = MeanScore.of(histogram, "CES");
        this.definition = definition;
    }

    /** CES 2.0 ({@link CesDefinition#V2}) of a histogram on the 1..7 CES scale. */
    public static Ces of(ScoreHistogram histogram) {
        return of(histogram, CesDefinition.V2);
    }

    /**
     * CES of a histogram read by {@code definition}.
     *
     * @throws IllegalArgumentException when the histogram's scale is not the definition's
     */
    public static Ces of(ScoreHistogram histogram, CesDefinition definition) {
        Objects.requireNonNull(histogram, "histogram");
        Objects.requireNonNull(definition, "definition");
        if (!definition.scale().equals(histogram.scale())) {
            throw new IllegalArgumentException("histogram scale must be the definition's scale "
                    + definition.scale() + ", was " + histogram.scale());
        }
        return new Ces(histogram, definition);
    }

    /** The histogram of the scores. */
    public ScoreHistogram histogram() {
        return histogram;
    }

    /** How the scale is read. */
    public CesDefinition definition() {
        return definition;
    }

    /** Number of responses. */
    public long n() {
        return histogram.n();
    }

    /** True when there are no responses. */
    public boolean isEmpty() {
        return histogram.isEmpty();
    }

    /** Number of "easy" responses (CES 2.0: agree, 5..7). */
    public long easy() {
        return histogram.countBetween(definition.easyFrom(), definition.easyTo());
    }

    /** Number of "hard" responses (CES 2.0: disagree, 1..3). */
    public long hard() {
        return histogram.countBetween(definition.hardFrom(), definition.hardTo());
    }

    /** Share of "easy" responses, in [0, 1]; for CES 2.0 the "% agree". */
    public double easyShare() {
        requireNonEmpty("CES easy share");
        return (double) easy() / n();
    }

    /** Share of "hard" responses, in [0, 1]; for CES 2.0 the "% disagree". */
    public double hardShare() {
        requireNonEmpty("CES hard share");
        return (double) hard() / n();
    }

    /** The net score {@code easy share - hard share}, in [-1, 1]. */
    public double net() {
        requireNonEmpty("CES net");
        return (double) (easy() - hard()) / n();
    }

    /** The Wilson score interval of {@link #easyShare()} at {@code level}. */
    public Interval easyInterval(double level) {
        requireNonEmpty("CES easy interval");
        return Proportions.wilson(easy(), n(), level);
    }

    /** Mean score, in scale points. */
    public double mean() {
        return meanScore.mean();
    }

    /** Sample standard deviation of the scores ({@code n - 1} denominator). */
    public double standardDeviation() {
        return meanScore.standardDeviation();
    }

    /**
     * Student's t interval of the mean at {@code level} ({@link MeanScore#interval(double)}).
     *
     * @throws IllegalStateException with fewer than two responses
     */
    public Interval meanInterval(double level) {
        return meanScore.interval(level);
    }

    private void requireNonEmpty(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(metric + " is undefined for an empty sample on "
                    + histogram.scale());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ces ces
                && definition.equals(ces.definition)
                && histogram.equals(ces.histogram);
    }

    @Override
    public int hashCode() {
        return 31 * histogram.hashCode() + definition.hashCode();
    }

    @Override
    public String toString() {
        return "Ces{" + definition + ", " + histogram + "}";
    }
}
