package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {

    private static final BgNbdModel TRANSACTIONS =
            BgNbdModel.of(0.24259289362790748, 4.413531515004253, 0.7928860827156742, 2.425753555288405);
    private static final GammaGammaModel SPEND =
            GammaGammaModel.of(6.248803135891452, 3.7445883948322645, 15.447746302646058);

    /**
     * Values by the same scheme in Python with mpmath 1.3.0's hyp2f1 (12 months of 4.345 weeks,
     * 1 % a month): (2, 30.43, 38.86, 22.35) 36.2784980; (0, 0, 38.86) 8.3440924;
     * (7, 35, 38.86, 40) 207.1547437.
     */
    @Test
    void matchesIndependentComputation() {
        DiscountSchedule year = DiscountSchedule.monthlyInWeeks(12, 0.01);
        assertThat(CustomerLifetimeValue.of(TRANSACTIONS, SPEND, new RfmSummary(2, 30.43, 38.86, 22.35), year))
                .isCloseTo(36.2784980, within(1e-6));
        assertThat(CustomerLifetimeValue.of(TRANSACTIONS, SPEND, RfmSummary.of(0, 0, 38.86), year))
                .isCloseTo(8.3440924, within(1e-6));
        assertThat(CustomerLifetimeValue.of(TRANSACTIONS, SPEND, new RfmSummary(7, 35, 38.86, 40), year))
                .isCloseTo(207.1547437, within(1e-6));
    }

    @Test
    void withoutDiscountingIsSpendTimesExpectedPurchases() {
        RfmSummary customer = new RfmSummary(3, 20, 38.86, 30);
        double value = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, customer, new DiscountSchedule(6, 5, 0));
        assertThat(value).isCloseTo(SPEND.conditionalExpectedAverageValue(3, 30)
                * TRANSACTIONS.conditionalExpectedTransactions(30, 3, 20, 38.86), within(1e-9));
        assertThat(CustomerLifetimeValue.of(TRANSACTIONS, SPEND, customer, new DiscountSchedule(6, 5, 0.05)))
                .isLessThan(value);
    }

    @Test
    void rejectsBadSchedules() {
        assertThatThrownBy(() -> new DiscountSchedule(12, 30, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratePerPeriod must be > -1 and finite, was -1.0");
        assertThatThrownBy(() -> DiscountSchedule.monthlyInDays(0, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periods must be >= 1, was 0");
        assertThatThrownBy(() -> new DiscountSchedule(1, 0, 0.01))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodLength must be > 0 and finite, was 0.0");
    }
}
