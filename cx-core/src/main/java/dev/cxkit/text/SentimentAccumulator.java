package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Objects;
import java.util.stream.Collector;

/**
 * Collects the sentiment scores of one group's comments; {@link #snapshot()} gives the
 * immutable {@link SentimentSummary} with the mean, its interval, and the shares of positive
 * and negative comments with theirs.
 *
 * <p>The running mean and sum of squared deviations follow Welford (1962), "Note on a method
 * for calculating corrected sums of squares and products", Technometrics 4(3):419-420, and two
 * accumulators combine by the pairwise update of Chan, Golub and LeVeque (1979), "Updating
 * formulae and a pairwise algorithm for computing sample variances", Stanford report
 * STAN-CS-79-773. Counts merge exactly; the mean and variance agree with a single pass up to
 * floating-point rounding; merging into an empty accumulator copies exactly. Partial results
 * cross processes as {@link SentimentSummary#toByteArray()} and merge back with {@link
 * #merge(SentimentSummary)} or {@link SentimentSummary#merge(SentimentSummary)}. Not
 * thread-safe: merge per-thread accumulators.
 */
public final class SentimentAccumulator {

    private long n;
    private long positive;
    private long negative;
    private double mean;
    private double squares;

    private SentimentAccumulator() {}

    /** {@return an empty accumulator} */
    public static SentimentAccumulator create() {
        return new SentimentAccumulator();
    }

    /** {@return a collector of scores into a summary; safe on parallel streams} */
    public static Collector<Double, SentimentAccumulator, SentimentSummary> toSummary() {
        return Collector.of(
                SentimentAccumulator::create,
                SentimentAccumulator::add,
                SentimentAccumulator::merge,
                SentimentAccumulator::snapshot,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Adds one comment's score.
     *
     * @param score the comment's sentiment score, finite
     * @return this accumulator
     * @throws IllegalArgumentException when {@code score} is not finite
     */
    public SentimentAccumulator add(double score) {
        checkArgument(Double.isFinite(score), "sentiment score must be finite, was %s", score);
        n++;
        positive += score > 0 ? 1 : 0;
        negative += score < 0 ? 1 : 0;
        double delta = score - mean;
        mean += delta / n;
        squares += delta * (score - mean);
        return this;
    }

    /**
     * Adds {@code other}'s scores.
     *
     * @param other the accumulator whose scores are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the number of comments would exceed {@link
     *     Long#MAX_VALUE}; the accumulator is then unchanged
     */
    public SentimentAccumulator merge(SentimentAccumulator other) {
        Objects.requireNonNull(other, "other");
        return merge(other.n, other.positive, other.negative, other.mean, other.squares);
    }

    /**
     * Adds the scores a summary describes, for example one decoded from {@link
     * SentimentSummary#toByteArray()}; the same update as {@link #merge(SentimentAccumulator)}.
     *
     * @param summary the summary whose scores are added
     * @return this accumulator
     * @throws IllegalArgumentException when the number of comments would exceed {@link
     *     Long#MAX_VALUE}; the accumulator is then unchanged
     */
    public SentimentAccumulator merge(SentimentSummary summary) {
        Objects.requireNonNull(summary, "summary");
        return merge(
                summary.n(),
                summary.positive(),
                summary.negative(),
                summary.rawMean(),
                summary.squares());
    }

    private SentimentAccumulator merge(
            long otherN,
            long otherPositive,
            long otherNegative,
            double otherMean,
            double otherSquares) {
        if (otherN == 0) {
            return this;
        }
        checkArgument(
                n <= Long.MAX_VALUE - otherN,
                "comments must be at most %s when merged, were %s + %s",
                Long.MAX_VALUE,
                n,
                otherN);
        if (n == 0) {
            mean = otherMean;
            squares = otherSquares;
        } else {
            long total = n + otherN;
            double delta = otherMean - mean;
            squares += otherSquares + delta * delta * ((double) n * otherN / total);
            mean += delta * otherN / total;
        }
        n += otherN;
        positive += otherPositive;
        negative += otherNegative;
        return this;
    }

    /** {@return the summary so far; later additions do not change it} */
    public SentimentSummary snapshot() {
        return new SentimentSummary(n, positive, negative, mean, squares);
    }
}
