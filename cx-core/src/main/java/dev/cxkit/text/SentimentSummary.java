package dev.cxkit.text;

import dev.cxkit.internal.Means;
import dev.cxkit.internal.Proportions;
import dev.cxkit.stats.Interval;

/**
 * The sentiment of one group's comments: immutable and thread-safe. Scores are on the scorer's
 * own scale; shares are fractions in [0, 1].
 */
public final class SentimentSummary {

    private final long n;
    private final long positive;
    private final long negative;
    private final double mean;
    private final double squares;

    SentimentSummary(long n, long positive, long negative, double mean, double squares) {
        this.n = n;
        this.positive = positive;
        this.negative = negative;
        this.mean = mean;
        this.squares = squares;
    }

    /** {@return comments scored} */
    public long n() {
        return n;
    }

    /** {@return true when no comment was scored} */
    public boolean isEmpty() {
        return n == 0;
    }

    /** {@return comments with a score above 0} */
    public long positive() {
        return positive;
    }

    /** {@return comments with a score below 0} */
    public long negative() {
        return negative;
    }

    /**
     * {@return the mean score}
     *
     * @throws IllegalStateException when empty
     */
    public double mean() {
        requireN(1, "mean sentiment");
        return mean;
    }

    /**
     * {@return the sample standard deviation of the scores}
     *
     * @throws IllegalStateException when n &lt; 2
     */
    public double standardDeviation() {
        requireN(2, "sentiment standard deviation");
        return Math.sqrt(Math.max(0, squares) / (n - 1));
    }

    /**
     * {@return Student's t interval of the mean score}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalStateException when fewer than 2 comments were scored
     */
    public Interval interval(double level) {
        requireN(2, "sentiment interval");
        return Means.tInterval(mean, standardDeviation(), n, level);
    }

    /**
     * {@return the share of comments scoring above 0, a fraction in [0, 1]}
     *
     * @throws IllegalStateException when empty
     */
    public double positiveShare() {
        requireN(1, "positive sentiment share");
        return (double) positive / n;
    }

    /**
     * {@return the share of comments scoring below 0, a fraction in [0, 1]}
     *
     * @throws IllegalStateException when empty
     */
    public double negativeShare() {
        requireN(1, "negative sentiment share");
        return (double) negative / n;
    }

    /**
     * {@return Wilson score interval of {@link #positiveShare()}}
     *
     * @param level the confidence level, in (0, 1)
     */
    public Interval positiveShareInterval(double level) {
        requireN(1, "positive sentiment share");
        return Proportions.wilson(positive, n, level);
    }

    /**
     * {@return Wilson score interval of {@link #negativeShare()}}
     *
     * @param level the confidence level, in (0, 1)
     */
    public Interval negativeShareInterval(double level) {
        requireN(1, "negative sentiment share");
        return Proportions.wilson(negative, n, level);
    }

    private void requireN(long least, String metric) {
        if (n < least) {
            throw new IllegalStateException(
                    metric + " needs at least " + least + " scored comments, had " + n);
        }
    }

    @Override
    public String toString() {
        return n == 0
                ? "SentimentSummary[empty]"
                : "SentimentSummary[n=" + n + ", mean=" + mean + ", positive=" + positive
                        + ", negative=" + negative + "]";
    }
}
