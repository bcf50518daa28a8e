package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Counts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Collects the sentiment scores of one group's comments; {@link #snapshot()} gives the
 * immutable {@link SentimentSummary} with the mean, its interval, and the positive and negative
 * comments as {@link dev.cxkit.stats.Proportion}s.
 *
 * <p>The accumulator keeps the counts, the sum of the scores and the sum of their squares, the
 * sums as exact decimals ({@link BigDecimal}: every finite {@code double} is one), so adding and
 * merging are exact, associative and commutative: any split of the same scores, merged in any
 * order, gives a summary equal to adding them one by one, bit for bit. The mean and variance are
 * computed from the exact sums when read, so the cancellation that makes the textbook formula
 * {@code (sum of squares - sum^2 / n) / (n - 1)} inaccurate in floating point cannot occur. Each
 * score costs two decimal additions, whose length grows with the scores' binary digits (scores
 * like 0.1, whose expansion is 55 digits long, are the common case). Partial results cross
 * processes as {@link SentimentSummary#toByteArray()} and merge back with {@link
 * #merge(SentimentSummary)} or {@link SentimentSummary#merge(SentimentSummary)}. Not
 * thread-safe: merge per-thread accumulators.
 */
public final class SentimentAccumulator {

    private long n;
    private long positive;
    private long negative;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal squares = BigDecimal.ZERO;

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
        BigDecimal exact = new BigDecimal(score);
        n++;
        positive += score > 0 ? 1 : 0;
        negative += score < 0 ? 1 : 0;
        sum = sum.add(exact);
        squares = squares.add(exact.multiply(exact));
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
        return merge(other.n, other.positive, other.negative, other.sum, other.squares);
    }

    /**
     * Adds the scores a summary describes, for example one decoded from {@link
     * SentimentSummary#toByteArray()}; exact, as {@link #merge(SentimentAccumulator)}.
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
                summary.positive().count(),
                summary.negative().count(),
                summary.sum(),
                summary.squares());
    }

    private SentimentAccumulator merge(
            long otherN,
            long otherPositive,
            long otherNegative,
            BigDecimal otherSum,
            BigDecimal otherSquares) {
        n = Counts.add(n, otherN, "comments");
        positive += otherPositive;
        negative += otherNegative;
        sum = sum.add(otherSum);
        squares = squares.add(otherSquares);
        return this;
    }

    /** {@return the summary so far; later additions do not change it} */
    public SentimentSummary snapshot() {
        return new SentimentSummary(
                n,
                positive,
                negative,
                SentimentForm.canonical(sum),
                SentimentForm.canonical(squares));
    }
}
