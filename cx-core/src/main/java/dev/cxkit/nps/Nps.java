package dev.cxkit.nps;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import java.util.Locale;
import java.util.Objects;

/**
 * The Net Promoter Score of a sample: the share of promoters minus the share of detractors
 * (Reichheld, "The One Number You Need to Grow", Harvard Business Review, December 2003), with
 * its variance, standard error and confidence intervals.
 *
 * <p><b>Units.</b> The score, its standard error, intervals and adjusted score are in
 * <em>points</em>, -100..100 (NPS x 100). Shares are fractions in [0, 1]. The per-response
 * {@link #variance()} is that of the -1/0/+1 score, in fractions.
 *
 * <p><b>Weighted samples.</b> Built from a {@link WeightedScoreHistogram}, shares are weight
 * shares, {@code NPS_w = p_w - d_w}, and the sample size behind every standard error and
 * interval is Kish's effective n, {@code n_eff = (sum w)^2 / sum w^2} (Kish, <i>Survey
 * Sampling</i>, 1965, section 11.7): {@code SE = sqrt(V_w / n_eff)}. The interval methods run
 * on the effective counts {@code n_eff p_w}, {@code n_eff d_w}. The design-based
 * {@link #linearizationStandardError()} is the alternative. An unweighted sample has
 * {@code n_eff = n} and design effect 1.
 *
 * <p><b>Sums from a query engine.</b> {@link #ofGroupSums} builds a weighted sample from what an
 * engine aggregates per group of rows: each NPS group's count and weight sum, and one sum of
 * squared weights for the whole sample. Every statistic reads the squared weights only through
 * that total, except the {@link #linearizationStandardError()}, which needs them per NPS group
 * and throws for such a sample.
 *
 * <p><b>Empty samples.</b> A sample with no response (or zero total weight) exists and
 * {@link #isEmpty() says so}; its counts are 0 and every statistic throws
 * {@link IllegalStateException} naming the metric.
 *
 * <p>Immutable and thread-safe; a value type, equal when counts, weight sums, squared-weight
 * sums (per group, or only their total for {@link #ofGroupSums}) and weighting are equal.
 */
public final class Nps {

    private static final double POINTS = 100;

    private final Group detractors;
    private final Group passives;
    private final Group promoters;
    private final boolean weighted;

    /** The sum of all squared weights: Kish's denominator. */
    private final double squaredWeight;

    /**
     * Count, weight sum and squared-weight sum of one group of respondents; the squared-weight
     * sum is NaN when only the sample's total is known ({@link #ofGroupSums}).
     */
    private record Group(long count, double weight, double squaredWeight) {

        static Group unweighted(long count) {
            return new Group(count, count, count);
        }

        /** The responses scoring {@code from..to}; none when {@code from > to}. */
        static Group of(WeightedScoreHistogram histogram, int from, int to) {
            long count = 0;
            double weight = 0;
            double squaredWeight = 0;
            // Offsets from {@code from}, so that a scale ending at Integer.MAX_VALUE does not wrap.
            for (long offset = 0; offset <= (long) to - from; offset++) {
                int score = (int) (from + offset);
                count += histogram.count(score);
                weight += histogram.weight(score);
                squaredWeight += histogram.squaredWeight(score);
            }
            return new Group(count, weight, squaredWeight);
        }
    }

    private Nps(Group detractors, Group passives, Group promoters, boolean weighted) {
        this(
                detractors,
                passives,
                promoters,
                weighted,
                detractors.squaredWeight + passives.squaredWeight + promoters.squaredWeight);
    }

    private Nps(
            Group detractors,
            Group passives,
            Group promoters,
            boolean weighted,
            double squaredWeight) {
        this.detractors = detractors;
        this.passives = passives;
        this.promoters = promoters;
        this.weighted = weighted;
        this.squaredWeight = squaredWeight;
    }

    /**
     * NPS of a histogram on 0..10 with the {@link NpsBreaks#STANDARD standard} breaks.
     *
     * @param histogram the responses' score histogram
     * @return the NPS of the histogram
     */
    public static Nps of(ScoreHistogram histogram) {
        return of(histogram, NpsBreaks.STANDARD);
    }

    /**
     * NPS of a histogram with custom breaks.
     *
     * @param histogram the responses' score histogram
     * @param breaks the detractor and promoter breaks, on the histogram's scale
     * @return the NPS of the histogram
     * @throws IllegalArgumentException when the histogram's scale is not the breaks' scale
     */
    public static Nps of(ScoreHistogram histogram, NpsBreaks breaks) {
        Objects.requireNonNull(histogram, "histogram");
        Scale scale = requireScale(breaks, histogram.scale());
        long passives = breaks.hasPassives()
                ? histogram.countBetween(breaks.detractorMax() + 1, breaks.promoterMin() - 1)
                : 0;
        return ofCounts(
                histogram.countBetween(scale.min(), breaks.detractorMax()),
                passives,
                histogram.countBetween(breaks.promoterMin(), scale.max()));
    }

