package dev.cxkit.text;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * One term's count in a {@link TermCounts}: exact when {@code lowerBound == count}; otherwise
 * an estimate whose true value lies in {@code [lowerBound, count]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the term (a bigram is two terms joined by one space)
 * @param count the count, or its upper-bound estimate beyond the vocabulary bound
 * @param lowerBound a lower bound of the true count, {@code 0 <= lowerBound <= count}
 */
public record TermCount(String term, long count, long lowerBound) {

    /**
     * Checks that the lower bound lies in {@code 0..count}.
     *
     * @param term the term (a bigram is two terms joined by one space)
     * @param count the count, or its upper-bound estimate beyond the vocabulary bound
     * @param lowerBound a lower bound of the true count, {@code 0 <= lowerBound <= count}
     * @throws IllegalArgumentException when {@code lowerBound} is negative or above {@code count}
     */
    public TermCount {
        java.util.Objects.requireNonNull(term, "term");
        checkArgument(
                lowerBound >= 0 && lowerBound <= count,
                "lowerBound must be in 0..count (%s), was %s",
                count,
                lowerBound);
    }
}
