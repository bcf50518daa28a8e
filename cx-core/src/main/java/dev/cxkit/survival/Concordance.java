package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * Harrell's concordance of a risk score with survival ({@link CoxModel#concordance()}): over
 * the comparable pairs, the share in which the subject with the higher risk score fails first,
 * ties in the score counting one half (Harrell, Califf, Pryor, Lee &amp; Rosati 1982, JAMA
 * 247:2543-2546). A pair is comparable when both are in the same stratum and the shorter
 * duration ends in an event; a subject censored at an event's duration outlives it; two events
 * at the same duration are not comparable. As R's {@code survival::concordance} of a
 * {@code coxph} fit. Immutable and thread-safe.
 *
 * @param concordant comparable pairs where the higher score fails first
 * @param discordant comparable pairs where the lower score fails first
 * @param tiedScore comparable pairs with equal scores
 */
public record Concordance(long concordant, long discordant, long tiedScore) {

    /**
     * Validates the counts.
     *
     * @param concordant comparable pairs where the higher score fails first
     * @param discordant comparable pairs where the lower score fails first
     * @param tiedScore comparable pairs with equal scores
     * @throws IllegalArgumentException when a count is negative
     */
    public Concordance {
        checkArgument(
                concordant >= 0 && discordant >= 0 && tiedScore >= 0,
                "pair counts must be >= 0, were %s, %s and %s",
                concordant,
                discordant,
                tiedScore);
    }

    /** {@return number of comparable pairs} */
    public long comparablePairs() {
        return concordant + discordant + tiedScore;
    }

    /**
     * {@return {@code (concordant + tiedScore / 2) / comparablePairs}, in [0, 1]; 0.5 is no better
     * than chance}
     *
     * @throws IllegalStateException when no pair is comparable
     */
    public double value() {
        long pairs = comparablePairs();
        if (pairs == 0) {
            throw new IllegalStateException("concordance is undefined without comparable pairs");
        }
        return (concordant + tiedScore / 2.0) / pairs;
    }

    /**
     * Counts the pairs of {@code design} under the risk scores {@code eta} (in the design's
     * order): within each stratum, durations from the longest down, with a Fenwick tree over the
     * ranks of the scores; {@code O(n log n)}.
     */
    static Concordance of(CoxDesign design, double[] eta) {
        int n = design.n;
        double[] sorted = eta.clone();
        java.util.Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = java.util.Arrays.binarySearch(sorted, 0, distinct, eta[i]) + 1;
        }
        long[] tree = new long[distinct + 1];
        long concordant = 0;
        long discordant = 0;
        long tied = 0;
        long inTree = 0;
        int i = n - 1;
        int stratum = -1;
        while (i >= 0) {
            if (design.strata[i] != stratum) {
                stratum = design.strata[i];
                java.util.Arrays.fill(tree, 0);
                inTree = 0;
            }
            double time = design.times[i];
            int j = i;
            while (j >= 0 && design.strata[j] == stratum && design.times[j] == time) {
                j--;
            }
            for (int k = j + 1; k <= i; k++) {
                if (!design.events[k]) {
                    add(tree, rank[k]);
                    inTree++;
                }
            }
            for (int k = j + 1; k <= i; k++) {
                if (design.events[k]) {
                    long below = prefix(tree, rank[k] - 1);
                    long upTo = prefix(tree, rank[k]);
                    concordant += below;
                    tied += upTo - below;
                    discordant += inTree - upTo;
                }
            }
            for (int k = j + 1; k <= i; k++) {
                if (design.events[k]) {
                    add(tree, rank[k]);
                    inTree++;
                }
            }
            i = j;
        }
        return new Concordance(concordant, discordant, tied);
    }

    private static void add(long[] tree, int index) {
        for (int i = index; i < tree.length; i += i & -i) {
            tree[i]++;
        }
    }

    private static long prefix(long[] tree, int index) {
        long sum = 0;
        for (int i = index; i > 0; i -= i & -i) {
            sum += tree[i];
        }
        return sum;
    }
}
