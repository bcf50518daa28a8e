package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Customer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class CustomerLifetimesTest {

    private static final Instant ORIGIN = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant AS_OF = ORIGIN.plus(200, ChronoUnit.DAYS);

    @Test
    void churnIsAnEventAndActiveCustomersAreCensoredAtAsOf() {
        List<Customer> customers = List.of(
                customer("churned", 0, 30.5, "basic"),
                customer("active", 50, -1, "basic"),
                customer("churns later", 100, 250, "premium"),
                customer("churns at asOf", 150, 200, "premium"));
        RiskSets riskSets = CustomerLifetimes.riskSets(customers, AS_OF, ChronoUnit.DAYS);
        assertThat(riskSets)
                .isEqualTo(RiskSets.ofCounts(
                        new double[] {30.5, 50, 100, 150},
                        new long[] {1, 1, 0, 0},
                        new long[] {0, 0, 1, 1}));
    }

    @Test
    void reproducesTheAmlCurveFromCustomerRecords() {
        double[] weeks = SurvivalData.AML_MAINTAINED_TIMES;
        Instant lastSeen = ORIGIN.plus(365, ChronoUnit.DAYS);
        Customer[] customers = new Customer[weeks.length];
        for (int i = 0; i < weeks.length; i++) {
            long days = (long) weeks[i] * 7;
            customers[i] = SurvivalData.AML_MAINTAINED_EVENTS[i]
                    ? Customer.of("c" + i, ORIGIN).withChurnedAt(ORIGIN.plus(days, ChronoUnit.DAYS))
                    : Customer.of("c" + i, lastSeen.minus(days, ChronoUnit.DAYS));
        }
        RiskSets riskSets =
                CustomerLifetimes.riskSets(Arrays.asList(customers), lastSeen, ChronoUnit.WEEKS);
        assertThat(riskSets).isEqualTo(SurvivalData.amlMaintained().riskSets());
    }

    @Test
    void strataFollowTheKey() {
        List<Customer> customers = List.of(
                customer("a", 0, 10, "basic"), customer("b", 0, 20, "premium"),
                customer("c", 0, -1, "basic"), customer("d", 0, 40, "premium"));
        Strata<String> byPlan = CustomerLifetimes.strata(
                customers,
                customer -> customer.attribute("plan").orElse("none"),
                AS_OF,
                ChronoUnit.DAYS);
        assertThat(byPlan.keys()).containsExactly("basic", "premium");
        assertThat(byPlan.riskSets("basic").subjects()).isEqualTo(2);
        assertThat(byPlan.riskSets("premium").totalEvents()).isEqualTo(2);
    }

    @Test
    void rejectsBadInput() {
        List<Customer> future = List.of(Customer.of("f", AS_OF.plusSeconds(1)));
        assertThatThrownBy(() -> CustomerLifetimes.riskSets(future, AS_OF, ChronoUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acquiredAt of customer f")
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> CustomerLifetimes.riskSets(List.of(), AS_OF, ChronoUnit.FOREVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit")
                .hasMessageContaining("Forever");
        assertThatThrownBy(() -> CustomerLifetimes.riskSets(List.of(), AS_OF, ChronoUnit.NANOS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nanos");
        assertThatThrownBy(() -> CustomerLifetimes.riskSets(List.of(), null, ChronoUnit.DAYS))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> CustomerLifetimes.strata(
                        List.of(Customer.of("k", ORIGIN)),
                        customer -> null,
                        AS_OF,
                        ChronoUnit.DAYS))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key of customer k");
    }

    /** A customer acquired {@code acquiredDay} days after the origin, churned (if >= 0) later. */
    private static Customer customer(
            String id, double acquiredDay, double churnedDay, String plan) {
        Instant acquired = ORIGIN.plusSeconds((long) (acquiredDay * 86_400));
        Optional<Instant> churned = churnedDay < 0
                ? Optional.empty()
                : Optional.of(ORIGIN.plusSeconds((long) (churnedDay * 86_400)));
        return new Customer(id, acquired, churned, Map.of("plan", plan));
    }
}
