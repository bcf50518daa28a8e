package dev.cxkit.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The churn values as values (equality, hash codes that spread, descriptions), and the edges
 * of their arguments: the last valid value is accepted, the first invalid one refused with its
 * own message.
 */
class ChurnValuesTest {

    private static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

    private static CohortTable table(String... churnedAt) {
        Customer first = Customer.of("a", Instant.parse("2026-01-15T00:00:00Z"));
        Customer second = Customer.of("b", Instant.parse("2026-02-15T00:00:00Z"));
        List<Customer> customers = churnedAt.length == 0
                ? List.of(first, second)
                : List.of(first.withChurnedAt(Instant.parse(churnedAt[0])), second);
        return CohortTable.fromCustomers(customers, CalendarPeriod.MONTH, ZoneOffset.UTC, AS_OF);
    }

    @Test
    void periodChurnIsAValue() {
        new EqualsTester()
                .addEqualityGroup(
                        PeriodChurn.ofCounts(100, 90, 10), PeriodChurn.ofCounts(100, 90, 10))
                .addEqualityGroup(PeriodChurn.ofCounts(100, 90, 20))
                .addEqualityGroup(PeriodChurn.ofCounts(101, 90, 10))
                .testEquals();
        assertThat(PeriodChurn.ofCounts(100, 90, 10).toString())
                .isEqualTo("PeriodChurn{atStart=100, lost=20, new=10, newLost=0}");
        Set<Integer> hashes = new HashSet<>();
        for (int atStart = 100; atStart < 120; atStart++) {
            hashes.add(PeriodChurn.ofCounts(atStart, 90, 10).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(10);
    }

    @Test
    void periodChurnCountsAtTheirBounds() {
        assertThat(PeriodChurn.ofCounts(100, 110, 10).lost()).isZero();
        assertThat(PeriodChurn.ofCounts(100, 10, 10).retained()).isZero();
        assertThatThrownBy(() -> PeriodChurn.ofCounts(100, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atEnd must be >= 0, was -1");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(100, 10, -1))
                .hasMessage("newCustomers must be >= 0, was -1");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(100, 111, 10))
                .hasMessageStartingWith(
                        "starting customers still present (atEnd - newCustomers = 101)");
        assertThatThrownBy(() -> PeriodChurn.ofCounts(100, 10, 11))
                .hasMessageStartingWith("newCustomers must be <= atEnd = 10");
    }

    @Test
    void cohortTableIsAValue() {
        new EqualsTester()
                .addEqualityGroup(table(), table())
                .addEqualityGroup(table("2026-03-10T00:00:00Z"))
                .addEqualityGroup(CohortTable.fromCustomers(
                        List.of(), CalendarPeriod.MONTH, ZoneOffset.UTC, AS_OF))
                .testEquals();
        assertThat(table().toString()).isNotBlank().contains("MONTH");
        assertThat(table().hashCode())
                .isNotEqualTo(table("2026-03-10T00:00:00Z").hashCode());
    }

    @Test
    void cohortTablesNameAMissingFrame() {
        assertThatThrownBy(() -> CohortTable.fromCustomers(List.of(), null, ZoneOffset.UTC, AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("unit");
        assertThatThrownBy(() -> CohortTable.fromTransactions(
                        List.<String>of(),
                        id -> id,
                        id -> AS_OF,
                        CalendarPeriod.MONTH,
                        null,
                        AS_OF))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
    }

    @Test
    void retentionIsReadUpToTheLastPeriod() {
        CohortTable.Cohort january = table().cohorts().get(0);
        int last = january.periods() - 1;
        assertThat(january.retention(last).n()).isEqualTo(1);
        assertThatThrownBy(() -> january.retention(last + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "k must be in 0.." + last + " for cohort 2026-01-01, was " + (last + 1));
    }

    @Test
    void revenueAmountsMustBeFiniteAndNotNegative() {
        assertThat(new RevenueRetention(100, 100, 0, 0).grossRetention()).isZero();
        for (int field = 0; field < 4; field++) {
            double[] amounts = {100, 10, 10, 10};
            amounts[field] = -1;
            assertThatThrownBy(() ->
                            new RevenueRetention(amounts[0], amounts[1], amounts[2], amounts[3]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("must be a finite amount >= 0, was -1.0");
        }
        RevenueRetention same = RevenueRetention.fromRevenues(Map.of("a", 10.0), Map.of("a", 10.0));
        assertThat(same.expansion()).isZero();
        assertThat(same.contraction()).isZero();
        assertThat(same.netRetention()).isEqualTo(1);
    }
}
