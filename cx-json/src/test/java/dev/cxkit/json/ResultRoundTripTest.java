package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.cxkit.ces.Ces;
import dev.cxkit.ces.CesDefinition;
import dev.cxkit.churn.PeriodChurn;
import dev.cxkit.clv.BgBbModel;
import dev.cxkit.clv.BgNbdModel;
import dev.cxkit.clv.ContractLifetime;
import dev.cxkit.clv.DiscountSchedule;
import dev.cxkit.clv.GammaGammaModel;
import dev.cxkit.clv.RfmSummary;
import dev.cxkit.clv.ShiftedBetaGeometric;
import dev.cxkit.csat.Csat;
import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsBreaks;
import dev.cxkit.nps.NpsComparison;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.MeanScore;
import dev.cxkit.stats.Proportion;
import dev.cxkit.survival.ConfidenceType;
import dev.cxkit.survival.KaplanMeier;
import dev.cxkit.survival.LogRankTest;
import dev.cxkit.survival.MedianInterval;
import dev.cxkit.survival.RestrictedMean;
import dev.cxkit.survival.RiskSets;
import dev.cxkit.survival.Strata;
import dev.cxkit.survival.SurvivalStep;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Stream;

class ResultRoundTripTest {

    private static final JsonMapper MAPPER = CxJson.mapper();

    private static ScoreHistogram histogram(Property.Trial trial, Scale scale) {
        ScoreAccumulator accumulator = ScoreAccumulator.create(scale);
        int n = trial.intIn(0, 300);
        for (int i = 0; i < n; i++) {
            accumulator.add(trial.random().nextInt(scale.min(), scale.max() + 1));
        }
        return accumulator.snapshot();
    }

    private static RiskSets riskSets(Property.Trial trial) {
        int n = trial.intIn(0, 60);
        double[] durations = new double[n];
        boolean[] events = new boolean[n];
        for (int i = 0; i < n; i++) {
            durations[i] = trial.random().nextInt(1, 40) * 0.5;
            events[i] = trial.random().nextInt(3) > 0;
        }
        return RiskSets.of(durations, events);
    }

    /** A type and a draw of its values, named after the type. */
    record Case<T>(Class<T> type, Function<Property.Trial, T> draw) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    private static <T> Case<T> roundTrip(Class<T> type, Function<Property.Trial, T> draw) {
        return new Case<>(type, draw);
    }

