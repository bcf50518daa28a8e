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
 * floating-point rounding. Not thread-safe: merge per-thread accumulators.
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
     */
    public SentimentAccumulator merge(SentimentAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (other.n == 0) {
            return this;
        }
        long total = Math.addExact(n, other.n);
        double delta = other.mean - mean;
        squares += other.squares + delta * delta * ((double) n * other.n / total);
        mean += delta * other.n / total;
        n = total;
        positive += other.positive;
        negative += other.negative;
        return this;
    }

    /** {@return the summary so far; later additions do not change it} */
    public SentimentSummary snapshot() {
        return new SentimentSummary(n, positive, negative, mean, squares);
    }
}