    /**
     * Weighted NPS of a weighted histogram on the 0..10 scale with the standard breaks.
     *
     * @param histogram the responses' score histogram
     * @return the NPS of the histogram
     */
    public static Nps of(WeightedScoreHistogram histogram) {
        return of(histogram, NpsBreaks.STANDARD);
    }

    /**
     * Weighted NPS of a weighted histogram with custom breaks.
     *
     * @param histogram the responses' score histogram
     * @param breaks the detractor and promoter breaks, on the histogram's scale
     * @return the NPS of the histogram
     * @throws IllegalArgumentException when the histogram's scale is not the breaks' scale
     */
    public static Nps of(WeightedScoreHistogram histogram, NpsBreaks breaks) {
        Objects.requireNonNull(histogram, "histogram");
        Scale scale = requireScale(breaks, histogram.scale());
        return new Nps(
                Group.of(histogram, scale.min(), breaks.detractorMax()),
                Group.of(histogram, breaks.detractorMax() + 1, breaks.promoterMin() - 1),
                Group.of(histogram, breaks.promoterMin(), scale.max()),
                true);
    }

    /**
     * Weighted NPS of a sample given by the sums a query engine aggregates: per NPS group the
     * number of responses and the sum of their weights, and the sum of the squared weights of
     * all responses. It equals {@link #of(WeightedScoreHistogram)} of any histogram with these
     * group sums whose squared weights sum to {@code squaredWeight}, except that the
     * {@link #linearizationStandardError()}, which needs the squared weights per group, throws.
     *
     * @param detractors the number of detractors, {@code >= 0}
     * @param passives the number of passives, {@code >= 0}
     * @param promoters the number of promoters, {@code >= 0}
     * @param detractorWeight the sum of the detractors' weights, finite and {@code >= 0}, 0
     *     when there is no detractor
     * @param passiveWeight the sum of the passives' weights, likewise
     * @param promoterWeight the sum of the promoters' weights, likewise
     * @param squaredWeight the sum of every response's squared weight, finite and
     *     {@code >= 0}; 0 exactly when the weights sum to 0, and otherwise such that Kish's
     *     effective n {@code (sum w)^2 / squaredWeight} lies in [1, n] (to a relative 1e-9 for
     *     the rounding of the sums)
     * @return the weighted NPS of those sums
     * @throws IllegalArgumentException when a sum is negative, non-finite or impossible for its
     *     counts; the counts are checked as {@link #ofCounts} checks them
     */
    public static Nps ofGroupSums(
            long detractors,
            long passives,
            long promoters,
            double detractorWeight,
            double passiveWeight,
            double promoterWeight,
            double squaredWeight) {
        long n = ofCounts(detractors, passives, promoters).n();
        Group detractorGroup = weightedGroup(detractors, detractorWeight, "detractor");
        Group passiveGroup = weightedGroup(passives, passiveWeight, "passive");
        Group promoterGroup = weightedGroup(promoters, promoterWeight, "promoter");
        checkArgument(
                squaredWeight >= 0 && squaredWeight < Double.POSITIVE_INFINITY,
                "squaredWeight must be finite and >= 0, was %s",
                squaredWeight);
        double total = detractorWeight + passiveWeight + promoterWeight;
        if (total == 0 || squaredWeight == 0) {
            checkArgument(
                    total == squaredWeight,
                    "squaredWeight must be 0 exactly when the weights sum to 0, was %s for a"
                            + " weight sum of %s",
                    squaredWeight,
                    total);
        } else {
            // (sum w)^2 / sum w^2 in [1, n], compared through square roots so nothing overflows.
            double root = Math.sqrt(squaredWeight);
            double tolerance = 1 + 1e-9;
            checkArgument(
                    root <= total * tolerance && total <= Math.sqrt((double) n) * root * tolerance,
                    "squaredWeight must give an effective n (sum w)^2 / sum w^2 in [1, %s], was"
                            + " %s for a weight sum of %s",
                    n,
                    squaredWeight,
                    total);
        }
        return new Nps(detractorGroup, passiveGroup, promoterGroup, true, squaredWeight);
    }

