package dev.cxkit.text;

import java.util.Objects;

/**
 * One term compared between two groups by the weighted log-odds ratio with an informative
 * Dirichlet prior (see {@link DistinctiveTerms}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the term
 * @param firstCount the term's count in the first group
 * @param secondCount its count in the second group
 * @param prior the term's prior pseudo-count {@code alpha_w} (&gt; 0)
 * @param logOdds {@code delta_w}: the log-odds of the term in the first group minus that in the
 *     second (natural logarithm); positive when the term is more typical of the first group
 * @param variance the approximate variance of {@code logOdds}
 * @param z {@code logOdds / sqrt(variance)}: how many standard errors apart; large positive
 *     values mark the first group, large negative values the second
 */
public record TermContrast(
        String term,
        long firstCount,
        long secondCount,
        double prior,
        double logOdds,
        double variance,
        double z) {

    /**
     * Checks that the term is not null.
     *
     * @param term the term
     * @param firstCount the term's count in the first group
     * @param secondCount its count in the second group
     * @param prior the term's prior pseudo-count {@code alpha_w} (&gt; 0)
     * @param logOdds {@code delta_w}: the log-odds of the term in the first group minus that in the
     *     second (natural logarithm); positive when the term is more typical of the first group
     * @param variance the approximate variance of {@code logOdds}
     * @param z {@code logOdds / sqrt(variance)}: how many standard errors apart; large positive
     *     values mark the first group, large negative values the second
     */
    public TermContrast {
        Objects.requireNonNull(term, "term");
    }
}
