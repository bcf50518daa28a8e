package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Outcome;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Proportion;

import java.util.EnumMap;
import java.util.Map;

/** The friction evidence of one touchpoint: its score histograms and interaction counts. */
final class FrictionTally {

    private final ScoreAccumulator csat = ScoreAccumulator.create(Scale.CSAT);
    private final ScoreAccumulator nps = ScoreAccumulator.create(Scale.NPS);
    private final ScoreAccumulator ces = ScoreAccumulator.create(Scale.CES);
    private final ScoreAccumulator cesLegacy = ScoreAccumulator.create(Scale.CES_LEGACY);
    private long interactions;
    private long abandoned;
    private long escalated;
    private long repeated;

    void add(Interaction interaction, boolean followedByRepeat) {
        interactions++;
        abandoned += interaction.outcome() == Outcome.ABANDONED ? 1 : 0;
        escalated += interaction.outcome() == Outcome.ESCALATED ? 1 : 0;
        repeated += followedByRepeat ? 1 : 0;
    }

    /** Adds a response on one of the four friction instruments; other scales are ignored. */
    void add(SurveyResponse response) {
        for (ScoreAccumulator accumulator : new ScoreAccumulator[] {csat, nps, ces, cesLegacy}) {
            if (accumulator.scale().equals(response.scale())) {
                accumulator.add(response.score());
            }
        }
    }

    void merge(FrictionTally other) {
        csat.merge(other.csat);
        nps.merge(other.nps);
        ces.merge(other.ces);
        cesLegacy.merge(other.cesLegacy);
        interactions += other.interactions;
        abandoned += other.abandoned;
        escalated += other.escalated;
        repeated += other.repeated;
    }

    /** The rate of every signal. */
    Map<FrictionSignal, Proportion> rates() {
        ScoreHistogram csatScores = csat.snapshot();
        ScoreHistogram npsScores = nps.snapshot();
        ScoreHistogram cesScores = ces.snapshot();
        ScoreHistogram cesLegacyScores = cesLegacy.snapshot();
        Map<FrictionSignal, Proportion> rates = new EnumMap<>(FrictionSignal.class);
        put(rates, FrictionSignal.LOW_SATISFACTION, csatScores.countBetween(1, 2), csatScores.n());
        put(rates, FrictionSignal.DETRACTION, npsScores.countBetween(0, 6), npsScores.n());
        put(
                rates,
                FrictionSignal.HIGH_EFFORT,
                cesScores.countBetween(1, 3) + cesLegacyScores.countBetween(4, 5),
                cesScores.n() + cesLegacyScores.n());
        put(rates, FrictionSignal.ABANDONMENT, abandoned, interactions);
        put(rates, FrictionSignal.REPEAT_CONTACT, repeated, interactions);
        put(rates, FrictionSignal.ESCALATION, escalated, interactions);
        return rates;
    }

    private static void put(
            Map<FrictionSignal, Proportion> rates, FrictionSignal signal, long count, long n) {
        rates.put(signal, new Proportion(signal.label(), count, n));
    }
}
