package dev.cxkit.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Proportion;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class CohortTableTest {

    private static final Instant AS_OF = Instant.parse("2024-04-15T00:00:00Z");

    /** A transaction of a log: customer, time, amount. */
    private record Purchase(String customerId, Instant time, double amount) {}

    @Test
    void customerCohortsByMonthCountThoseNotChurnedBeforeEachPeriodEnd() {
        List<Customer> customers = List.of(
                Customer.of("a", at("2024-01-05T10:00:00Z")),
                churned("b", "2024-01-20T00:00:00Z", "2024-02-10T00:00:00Z"),
                churned("c", "2024-01-31T00:00:00Z", "2024-01-31T23:00:00Z"),
                churned("d", "2024-01-10T00:00:00Z", "2024-03-01T00:00:00Z"),
                Customer.of("e", at("2024-03-03T00:00:00Z")),
                Customer.of("f", at("2024-04-02T00:00:00Z")));
        CohortTable table =
                CohortTable.fromCustomers(customers, CalendarPeriod.MONTH, ZoneOffset.UTC, AS_OF);
        assertThat(table.cohorts())
                .containsExactly(
                        new CohortTable.Cohort(LocalDate.of(2024, 1, 1), 4, List.of(3L, 2L, 1L)),
                        new CohortTable.Cohort(LocalDate.of(2024, 3, 1), 1, List.of(1L)),
                        new CohortTable.Cohort(LocalDate.of(2024, 4, 1), 1, List.of()));
        CohortTable.Cohort january = table.cohort(LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(january.periods()).isEqualTo(3);
        assertThat(january.retention(1))
                .isEqualTo(new Proportion("retention of cohort 2024-01-01 after 1 periods", 2, 4));
        assertThat(january.retention(1).value()).isEqualTo(0.5);
        assertThat(table.cohort(LocalDate.of(2024, 2, 1))).isEmpty();
    }

    @Test
    void periodsFollowTheTimeZone() {
        List<Customer> customers = List.of(Customer.of("late", at("2024-01-31T23:30:00Z")));
        CohortTable utc =
                CohortTable.fromCustomers(customers, CalendarPeriod.MONTH, ZoneOffset.UTC, AS_OF);
        CohortTable berlin = CohortTable.fromCustomers(
                customers, CalendarPeriod.MONTH, ZoneId.of("Europe/Berlin"), AS_OF);
        assertThat(utc.cohorts().get(0).start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(berlin.cohorts().get(0).start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(berlin.cohorts().get(0).periods()).isEqualTo(2);
        assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void everyCalendarUnitStartsWhereTheCalendarSays() {
        List<Customer> one = List.of(Customer.of("x", at("2024-12-31T12:00:00Z")));
        Instant later = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(start(one, CalendarPeriod.DAY, later)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(start(one, CalendarPeriod.ISO_WEEK, later))
                .isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(start(one, CalendarPeriod.MONTH, later)).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(start(one, CalendarPeriod.QUARTER, later)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(start(one, CalendarPeriod.YEAR, later)).isEqualTo(LocalDate.of(2024, 1, 1));
        CohortTable weeks = CohortTable.fromCustomers(
                one,
                CalendarPeriod.ISO_WEEK,
                ZoneOffset.UTC,
                Instant.parse("2025-01-13T00:00:00Z"));
        assertThat(weeks.cohorts().get(0).active()).containsExactly(1L, 1L);
    }

    @Test
    void calendarUnitIndexesAreConsecutivePeriods() {
        Property.check("period index and start agree", trial -> {
            LocalDate date = LocalDate.ofEpochDay(trial.longIn(-800_000, 800_000));
            for (CalendarPeriod unit : CalendarPeriod.values()) {
                long index =
                        unit.index(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
                assertThat(unit.start(index)).isBeforeOrEqualTo(date);
                assertThat(unit.start(index + 1)).isAfter(date);
                assertThat(unit.index(
                                unit.start(index).atStartOfDay(ZoneOffset.UTC).toInstant(),
                                ZoneOffset.UTC))
                        .isEqualTo(index);
            }
        });
    }

    @Test
    void transactionLogCohortsCountCustomersWithATransactionInEachPeriod() {
        List<Purchase> log = List.of(
                new Purchase("x", at("2024-03-03T00:00:00Z"), 10),
                new Purchase("x", at("2024-01-05T00:00:00Z"), 20),
                new Purchase("y", at("2024-02-01T00:00:00Z"), 5),
                new Purchase("y", at("2024-02-20T00:00:00Z"), 5),
                new Purchase("y", at("2024-04-03T00:00:00Z"), 5),
                new Purchase("z", at("2024-01-20T00:00:00Z"), 7));
        CohortTable table = CohortTable.fromTransactions(
                log,
                Purchase::customerId,
                Purchase::time,
                CalendarPeriod.MONTH,
                ZoneOffset.UTC,
                AS_OF);
        assertThat(table.cohorts())
                .containsExactly(
                        new CohortTable.Cohort(LocalDate.of(2024, 1, 1), 2, List.of(2L, 0L, 1L)),
                        new CohortTable.Cohort(LocalDate.of(2024, 2, 1), 1, List.of(1L, 0L)));
        assertThat(table.unit()).isEqualTo(CalendarPeriod.MONTH);
        assertThat(table.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void customerRetentionNeverIncreasesAndCohortsHoldEveryone() {
        Property.check("cohort table invariants", 50, trial -> {
            int n = trial.intIn(0, 200);
            List<Customer> customers = new ArrayList<>();
            Instant origin = Instant.parse("2023-01-01T00:00:00Z");
            for (int i = 0; i < n; i++) {
                Instant acquired = origin.plusSeconds(trial.random().nextLong(40_000_000L));
                Optional<Instant> churned = trial.random().nextBoolean()
                        ? Optional.empty()
                        : Optional.of(acquired.plusSeconds(trial.random().nextLong(30_000_000L)));
                customers.add(new Customer("c" + i, acquired, churned, Map.of()));
            }
            Instant asOf = origin.plusSeconds(40_000_001L);
            for (CalendarPeriod unit : List.of(
                    CalendarPeriod.ISO_WEEK, CalendarPeriod.MONTH, CalendarPeriod.QUARTER)) {
                CohortTable table =
                        CohortTable.fromCustomers(customers, unit, ZoneOffset.UTC, asOf);
                assertThat(table.cohorts().stream()
                                .mapToLong(CohortTable.Cohort::size)
                                .sum())
                        .isEqualTo(n);
                assertThat(table.isEmpty()).isEqualTo(n == 0);
                for (CohortTable.Cohort cohort : table.cohorts()) {
                    for (int k = 1; k < cohort.periods(); k++) {
                        assertThat(cohort.active().get(k))
                                .isLessThanOrEqualTo(cohort.active().get(k - 1));
                    }
                }
            }
        });
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> CohortTable.fromCustomers(
                        List.of(Customer.of("soon", AS_OF)),
                        CalendarPeriod.MONTH,
                        ZoneOffset.UTC,
                        AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acquiredAt of customer soon")
                .hasMessageContaining("before asOf");
        assertThatThrownBy(() -> CohortTable.fromTransactions(
                        List.of(new Purchase("p", AS_OF.plusSeconds(1), 1)),
                        Purchase::customerId,
                        Purchase::time,
                        CalendarPeriod.MONTH,
                        ZoneOffset.UTC,
                        AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transaction of customer p");
        assertThatThrownBy(() -> CohortTable.fromCustomers(List.of(), null, ZoneOffset.UTC, AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> CohortTable.fromTransactions(
                        List.of(new Purchase("p", AS_OF.minusSeconds(1), 1)),
                        p -> null,
                        Purchase::time,
                        CalendarPeriod.MONTH,
                        ZoneOffset.UTC,
                        AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("customerId");
        CohortTable.Cohort cohort =
                new CohortTable.Cohort(LocalDate.of(2024, 1, 1), 3, List.of(3L, 2L));
        assertThatThrownBy(() -> cohort.retention(2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be in 0..1")
                .hasMessageContaining("was 2");
        assertThatThrownBy(() -> new CohortTable.Cohort(LocalDate.of(2024, 1, 1), 3, List.of(4L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("active[0]")
                .hasMessageContaining("was 4");
        assertThatThrownBy(() -> new CohortTable.Cohort(LocalDate.of(2024, 1, 1), -3, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }

    private static LocalDate start(List<Customer> customers, CalendarPeriod unit, Instant asOf) {
        return CohortTable.fromCustomers(customers, unit, ZoneOffset.UTC, asOf)
                .cohorts()
                .get(0)
                .start();
    }

    private static Customer churned(String id, String acquired, String churned) {
        return Customer.of(id, at(acquired)).withChurnedAt(at(churned));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
