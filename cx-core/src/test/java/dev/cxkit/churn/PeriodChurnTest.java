package dev.cxkit.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Customer;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reference case sec. 7: 500 at the start, 450 at the end, 60 new who stayed. */
class PeriodChurnTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2024-04-01T00:00:00Z");

    @Test
    void simpleRateHidesAcquisition() {
        assertThat(PeriodChurn.simpleRate(500, 450)).isCloseTo(0.10, within(1e-12));
        assertThat(PeriodChurn.simpleRate(500, 550)).isCloseTo(-0.10, within(1e-12));
    }

    @Test
    void properRatesFromCountsSeparateNewCustomers() {
        PeriodChurn period = PeriodChurn.ofCounts(500, 450, 60);
        assertThat(period.simpleChurn()).isCloseTo(0.10, within(1e-12));
        assertThat(period.lost()).isEqualTo(110);
        assertThat(period.retained()).isEqualTo(390);
        assertThat(period.churn()).isEqualTo(new Proportion("churn", 110, 500));
        assertThat(period.churn().value()).isCloseTo(0.22, within(1e-12));
        assertThat(period.retention().value()).isCloseTo(0.78, within(1e-12));
        assertThat(period.atEnd()).isEqualTo(450);
        assertThat(period.newLost()).isZero();
    }

    @Test
    void ratesCarryWilsonIntervals() {
        // Wilson 95 % bounds computed with SciPy: z = norm.ppf(0.975), the score formula by hand.
        Interval churn = PeriodChurn.ofCounts(500, 450, 60).churn().interval(0.95);
        assertThat(churn.lower()).isCloseTo(0.18590093257162363, within(1e-12));
        assertThat(churn.upper()).isCloseTo(0.25836869808684565, within(1e-12));
        Interval retention = PeriodChurn.ofCounts(500, 450, 60).retention().interval(0.95);
        assertThat(retention.lower()).isCloseTo(0.7416313019131544, within(1e-12));
        assertThat(retention.method()).isEqualTo("wilson");
    }

    @Test
    void customerListGivesTheSameNumbersAndCountsNewCustomersWhoLeft() {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Instant acquired = START.minusSeconds(86_400L * (i + 1));
            Optional<Instant> churned =
                    i < 110 ? Optional.of(START.plusSeconds(3600L * i)) : Optional.empty();
            customers.add(new Customer("s" + i, acquired, churned, Map.of()));
        }
        for (int i = 0; i < 60; i++) {
            customers.add(Customer.of("n" + i, START.plusSeconds(86_400L * i)));
        }
        assertThat(PeriodChurn.ofCustomers(customers, START, END))
                .isEqualTo(PeriodChurn.ofCounts(500, 450, 60));

        customers.add(
                Customer.of("late", START.plusSeconds(10)).withChurnedAt(END.minusSeconds(1)));
        customers.add(
                Customer.of("gone", START.minusSeconds(99)).withChurnedAt(START.minusSeconds(1)));
        customers.add(Customer.of("future", END));
        PeriodChurn period = PeriodChurn.ofCustomers(customers, START, END);
        assertThat(period.newCustomers()).isEqualTo(61);
        assertThat(period.newLost()).isEqualTo(1);
        assertThat(period.atEnd()).isEqualTo(450);
        assertThat(period.churn().value()).isCloseTo(0.22, within(1e-12));
    }

    @Test
    void periodIsHalfOpen() {
        List<Customer> customers = List.of(
                Customer.of("acquired at start is new", START),
                Customer.of("churned at start was there", START.minusSeconds(5))
                        .withChurnedAt(START),
                Customer.of("churned at end stayed", START.minusSeconds(5)).withChurnedAt(END));
        PeriodChurn period = PeriodChurn.ofCustomers(customers, START, END);
        assertThat(period.atStart()).isEqualTo(2);
        assertThat(period.lost()).isEqualTo(1);
        assertThat(period.newCustomers()).isEqualTo(1);
        assertThat(period.atEnd()).isEqualTo(2);
    }

    @Test
    void emptyPeriodSaysSoAndRefusesRates() {
        PeriodChurn empty = PeriodChurn.ofCustomers(List.of(), START, END);
        assertThat(empty.churn().isEmpty()).isTrue();
        assertThatThrownBy(() -> empty.churn().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("churn");
        assertThatThrownBy(() -> empty.retention().interval(0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retention");
        assertThatThrownBy(empty::simpleChurn)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("atStart = 0");
        assertThatThrownBy(() -> PeriodChurn.simpleRate(0, 4))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> PeriodChurn.simpleRate(-1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atStart")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> PeriodChurn.simpleRate(5, -4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atEnd");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(500, 450, -60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newCustomers")
                .hasMessageContaining("-60");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(500, 600, 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("survivors cannot increase")
                .hasMessageContaining("540");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(500, 50, 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newCustomers must be <= atEnd = 50");
    }

    @Test
    void rejectsBadPeriod() {
        assertThatThrownBy(() -> PeriodChurn.ofCustomers(List.of(), END, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end must be after start")
                .hasMessageContaining(START.toString());
        assertThatThrownBy(() -> PeriodChurn.ofCustomers(List.of(), START, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeriodChurn.ofCustomers(null, START, END))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customers");
    }

    @Test
    void proportionRejectsCountsOutsideItsBase() {
        assertThatThrownBy(() -> new Proportion("churn", 6, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churn")
                .hasMessageContaining("count must be in 0..5, was 6");
        assertThatThrownBy(() -> new Proportion("churn", 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be >= 0, was -1");
        assertThatThrownBy(() -> new Proportion("churn", 1, 5).interval(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
