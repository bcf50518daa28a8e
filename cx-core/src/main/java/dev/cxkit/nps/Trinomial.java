package dev.cxkit.nps;

/**
 * Detractor, passive and promoter counts as doubles: the exact counts of an unweighted sample,
 * the effective counts {@code n_eff * share} of a weighted one, or either plus
 * pseudo-observations. NPS statistics in fractions of 1 (not points) on those counts.
 */
record Trinomial(double detractors, double passives, double promoters) {

    double n() {
        return detractors + passives + promoters;
    }

    /** {@code (P - D) / n}, in [-1, 1]. */
    double net() {
        return (promoters - detractors) / n();
    }

    /**
     * Per-response variance of the -1/0/+1 score, {@code V = p + d - (p - d)^2}
     * (Rocks 2016, eq. 2).
     */
    double variance() {
        double n = n();
        double p = promoters / n;
        double d = detractors / n;
        return Math.max(0, p + d - (p - d) * (p - d));
    }

    /** {@code sqrt(V / n)}. */
    double standardError() {
        return Math.sqrt(variance() / n());
    }

    /** These counts plus the pseudo-observations of a Wald-type method. */
    Trinomial adjusted(NpsIntervalMethod method) {
        return new Trinomial(
                detractors + method.pseudoDetractors(),
                passives + method.pseudoPassives(),
                promoters + method.pseudoPromoters());
    }
}
