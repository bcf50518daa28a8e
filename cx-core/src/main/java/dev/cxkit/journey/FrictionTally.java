package dev.cxkit.journey;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Proportion;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The friction evidence of one touchpoint: a score histogram per friction instrument and the
 * interaction counts.
 */
final class FrictionTally {

    /** The instruments whose responses are evidence, in the order of {@link #histograms()}. */
    static final List<Scale> INSTRUMENTS =
            List.of(Scale.CSAT, Scale.NPS, Scale.CES, Scale.CES_LEGACY);

    /** What {@link #counts()} holds, in order. */
    static final List<String> COUNTS =
            List.of("interactions", "abandoned", "escalated", "repeated");

    /** What {@link #observations} sums, in order. */
    static final List<String> OBSERVATIONS =
            List.of("interactions", "CSAT responses", "NPS responses", "CES and CES 1.0 responses");

    private static final int INTERACTIONS = 0;
    private static final int ABANDONED = 1;
    private static final int ESCALATED = 2;
    private static final int REPEATED = 3;

    private final ScoreAccumulator[] scores = new ScoreAccumulator[INSTRUMENTS.size()];
    private final long[] counts = new long[COUNTS.size()];

    FrictionTally() {
        for (int i = 0; i < scores.length; i++) {
            scores[i] = ScoreAccumulator.create(INSTRUMENTS.get(i));
        }
    }

    /**
     * A tally of {@code counts} (in {@link #COUNTS}' order) and {@code histograms} (in {@link
     * #INSTRUMENTS}' order), already checked.
     */
    static FrictionTally of(long[] counts, List<ScoreHistogram> histograms) {
        FrictionTally tally = new FrictionTally();
        System.arraycopy(counts, 0, tally.counts, 0, counts.length);
        for (int i = 0; i < tally.scores.length; i++) {
            tally.scores[i].merge(histograms.get(i));
        }
        return tally;
    }

    void add(Interaction interaction, boolean followedByRepeat) {
        counts[INTERACTIONS]++;
        counts[ABANDONED] += interaction.outcome() == Outcome.ABANDONED ? 1 : 0;
        counts[ESCALATED] += interaction.outcome() == Outcome.ESCALATED ? 1 : 0;
        counts[REPEATED] += followedByRepeat ? 1 : 0;
    }

    /** Adds a response on one of the four friction instruments; other scales are ignored. */
    void add(SurveyResponse response) {
        int instrument = INSTRUMENTS.indexOf(response.scale());
        if (instrument >= 0) {
            scores[instrument].add(response.score());
        }
    }

    /**
     * The observations every signal's rate is out of, summed over {@code tallies}, in {@link
     * #OBSERVATIONS}' order: interactions, CSAT, NPS, and CES and CES 1.0 responses together.
     * Within a touchpoint and across them these sums bound every count, so that a state whose
     * sums fit a {@code long} has no count that does not.
     *
     * @throws IllegalArgumentException when a sum exceeds {@link Long#MAX_VALUE}
     */
    static long[] observations(Iterable<FrictionTally> tallies) {
        long[] sums = new long[OBSERVATIONS.size()];
        for (FrictionTally tally : tallies) {
            long[] own = {
                tally.counts[INTERACTIONS],
                tally.scores[0].n(),
                tally.scores[1].n(),
                Counts.add(tally.scores[2].n(), tally.scores[3].n(), OBSERVATIONS.get(3))
            };
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Counts.add(sums[i], own[i], OBSERVATIONS.get(i));
            }
        }
        return sums;
    }

    /**
     * Adds {@code other}'s evidence; the caller checks the {@link #observations} of both first.
     */
    void merge(FrictionTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i].merge(other.scores[i]);
        }
    }

    /** The interaction counts, in {@link #COUNTS}' order; a copy. */
    long[] counts() {
        return counts.clone();
    }

    /** The score histograms, in {@link #INSTRUMENTS}' order. */
    List<ScoreHistogram> histograms() {
        return Arrays.stream(scores).map(ScoreAccumulator::snapshot).toList();
    }

    /** The rate of every signal. */
    Map<FrictionSignal, Proportion> rates() {
        List<ScoreHistogram> histograms = histograms();
        ScoreHistogram csat = histograms.get(0);
        ScoreHistogram nps = histograms.get(1);
        ScoreHistogram ces = histograms.get(2);
        ScoreHistogram cesLegacy = histograms.get(3);
        Map<FrictionSignal, Proportion> rates = new EnumMap<>(FrictionSignal.class);
        put(rates, FrictionSignal.LOW_SATISFACTION, csat.countBetween(1, 2), csat.n());
        put(rates, FrictionSignal.DETRACTION, nps.countBetween(0, 6), nps.n());
        put(
                rates,
                FrictionSignal.HIGH_EFFORT,
                ces.countBetween(1, 3) + cesLegacy.countBetween(4, 5),
                ces.n() + cesLegacy.n());
        long interactions = counts[INTERACTIONS];
        put(rates, FrictionSignal.ABANDONMENT, counts[ABANDONED], interactions);
        put(rates, FrictionSignal.REPEAT_CONTACT, counts[REPEATED], interactions);
        put(rates, FrictionSignal.ESCALATION, counts[ESCALATED], interactions);
        return rates;
    }

    private static void put(
            Map<FrictionSignal, Proportion> rates, FrictionSignal signal, long count, long n) {
        rates.put(signal, new Proportion(signal.label(), count, n));
    }
}
