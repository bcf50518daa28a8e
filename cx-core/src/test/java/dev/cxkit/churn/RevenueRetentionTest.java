package dev.cxkit.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

class RevenueRetentionTest {

    @Test
    void grossAndNetRetentionFromMovements() {
        RevenueRetention revenue = new RevenueRetention(100_000, 5_000, 3_000, 10_000);
        assertThat(revenue.grossRetention()).isCloseTo(0.92, within(1e-12));
        assertThat(revenue.netRetention()).isCloseTo(1.02, within(1e-12));
        assertThat(revenue.grossChurn()).isCloseTo(0.08, within(1e-12));
        assertThat(revenue.netChurn()).isCloseTo(-0.02, within(1e-12));
        assertThat(revenue.endRevenue()).isEqualTo(102_000);
    }

    @Test
    void perCustomerRevenueCountsOnlyStartingCustomers() {
        Map<String, Double> start = Map.of("a", 100.0, "b", 50.0, "c", 30.0, "d", 20.0);
        Map<String, Double> end = Map.of("a", 120.0, "b", 40.0, "d", 0.0, "new", 500.0);
        RevenueRetention revenue = RevenueRetention.fromRevenues(start, end);
        assertThat(revenue).isEqualTo(new RevenueRetention(200, 50, 10, 20));
        assertThat(revenue.grossRetention()).isCloseTo(0.70, within(1e-12));
        assertThat(revenue.netRetention()).isCloseTo(0.80, within(1e-12));
    }

    @Test
    void emptyRevenueSaysSoAndRefusesRates() {
        RevenueRetention empty = RevenueRetention.fromRevenues(Map.of(), Map.of("new", 5.0));
        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(empty::grossRetention)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gross revenue retention");
        assertThatThrownBy(empty::netRetention)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("net revenue retention");
        assertThatThrownBy(empty::grossChurn)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gross revenue churn");
        assertThatThrownBy(empty::netChurn)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("net revenue churn");
    }

    @Test
    void rejectsBadAmounts() {
        assertThatThrownBy(() -> new RevenueRetention(-1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startRevenue")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new RevenueRetention(10, Double.NaN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churned")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new RevenueRetention(10, 0, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expansion");
        assertThatThrownBy(() -> new RevenueRetention(10, 6, 5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churned + contraction")
                .hasMessageContaining("11.0");
        assertThatThrownBy(() -> RevenueRetention.fromRevenues(Map.of("a", -2.0), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startRevenue[a]")
                .hasMessageContaining("-2.0");
        assertThatThrownBy(() -> RevenueRetention.fromRevenues(Map.of(), Map.of("z", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endRevenue[z]");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> RevenueRetention.fromRevenues(withNull, Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("startRevenue[a]");
    }
}