    /**
     * Every result with a JSON form, drawn at random: the survey metrics, the survival results,
     * the customer-base models and rates, and the plain result records (read back through
     * Jackson's record support).
     */
    static Stream<Case<?>> results() {
        return Stream.of(
                roundTrip(Nps.class, trial -> Nps.of(histogram(trial, Scale.NPS))),
                roundTrip(
                        NpsComparison.class,
                        trial -> NpsComparison.of(
                                Nps.of(histogram(trial, Scale.NPS)),
                                Nps.of(histogram(trial, Scale.NPS)),
                                NpsIntervalMethod.values()[trial.random().nextInt(3)])),
                roundTrip(
                        NpsBreaks.class,
                        trial -> NpsBreaks.of(Scale.NPS, trial.intIn(0, 4), trial.intIn(5, 10))),
                roundTrip(
                        Csat.class,
                        trial -> Csat.of(histogram(trial, Scale.CSAT), trial.intIn(2, 5))),
                roundTrip(
                        Ces.class,
                        trial -> trial.random().nextBoolean()
                                ? Ces.of(histogram(trial, Scale.CES))
                                : Ces.of(histogram(trial, Scale.CES_LEGACY), CesDefinition.LEGACY)),
                roundTrip(CesDefinition.class, trial -> CesDefinition.V2),
                roundTrip(RiskSets.class, ResultRoundTripTest::riskSets),
                roundTrip(KaplanMeier.class, trial -> KaplanMeier.of(riskSets(trial))),
                roundTrip(RestrictedMean.class, trial -> {
                    double horizon = trial.doubleIn(0, 100);
                    return new RestrictedMean(
                            horizon, trial.doubleIn(0, horizon), trial.doubleIn(0, 10));
                }),
                roundTrip(
                        MedianInterval.class,
                        trial -> new MedianInterval(
                                OptionalDouble.of(trial.doubleIn(0, 5)),
                                trial.random().nextBoolean()
                                        ? OptionalDouble.of(trial.doubleIn(5, 10))
                                        : OptionalDouble.empty(),
                                0.95,
                                ConfidenceType.values()[trial.random().nextInt(3)])),
                roundTrip(LogRankTest.class, trial -> {
                    RiskSets first = riskSets(trial);
                    RiskSets second = riskSets(trial);
                    return Strata.of(Map.of(
                                    "a",
                                    first.merge(
                                            RiskSets.of(new double[] {1}, new boolean[] {true})),
                                    "b",
                                    second.merge(
                                            RiskSets.of(new double[] {2}, new boolean[] {true}))))
                            .logRank();
                }),
                roundTrip(
                        BgNbdModel.class,
                        trial -> BgNbdModel.of(
                                trial.doubleIn(0.01, 10),
                                trial.doubleIn(0.01, 50),
                                trial.doubleIn(0.01, 5),
                                trial.doubleIn(0.01, 5))),
                roundTrip(
                        GammaGammaModel.class,
                        trial -> GammaGammaModel.of(
                                trial.doubleIn(0.01, 10),
                                trial.doubleIn(1.01, 10),
                                trial.doubleIn(0.01, 50))),
                roundTrip(
                        ShiftedBetaGeometric.class,
                        trial -> ShiftedBetaGeometric.of(
                                trial.doubleIn(0.01, 10), trial.doubleIn(0.01, 10))),
                roundTrip(
                        BgBbModel.class,
                        trial -> BgBbModel.of(
                                trial.doubleIn(0.01, 10),
                                trial.doubleIn(0.01, 10),
                                trial.doubleIn(0.01, 10),
                                trial.doubleIn(0.01, 10))),
                roundTrip(Proportion.class, trial -> {
                    long n = trial.longIn(0, 1000);
                    return new Proportion("churn", trial.longIn(0, n), n);
                }),
                roundTrip(PeriodChurn.class, trial -> {
                    long atStart = trial.longIn(0, 1000);
                    long newCustomers = trial.longIn(0, 100);
                    return PeriodChurn.ofCounts(
                            atStart,
                            trial.longIn(newCustomers, atStart + newCustomers),
                            newCustomers);
                }),
                roundTrip(RfmSummary.class, trial -> {
                    double age = trial.doubleIn(1, 100);
                    int frequency = trial.intIn(0, 20);
                    return new RfmSummary(
                            frequency,
                            frequency == 0 ? 0 : trial.doubleIn(0, age),
                            age,
                            frequency == 0 ? 0 : trial.doubleIn(0, 500));
                }),
                roundTrip(
                        ContractLifetime.class,
                        trial -> trial.random().nextBoolean()
                                ? ContractLifetime.churnedIn(trial.intIn(1, 50))
                                : ContractLifetime.activeAfter(trial.intIn(1, 50))),
                roundTrip(
                        DiscountSchedule.class,
                        trial -> DiscountSchedule.monthly(
                                trial.intIn(1, 60),
                                trial.doubleIn(0, 0.1),
                                java.time.temporal.ChronoUnit.WEEKS)),
                roundTrip(
                        SurvivalStep.class,
                        trial -> new SurvivalStep(
                                trial.doubleIn(0, 100),
                                trial.longIn(1, 100),
                                trial.longIn(0, 5),
                                trial.longIn(0, 5),
                                trial.doubleIn(0, 1),
                                trial.doubleIn(0, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    <T> void roundTrips(Case<T> result) {
        Property.check(result + " round trip", 100, trial -> {
            T value = result.draw().apply(trial);
            String json = MAPPER.writeValueAsString(value);
            assertThat(MAPPER.readValue(json, result.type())).as(json).isEqualTo(value);
        });
    }

    @Test
    void resultsCarryNTheMethodAndTheInterval() {
        JsonNode nps = MAPPER.valueToTree(Nps.ofCounts(10, 20, 70));

        assertThat(nps.get("n").longValue()).isEqualTo(100);
        assertThat(nps.get("score").doubleValue()).isEqualTo(60.0, offset(1e-9));
        assertThat(nps.get("interval").get("method").stringValue()).isEqualTo("adjusted-wald");
        assertThat(nps.get("interval").get("level").doubleValue()).isEqualTo(0.95);

        JsonNode mean = MAPPER.valueToTree(
                MeanScore.of(ScoreHistogram.of(Scale.CSAT, 1, 2, 3, 4, 5), "CSAT"));
        assertThat(mean.get("n").longValue()).isEqualTo(15);
        assertThat(mean.get("interval").get("method").isString()).isTrue();

        JsonNode curve = MAPPER.valueToTree(KaplanMeier.fit(
                new double[] {1, 2, 3, 4}, new boolean[] {true, false, true, true}));
        assertThat(curve.get("method").stringValue()).isEqualTo("kaplan-meier");
        assertThat(curve.get("n").longValue()).isEqualTo(4);
        assertThat(curve.get("medianInterval").get("type").stringValue()).isEqualTo("log");
    }

    @Test
    void emptyResultsLeaveOutTheirUndefinedStatistics() {
        JsonNode nps = MAPPER.valueToTree(Nps.ofCounts(0, 0, 0));

        assertThat(nps.get("n").longValue()).isZero();
        assertThat(nps.has("score")).isFalse();
        assertThat(nps.has("interval")).isFalse();
        assertThat(MAPPER.treeToValue(nps, Nps.class)).isEqualTo(Nps.ofCounts(0, 0, 0));
    }

    @Test
    void inconsistentResultJsonIsRejectedWithTheField() {
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"scale\":{\"name\":\"nps\",\"min\":0,"
                                + "\"max\":10},\"n\":5,\"counts\":[0,0,0,0,0,0,0,0,0,0,4]}",
                        ScoreHistogram.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("n: must equal the sum of the counts, 4, was 5");
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"detractors\":1,\"passives\":-1," + "\"promoters\":1}", Nps.class))
                .hasMessageContaining("passives: must be >= 0, was -1");
        assertThatThrownBy(() -> MAPPER.readValue(
                        "{\"weighted\":true,\"detractors\":1," + "\"passives\":1,\"promoters\":1}",
                        Nps.class))
                .hasMessageContaining("weighted NPS cannot be rebuilt");
    }
}