    /**
     * NPS of an unweighted sample given by its group counts.
     *
     * @param detractors the number of detractors, {@code >= 0}
     * @param passives the number of passives, {@code >= 0}
     * @param promoters the number of promoters, {@code >= 0}
     * @return the NPS of those counts
     * @throws IllegalArgumentException when a count is negative or their sum exceeds {@link
     *     Long#MAX_VALUE}
     */
    public static Nps ofCounts(long detractors, long passives, long promoters) {
        checkCount(detractors, "detractors");
        checkCount(passives, "passives");
        checkCount(promoters, "promoters");
        checkArgument(
                passives <= Long.MAX_VALUE - detractors
                        && promoters <= Long.MAX_VALUE - detractors - passives,
                "detractors + passives + promoters must be at most %s, were %s + %s + %s",
                Long.MAX_VALUE,
                detractors,
                passives,
                promoters);
        return new Nps(
                Group.unweighted(detractors),
                Group.unweighted(passives),
                Group.unweighted(promoters),
                false);
    }

    /** {@return number of responses (for a weighted sample, responses of any weight)} */
    public long n() {
        return detractors.count + passives.count + promoters.count;
    }

    /** {@return true when there are no responses, or their weights sum to 0} */
    public boolean isEmpty() {
        return totalWeight() == 0;
    }

    /** {@return true when built from a weighted histogram} */
    public boolean isWeighted() {
        return weighted;
    }

    /** {@return number of detractors} */
    public long detractors() {
        return detractors.count;
    }

    /** {@return number of passives} */
    public long passives() {
        return passives.count;
    }

    /** {@return number of promoters} */
    public long promoters() {
        return promoters.count;
    }

    /** {@return share of detractors (weighted share for a weighted sample), in [0, 1]} */
    public double detractorShare() {
        return detractors.weight / requireTotalWeight();
    }

    /** {@return share of passives (weighted share for a weighted sample), in [0, 1]} */
    public double passiveShare() {
        return passives.weight / requireTotalWeight();
    }

    /** {@return share of promoters (weighted share for a weighted sample), in [0, 1]} */
    public double promoterShare() {
        return promoters.weight / requireTotalWeight();
    }

    /**
     * The Net Promoter Score {@code 100 (p - d)}, in points, -100..100; for a weighted sample
     * {@code 100 (W_promoters - W_detractors) / W} from the weight sums, so that weights that
     * are exact binary fractions give the exact score (promoter 1.5, detractor 0.5: 50).
     *
     * @return the score in points
     * @throws IllegalStateException when the sample is empty
     */
    public double value() {
        return POINTS * ((promoters.weight - detractors.weight) / requireTotalWeight());
    }

    /**
     * Per-response variance of the -1/0/+1 score, {@code V = p + d - (p - d)^2} (Rocks 2016,
     * eq. 2), in fractions (not points); with weights, of the weighted shares.
     *
     * @return the variance, in [0, 1]
     */
    public double variance() {
        return effectiveCounts().variance();
    }

    /**
     * Kish's effective sample size {@code (sum w)^2 / sum w^2}; {@code n} for an unweighted
     * sample.
     *
     * @return the effective sample size, {@code <= n}
     */
    public double effectiveN() {
        return effectiveCounts().n();
    }

    /**
     * Kish's design effect due to weighting, {@code n / n_eff}; 1 for an unweighted sample.
     *
     * @return the design effect, {@code >= 1}
     */
    public double designEffect() {
        return n() / effectiveN();
    }

    /**
     * {@return standard error of the score in points, {@code 100 sqrt(V / n)} with {@code n} the
     * number of responses (not {@code n - 1}, as the R package {@code NPS}); for a weighted sample
     * Kish's approximation {@code 100 sqrt(V_w / n_eff)}}
     */
    public double standardError() {
        return POINTS * effectiveCounts().standardError();
    }

    /**
     * {@return the design-based (Taylor linearization) standard error of a weighted score, in
     * points: {@code 100 sqrt(n/(n-1) sum w^2 (x - NPS_w)^2) / sum w}, with {@code x} the -1/0/+1
     * score of each response and {@code n} the number of responses (Wolter, <i>Introduction to
     * Variance Estimation</i>, 2007, ch. 6, for a ratio mean under with-replacement sampling of
     * single-response clusters)} For an unweighted sample it is {@code 100 sqrt(V / (n - 1))}.
     *
     * @throws IllegalStateException when there are fewer than two responses
     */
    public double linearizationStandardError() {
        double total = requireTotalWeight();
        if (Double.isNaN(promoters.squaredWeight)) {
            throw new IllegalStateException("NPS linearization standard error needs the squared"
                    + " weights of each NPS group; this sample has only their total"
                    + " (Nps.ofGroupSums)");
        }
        long n = n();
        if (n < 2) {
            throw new IllegalStateException(
                    "NPS linearization standard error needs at least 2 responses, had " + n);
        }
        double net = effectiveCounts().net();
        double sum = squaredDeviation(promoters, 1 - net)
                + squaredDeviation(passives, -net)
                + squaredDeviation(detractors, -1 - net);
        return POINTS * Math.sqrt((double) n / (n - 1) * sum) / total;
    }

