package dev.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Journey;
import dev.cxkit.model.Stage;
import dev.cxkit.sample.SampleData;
import dev.cxkit.stats.Proportion;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Journey analytics on the seeded synthetic population of {@link SampleData}. */
class SyntheticJourneysTest {

    private static final RepeatContact TWO_DAYS = RepeatContact.within(Duration.ofDays(2));

    private static TouchpointCatalogue catalogueOf(SampleData data) {
        return TouchpointCatalogue.of(data.stageModel(), data.touchpoints());
    }

    private static List<Journey> journeysOf(SampleData data) {
        return JourneyAssembler.builder()
                .catalogue(catalogueOf(data))
                .interactionsOrdered()
                .responsesOrdered()
                .build()
                .assemble(data.interactions(), data.responses())
                .journeys();
    }

    @Test
    void thePlantedFrictionTouchpointRanksFirst() {
        for (String planted : List.of(SampleData.DEFAULT_FRICTION_TOUCHPOINT, "web-checkout")) {
            SampleData data =
                    SampleData.builder().seed(11).frictionTouchpoint(planted).build();
            FrictionAccumulator friction = FrictionAccumulator.create(catalogueOf(data), TWO_DAYS);
            journeysOf(data).forEach(friction::add);

            List<FrictionReport.RankedTouchpoint> ranking = friction.snapshot().ranking();

            assertThat(ranking.get(0).touchpoint().id()).isEqualTo(planted);
            assertThat(ranking.get(0).score()).isGreaterThan(2 * ranking.get(1).score());
        }
    }

    @Test
    void reachAtOrBeyondAStageNeverIncreasesAndRatesStayInTheUnitInterval() {
        Property.check("funnel shape", 20, trial -> {
            SampleData data = SampleData.builder()
                    .seed(trial.random().nextLong())
                    .customers(trial.intIn(1, 300))
                    .build();
            FunnelAccumulator accumulator = FunnelAccumulator.create(catalogueOf(data));
            data.interactions().forEach(accumulator::add);
            Funnel funnel = accumulator.snapshot();

            long previous = funnel.customers();
            for (Stage stage : data.stageModel().stages()) {
                assertThat(funnel.reachedAtOrBeyond(stage))
                        .isLessThanOrEqualTo(previous)
                        .isGreaterThanOrEqualTo(funnel.reached(stage) > 0 ? 1 : 0);
                previous = funnel.reachedAtOrBeyond(stage);
            }
            for (Funnel.Step step : funnel.steps()) {
                assertThat(step.conversion().n()).isEqualTo(funnel.reached(step.from()));
                assertThat(step.conversion().count())
                        .isLessThanOrEqualTo(funnel.reached(step.to()));
                assertThat(step.timeBetween().n()).isEqualTo(step.conversion().count());
            }
        });
    }

    @Test
    void mergingPartialResultsEqualsTheWhole() {
        Property.check("merge law", 20, trial -> {
            SampleData data = SampleData.builder()
                    .seed(trial.random().nextLong())
                    .customers(trial.intIn(1, 200))
                    .build();
            TouchpointCatalogue catalogue = catalogueOf(data);
            List<Journey> journeys = journeysOf(data);
            int cut = trial.intIn(0, journeys.size());
            FunnelAccumulator wholeFunnel = FunnelAccumulator.create(catalogue);
            FunnelAccumulator[] funnelParts = {
                FunnelAccumulator.create(catalogue), FunnelAccumulator.create(catalogue)
            };
            FrictionAccumulator wholeFriction = FrictionAccumulator.create(catalogue, TWO_DAYS);
            FrictionAccumulator[] frictionParts = {
                FrictionAccumulator.create(catalogue, TWO_DAYS),
                FrictionAccumulator.create(catalogue, TWO_DAYS)
            };
            for (int i = 0; i < journeys.size(); i++) {
                wholeFunnel.add(journeys.get(i));
                wholeFriction.add(journeys.get(i));
                funnelParts[i < cut ? 0 : 1].add(journeys.get(i));
                frictionParts[i < cut ? 0 : 1].add(journeys.get(i));
            }
            // interactions split at random, not by customer: the funnel still merges exactly
            FunnelAccumulator byEvent = FunnelAccumulator.create(catalogue);
            FunnelAccumulator rest = FunnelAccumulator.create(catalogue);
            data.interactions()
                    .forEach(i -> (trial.random().nextBoolean() ? byEvent : rest).add(i));

            assertThat(funnelParts[1].merge(funnelParts[0]).snapshot())
                    .isEqualTo(wholeFunnel.snapshot())
                    .isEqualTo(byEvent.merge(rest).snapshot());
            assertThat(frictionParts[0].merge(frictionParts[1]).snapshot())
                    .isEqualTo(wholeFriction.snapshot());
        });
    }

    @Test
    void frictionAndServiceRatesLieInTheUnitInterval() {
        Property.check("rates in [0, 1]", 10, trial -> {
            SampleData data = SampleData.builder()
                    .seed(trial.random().nextLong())
                    .customers(trial.intIn(1, 300))
                    .build();
            TouchpointCatalogue catalogue = catalogueOf(data);
            FrictionAccumulator friction = FrictionAccumulator.create(catalogue, TWO_DAYS);
            ServiceAccumulator service = ServiceAccumulator.create(catalogue, TWO_DAYS);
            journeysOf(data).forEach(journey -> {
                friction.add(journey);
                service.add(journey);
            });

            FrictionReport report = friction.snapshot();
            for (var touchpoint : data.touchpoints()) {
                report.evidence(touchpoint.id()).values().forEach(SyntheticJourneysTest::checkRate);
            }
            assertThat(report.ranking()).allMatch(ranked -> ranked.score() >= 0);
            for (Map.Entry<String, ServiceLevel> entry : service.byTouchpoint().entrySet()) {
                checkRate(entry.getValue().resolution());
                checkRate(entry.getValue().firstContactResolution());
            }
        });
    }

    private static void checkRate(Proportion rate) {
        if (!rate.isEmpty()) {
            assertThat(rate.value()).isBetween(0.0, 1.0);
            assertThat(rate.interval(0.95).contains(rate.value())).isTrue();
        }
    }
}
