package dev.cxkit.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

class ChurnCompoundingTest {

    @Test
    void monthlyTwoPercentIsAnnualTwentyOnePointFiveThree() {
        assertThat(ChurnCompounding.annualFromMonthly(0.02))
                .isCloseTo(0.21528327626520016, within(1e-15));
        assertThat(ChurnCompounding.annualFromMonthly(0.02)).isCloseTo(0.2153, within(5e-5));
        assertThat(ChurnCompounding.monthlyFromAnnual(0.21528327626520016))
                .isCloseTo(0.02, within(1e-15));
    }

    @Test
    void compoundsOverAnyNumberOfPeriods() {
        assertThat(ChurnCompounding.overPeriods(0.05, 3)).isCloseTo(0.142625, within(1e-15));
        assertThat(ChurnCompounding.perPeriod(0.142625, 3)).isCloseTo(0.05, within(1e-15));
        assertThat(ChurnCompounding.overPeriods(0.3, 1)).isCloseTo(0.3, within(1e-15));
        assertThat(ChurnCompounding.overPeriods(0, 12)).isZero();
        assertThat(ChurnCompounding.overPeriods(1, 0.5)).isEqualTo(1);
        assertThat(ChurnCompounding.overPeriods(1e-12, 12)).isCloseTo(1.2e-11, within(1e-22));
    }

    @Test
    void conversionRoundTripsAndGrowsWithPeriods() {
        Property.check("compounding round trip", trial -> {
            double rate = trial.doubleIn(0, 0.3);
            double periods = trial.doubleIn(0.01, 36);
            double over = ChurnCompounding.overPeriods(rate, periods);
            assertThat(over).isBetween(0.0, 1.0);
            assertThat(ChurnCompounding.perPeriod(over, periods)).isCloseTo(rate, within(1e-9));
            assertThat(ChurnCompounding.overPeriods(rate, periods + 1))
                    .isGreaterThanOrEqualTo(over);
        });
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ChurnCompounding.overPeriods(-0.1, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnPerPeriod")
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> ChurnCompounding.overPeriods(Double.NaN, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> ChurnCompounding.perPeriod(1.5, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnOverPeriods")
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> ChurnCompounding.overPeriods(0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods")
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> ChurnCompounding.perPeriod(0.1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> ChurnCompounding.monthlyFromAnnual(2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
