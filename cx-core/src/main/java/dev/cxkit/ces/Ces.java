package dev.cxkit.ces;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.MeanScore;
import dev.cxkit.stats.Proportion;

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

    /**
     * CES 2.0 ({@link CesDefinition#V2}) of a histogram on the 1..7 CES scale.
     *
     * @param histogram the responses' score histogram, on the 1..7 scale
     * @return the CES view of the histogram
     */
    public static Ces of(ScoreHistogram histogram) {
        return of(histogram, CesDefinition.V2);
    }

    /**
     * CES of a histogram read by {@code definition}.
     *
     * @param histogram the responses' score histogram
     * @param definition the easy and hard score ranges
     * @return the CES view of the histogram
     * @throws IllegalArgumentException when the histogram's scale is not the definition's
     */
    public static Ces of(ScoreHistogram histogram, CesDefinition definition) {
        Objects.requireNonNull(histogram, "histogram");
        Objects.requireNonNull(definition, "definition");
        checkArgument(
                definition.scale().equals(histogram.scale()),
                "histogram scale must be the definition's scale %s, was %s",
                definition.scale(),
                histogram.scale());
        return new Ces(histogram, definition);
    }

    /** {@return the histogram of the scores} */
    public ScoreHistogram histogram() {
        return histogram;
    }

    /** {@return how the scale is read} */
    public CesDefinition definition() {
        return definition;
    }

    /** {@return number of responses} */
    public long n() {
        return histogram.n();
    }

    /** {@return true when there are no responses} */
    public boolean isEmpty() {
        return histogram.isEmpty();
    }

    /**
     * The "easy" responses (CES 2.0: agree, 5..7) out of all, with their share (the "% agree")
     * and its Wilson interval.
     *
     * @return the count of easy responses out of {@code n}
     */
    public Proportion easy() {
        return new Proportion(
                "CES easy share",
                histogram.countBetween(definition.easyFrom(), definition.easyTo()),
                n());
    }

    /**
     * The "hard" responses (CES 2.0: disagree, 1..3) out of all, with their share (the
     * "% disagree") and its Wilson interval.
     *
     * @return the count of hard responses out of {@code n}
     */
    public Proportion hard() {
        return new Proportion(
                "CES hard share",
                histogram.countBetween(definition.hardFrom(), definition.hardTo()),
                n());
    }

    /**
     * The net score {@code easy share - hard share}, in [-1, 1].
     *
     * @return the net score, a fraction
     * @throws IllegalStateException when the sample is empty
     */
    public double net() {
        requireNonEmpty("CES net");
        return (double) (easy().count() - hard().count()) / n();
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

    private void requireNonEmpty(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(
                    metric + " is undefined for an empty sample on " + histogram.scale());
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
