package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Journey;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.sample.SampleData;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ConsistencyTest {

    private static List<SurveyResponse> smallWorldResponses() {
        List<SurveyResponse> responses = new ArrayList<>();
        SmallWorld.JOURNEYS.forEach(journey -> responses.addAll(journey.responses()));
        responses.add(SurveyResponse.of("a", hours(1), Scale.NPS, 0)); // about no touchpoint
        return responses;
    }

    @Test
    void normalizesEachResponseAndSpreadsTouchpointMeansByHand() {
        Consistency consistency = Consistency.of(smallWorldResponses());

        // hotline: CSAT 1 -> 0, NPS 3 -> 0.3, CES 2 -> 1/6; shop: CSAT 5, NPS 10 -> 1; chat: CES 6
        // -> 5/6
        assertThat(consistency.touchpointMeans()).containsOnlyKeys("chat", "hotline", "shop");
        assertThat(consistency.touchpointMeans().get("hotline"))
                .isCloseTo((0.3 + 1.0 / 6) / 3, within(1e-15));
        // numpy: m.mean(), m.std() (population), 1 - 2 m.std(), m.max() - m.min()
        assertThat(consistency.level()).isCloseTo(0.662962962962963, within(1e-15));
        assertThat(consistency.journeyScore()).isCloseTo(66.2962962962963, within(1e-12));
        assertThat(consistency.standardDeviation()).isCloseTo(0.3651859364427702, within(1e-15));
        assertThat(consistency.index()).isCloseTo(0.2696281271144596, within(1e-15));
        assertThat(consistency.range()).isCloseTo(0.8444444444444444, within(1e-15));
    }

    @Test
    void legacyEffortIsReversedAndEqualTouchpointsAreFullyConsistent() {
        Consistency consistency = Consistency.of(List.of(
                SurveyResponse.of("a", hours(1), Scale.CES_LEGACY, 2).withTouchpoint("hotline"),
                SurveyResponse.of("a", hours(2), Scale.CSAT, 4).withTouchpoint("shop")));

        assertThat(consistency.touchpointMeans().get("hotline")).isEqualTo(0.75);
        assertThat(consistency.index()).isEqualTo(1.0);
        assertThat(consistency.range()).isZero();
    }

    @Test
    void perCustomerConsistencyAndMergeOfParts() {
        Journey a = SmallWorld.JOURNEYS.get(0);
        ConsistencyAccumulator left = ConsistencyAccumulator.create().addAll(a.responses());
        ConsistencyAccumulator right = ConsistencyAccumulator.create()
                .addAll(SmallWorld.JOURNEYS.get(1).responses())
                .addAll(SmallWorld.JOURNEYS.get(2).responses());

        assertThat(Consistency.of(a.responses()).touchpointMeans()).containsOnlyKeys("hotline");
        assertThat(Consistency.of(a.responses()).journeyScore()).isCloseTo(15, within(1e-12));
        assertThat(left.merge(right).snapshot().level())
                .isCloseTo(Consistency.of(smallWorldResponses()).level(), within(1e-15));
    }

    @Test
    void tooFewTouchpointsSayWhy() {
        Consistency one = Consistency.of(SmallWorld.JOURNEYS.get(0).responses());
        Consistency none = Consistency.of(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThatThrownBy(none::level)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("level")
                .hasMessageContaining("had 0");
        assertThatThrownBy(one::index)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 or more touchpoints");
        assertThatThrownBy(() -> ConsistencyAccumulator.create().add(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void indexAndLevelStayInTheUnitIntervalOnSyntheticCustomers() {
        Property.check("consistency bounds", 10, trial -> {
            SampleData data = SampleData.builder()
                    .seed(trial.random().nextLong())
                    .customers(trial.intIn(1, 100))
                    .build();
            Consistency base = Consistency.of(data.responses());
            if (base.touchpointMeans().size() >= 2) {
                assertThat(base.index()).isBetween(0.0, 1.0);
                assertThat(base.range()).isBetween(0.0, 1.0);
            }
            for (Journey journey : JourneyAssembler.create()
                    .assemble(data.interactions(), data.responses())
                    .journeys()) {
                Consistency customer = Consistency.of(journey.responses());
                if (!customer.isEmpty()) {
                    assertThat(customer.journeyScore()).isBetween(0.0, 100.0);
                }
            }
        });
    }
}
