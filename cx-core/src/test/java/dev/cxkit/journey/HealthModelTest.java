package dev.cxkit.journey;

import static dev.cxkit.journey.Fixtures.T0;
import static dev.cxkit.journey.Fixtures.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.sample.SampleData;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

class HealthModelTest {

    private static final Journey A = SmallWorld.JOURNEYS.get(0);
    private static final Customer CUSTOMER_A = Customer.of("a", T0);
    private static final Instant AS_OF = hours(100).plus(Duration.ofDays(90));

    @Test
    void combinesPresentSignalsWithRenormalizedDefaultWeightsByHand() {
        Health health = HealthModel.defaults().assess(CUSTOMER_A, A, AS_OF);

        // NPS 3 detractor 0, CSAT 1 -> 0, CES missing, 2 friction events -> 0.6,
        // last event 90 days ago -> 0.5, tenure 94.17 / 365 days;
        // 100 (0.15 * 0.6 + 0.15 * 0.5 + 0.10 * 94.1667 / 365) / 0.85, evaluated in Python
        assertThat(health.score()).isCloseTo(22.446951383293044, within(1e-9));
        assertThat(health.band()).isEqualTo(RiskBand.AT_RISK);
        assertThat(health.missing()).containsExactly(HealthSignal.CES);
        assertThat(health.signals())
                .containsEntry(HealthSignal.FRICTION, 0.6)
                .containsEntry(HealthSignal.NPS, 0.0);
        assertThat(health.signals().get(HealthSignal.RECENCY)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void onlyEventsUpToTheAssessmentTimeCount() {
        Journey later = new Journey(
                "a",
                A.interactions(),
                List.of(
                        SurveyResponse.of("a", hours(1), Scale.NPS, 10),
                        SurveyResponse.of("a", hours(500), Scale.NPS, 0)));

        Health early = HealthModel.defaults().assess(CUSTOMER_A, later, hours(3));

        assertThat(early.signals()).containsEntry(HealthSignal.NPS, 1.0);
        // one friction event (the abandoned contact) by then
        assertThat(early.signals()).containsEntry(HealthSignal.FRICTION, 0.8);
    }

    @Test
    void weightsAndCutOffsAreConfigurable() {
        HealthModel frictionOnly = HealthModel.builder()
                .weight(HealthSignal.NPS, 0)
                .weight(HealthSignal.CSAT, 0)
                .weight(HealthSignal.CES, 0)
                .weight(HealthSignal.RECENCY, 0)
                .weight(HealthSignal.TENURE, 0)
                .cutOffs(90, 60)
                .build();

        Health health = frictionOnly.assess(CUSTOMER_A, A, AS_OF);

        assertThat(health.score()).isCloseTo(60, within(1e-12));
        assertThat(health.band()).isEqualTo(RiskBand.WATCH);
        assertThat(health.missing()).isEmpty();
        assertThat(frictionOnly.band(90)).isEqualTo(RiskBand.HEALTHY);
        assertThat(frictionOnly.band(59.9)).isEqualTo(RiskBand.AT_RISK);
    }

    @Test
    void noWeightedSignalIsAnErrorThatSaysWhy() {
        HealthModel surveysOnly = HealthModel.builder()
                .weight(HealthSignal.FRICTION, 0)
                .weight(HealthSignal.RECENCY, 0)
                .weight(HealthSignal.TENURE, 0)
                .build();
        Journey silent = new Journey("a", A.interactions(), List.of());

        assertThatThrownBy(() -> surveysOnly.assess(CUSTOMER_A, silent, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no weighted signal")
                .hasMessageContaining("NPS");
    }

    @Test
    void rejectsBadInput() {
        HealthModel model = HealthModel.defaults();

        assertThatThrownBy(() -> model.assess(Customer.of("b", T0), A, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b'");
        assertThatThrownBy(() -> model.assess(CUSTOMER_A, A, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> HealthModel.builder().weight(HealthSignal.NPS, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NPS");
        assertThatThrownBy(() -> HealthModel.builder().cutOffs(40, 70))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cut-offs");
        assertThatThrownBy(() -> HealthModel.builder().recencyHalfLife(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recencyHalfLife");
        assertThatThrownBy(() -> HealthModel.builder().frictionEventsToZero(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.band(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void healthLiesIn0To100OnSyntheticCustomers() {
        Property.check("health bounds", 10, trial -> {
            SampleData data = SampleData.builder()
                    .seed(trial.random().nextLong())
                    .customers(trial.intIn(1, 200))
                    .build();
            Map<String, Customer> customers = data.customers().stream()
                    .collect(Collectors.toMap(Customer::id, Function.identity()));
            Instant end = Instant.parse("2026-01-01T00:00:00Z");
            for (Journey journey : JourneyAssembler.create()
                    .assemble(data.interactions(), data.responses())
                    .journeys()) {
                Health health = HealthModel.defaults()
                        .assess(customers.get(journey.customerId()), journey, end);
                assertThat(health.score()).isBetween(0.0, 100.0);
                assertThat(health.signals().values()).allMatch(v -> v >= 0 && v <= 1);
            }
        });
    }
}
