package dev.cxkit.nps;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Objects;

/**
 * The expected shares of promoters and detractors of a survey, as fractions in [0, 1], for
 * sample-size planning: the per-response variance of the -1/0/+1 score follows from them,
 * {@code V = p + d - (p - d)^2} (Rocks 2016, "Interval Estimation for the 'Net Promoter
 * Score'", The American Statistician 70(4), eq. 2).
 *
 * <p>Shares are fractions, not percentages: 45 % promoters is {@code 0.45}. A share above 1 is
 * rejected with a message saying so, so that a percentage cannot be taken for a share.
 * Immutable and thread-safe.
 *
 * @param promoters the share of promoters, a fraction in [0, 1]
 * @param detractors the share of detractors, a fraction in [0, 1], with
 *     {@code promoters + detractors <= 1}
 */
public record NpsShares(double promoters, double detractors) {

    /**
     * Validates the shares.
     *
     * @param promoters the share of promoters, a fraction in [0, 1]
     * @param detractors the share of detractors, a fraction in [0, 1], with
     *     {@code promoters + detractors <= 1}
     * @throws IllegalArgumentException when a share is not a fraction in [0, 1], the two add
     *     up to more than 1, or both are 0 (a sample of passives only has no variance to plan
     *     with)
     */
    public NpsShares {
        checkShare(promoters, "promoters");
        checkShare(detractors, "detractors");
        checkArgument(
                !(promoters + detractors > 1 + 1e-12),
                "promoters + detractors must be <= 1 (shares are fractions of all responses), were %s + %s",
                promoters,
                detractors);
        checkArgument(
                !(promoters == 0 && detractors == 0),
                "promoters and detractors must not both be 0: the variance would be 0");
    }

    /**
     * The shares of the worst case, half promoters and half detractors ({@code V = 1}), to plan
     * with when nothing is known.
     *
     * @return the shares (0.5, 0.5)
     */
    public static NpsShares worstCase() {
        return new NpsShares(0.5, 0.5);
    }

    /**
     * The shares a previous survey reported (its weighted shares for a weighted sample).
     *
     * @param previous the previous survey's NPS
     * @return its promoter and detractor shares
     * @throws IllegalStateException when {@code previous} is empty
     * @throws IllegalArgumentException when it had only passives
     */
    public static NpsShares of(Nps previous) {
        Objects.requireNonNull(previous, "previous");
        return new NpsShares(previous.promoterShare(), previous.detractorShare());
    }

    /**
     * The per-response variance of the -1/0/+1 score, {@code p + d - (p - d)^2}, in (0, 1].
     *
     * @return the variance, in fractions
     */
    public double variance() {
        return promoters + detractors - (promoters - detractors) * (promoters - detractors);
    }

    private static void checkShare(double share, String field) {
        checkArgument(
                !(share > 1 && share <= 100),
                "%s is a share, a fraction in [0, 1] (0.45 for 45 %), was %s: divide a percentage by 100",
                field,
                share);
        checkArgument(
                share >= 0 && share <= 1, "%s must be a fraction in [0, 1], was %s", field, share);
    }
}
