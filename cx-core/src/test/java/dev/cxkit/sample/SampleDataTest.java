package dev.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Customer;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

class SampleDataTest {

    private static final SampleData DATA =
            SampleData.builder().seed(7).customers(400).build();

    @Test
    void sameSeedSameData() {
        SampleData again = SampleData.builder().seed(7).customers(400).build();

        assertThat(again.customers()).isEqualTo(DATA.customers());
        assertThat(again.interactions()).isEqualTo(DATA.interactions());
        assertThat(again.responses()).isEqualTo(DATA.responses());
        assertThat(SampleData.builder().seed(8).customers(400).build().interactions())
                .isNotEqualTo(DATA.interactions());
    }

    @Test
    void eventsLieInThePeriodInTimeOrderAtKnownTouchpoints() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Instant end = start.plus(Duration.ofDays(365));
        Set<String> ids =
                DATA.touchpoints().stream().map(Touchpoint::id).collect(Collectors.toSet());

        assertThat(DATA.customers()).hasSize(400);
        assertThat(DATA.interactions())
                .isSortedAccordingTo(Comparator.comparing(Interaction::time))
                .allMatch(i -> ids.contains(i.touchpointId()))
                .allMatch(i -> !i.time().isBefore(start) && i.time().isBefore(end));
        assertThat(DATA.responses())
                .isSortedAccordingTo(Comparator.comparing(SurveyResponse::time))
                .allMatch(r -> r.touchpointId().map(ids::contains).orElse(false))
                .allMatch(r -> r.time().isBefore(end));
        assertThat(DATA.responses())
                .extracting(SurveyResponse::scale)
                .contains(Scale.NPS, Scale.CSAT, Scale.CES);
        assertThat(DATA.touchpoints()).allMatch(t -> DATA.stageModel().contains(t.stage()));
    }

    @Test
    void customersCarryPlanAndRegion() {
        assertThat(DATA.customers())
                .allMatch(c -> Set.of("basic", "plus", "pro")
                        .contains(c.attribute("plan").orElseThrow()));
        assertThat(DATA.customers())
                .extracting(c -> c.attribute("region").orElseThrow())
                .containsOnly("north", "south", "east", "west");
    }

    @Test
    void someCustomersChurnAfterTheirLastInteraction() {
        assertThat(DATA.customers()).anyMatch(c -> c.churnedAt().isPresent());
        for (Customer customer : DATA.customers()) {
            customer.churnedAt()
                    .ifPresent(churned -> assertThat(DATA.interactions())
                            .filteredOn(i -> i.customerId().equals(customer.id()))
                            .allMatch(i -> !i.time().isAfter(churned)));
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> SampleData.builder().customers(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers");
        assertThatThrownBy(() -> SampleData.builder().period(Instant.EPOCH, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> SampleData.builder().frictionTouchpoint("kiosk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kiosk'");
    }
}