    /**
     * {@return the adjusted score {@code NPS' = 100 (P - D) / (n + 3)} on which the
     * {@link NpsIntervalMethod#ADJUSTED_WALD adjusted Wald} interval is centred, in points}
     */
    public double adjustedScore() {
        return POINTS
                * effectiveCounts().adjusted(NpsIntervalMethod.ADJUSTED_WALD).net();
    }

    /**
     * {@return the {@link NpsIntervalMethod#ADJUSTED_WALD adjusted Wald} interval at {@code level},
     * in points}
     *
     * @param level the confidence level, in (0, 1)
     */
    public Interval interval(double level) {
        return interval(NpsIntervalMethod.ADJUSTED_WALD, level);
    }

    /**
     * {@return the confidence interval at {@code level} by {@code method}, in points, clipped to
     * [-100, 100]; its {@link Interval#method()} is the method's {@link NpsIntervalMethod#label()}}
     *
     * @param method the interval method
     * @param level the confidence level, in (0, 1)
     */
    public Interval interval(NpsIntervalMethod method, double level) {
        Objects.requireNonNull(method, "method");
        Confidence.checkLevel(level);
        Trinomial counts = effectiveCounts();
        Interval fraction = method.isWaldType()
                ? waldInterval(counts.adjusted(method), level, method.label())
                : TangoInterval.of(counts, level);
        return fraction.toNpsPoints();
    }

    /**
     * The counts behind every interval: exact counts, or effective counts {@code n_eff} times
     * the weighted shares, for a non-empty sample.
     */
    Trinomial effectiveCounts() {
        double total = requireTotalWeight();
        double toEffective = total / squaredWeight;
        return new Trinomial(
                detractors.weight * toEffective,
                passives.weight * toEffective,
                promoters.weight * toEffective);
    }

    /** {@code estimate +- z SE} of {@code counts}, clipped to [-1, 1]. */
    static Interval waldInterval(Trinomial counts, double level, String label) {
        double half = Confidence.z(level) * counts.standardError();
        double estimate = counts.net();
        return new Interval(
                Math.max(-1, estimate - half),
                Math.min(1, estimate + half),
                level,
                label,
                Interval.Unit.FRACTION);
    }

    private static double squaredDeviation(Group group, double deviation) {
        return group.squaredWeight * deviation * deviation;
    }

    private double totalWeight() {
        return detractors.weight + passives.weight + promoters.weight;
    }

    private double requireTotalWeight() {
        double total = totalWeight();
        if (total == 0) {
            throw new IllegalStateException("NPS is undefined for an empty sample (n=" + n()
                    + (weighted ? ", total weight 0)" : ")"));
        }
        return total;
    }

    private static Scale requireScale(NpsBreaks breaks, Scale scale) {
        Objects.requireNonNull(breaks, "breaks");
        checkArgument(
                breaks.scale().equals(scale),
                "histogram scale must be the breaks' scale %s, was %s",
                breaks.scale(),
                scale);
        return scale;
    }

    private static void checkCount(long count, String field) {
        checkArgument(count >= 0, "%s must be >= 0, was %s", field, count);
    }

    /** The group of {@code count} responses whose weights sum to {@code weight}. */
    private static Group weightedGroup(long count, double weight, String name) {
        checkArgument(
                weight >= 0 && weight < Double.POSITIVE_INFINITY,
                "%sWeight must be finite and >= 0, was %s",
                name,
                weight);
        checkArgument(
                count > 0 || weight == 0,
                "%sWeight must be 0 when there is no %s, was %s",
                name,
                name,
                weight);
        return new Group(count, weight, Double.NaN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nps nps
                && weighted == nps.weighted
                && detractors.equals(nps.detractors)
                && passives.equals(nps.passives)
                && promoters.equals(nps.promoters)
                && Double.compare(squaredWeight, nps.squaredWeight) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(detractors, passives, promoters, weighted, squaredWeight);
    }

    @Override
    public String toString() {
        String counts = "detractors=" + detractors.count + ", passives=" + passives.count
                + ", promoters=" + promoters.count;
        return isEmpty()
                ? "Nps{empty, " + counts + "}"
                : String.format(
                        Locale.ROOT,
                        "Nps{value=%.2f, %s%s}",
                        value(),
                        counts,
                        weighted ? String.format(Locale.ROOT, ", n_eff=%.2f", effectiveN()) : "");
    }
}
