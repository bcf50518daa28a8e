package dev.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Journey;
import dev.cxkit.sample.SampleData;
import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/** The "Journey analytics" example of the root README, kept compiling and running. */
class ReadmeExampleTest {

    @Test
    void journeyAnalyticsExample() {
        // README begin
        SampleData data = SampleData.builder().seed(42).customers(2_000).build();
        TouchpointCatalogue catalogue =
                TouchpointCatalogue.of(data.stageModel(), data.touchpoints());
        List<Journey> journeys = JourneyAssembler.builder()
                .catalogue(catalogue)
                .interactionsOrdered()
                .responsesOrdered()
                .build()
                .assemble(data.interactions(), data.responses())
                .journeys();

        FunnelAccumulator funnel = FunnelAccumulator.create(catalogue);
        FrictionAccumulator friction =
                FrictionAccumulator.create(catalogue, RepeatContact.within(Duration.ofDays(2)));
        journeys.forEach(journey -> {
            funnel.add(journey);
            friction.add(journey);
        });

        for (Funnel.Step step : funnel.snapshot().steps()) {
            Interval interval = step.conversion().interval(0.95);
            System.out.printf(
                    "%-13s -> %-13s %5.1f %% [%4.1f, %4.1f] of %4d, median %.1f days%n",
                    step.from(),
                    step.to(),
                    100 * step.conversion().value(),
                    100 * interval.lower(),
                    100 * interval.upper(),
                    step.conversion().n(),
                    step.timeBetween().median().toMinutes() / 1440.0);
        }
        for (FrictionReport.RankedTouchpoint ranked :
                friction.snapshot().ranking().subList(0, 3)) {
            System.out.printf("friction %-16s %.3f%n", ranked.touchpoint().id(), ranked.score());
        }
        System.out.printf(
                "consistency index %.3f%n", Consistency.of(data.responses()).index());
        // README end
        assertThat(friction.snapshot().ranking().get(0).touchpoint().id())
                .isEqualTo(data.frictionTouchpointId());
    }
}
