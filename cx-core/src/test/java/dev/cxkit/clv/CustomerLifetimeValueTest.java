package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;

class CustomerLifetimeValueTest {

    private static final BgNbdModel TRANSACTIONS = BgNbdModel.of(
            0.24259289362790748, 4.413531515004253, 0.7928860827156742, 2.425753555288405);
    private static final GammaGammaModel SPEND =
            GammaGammaModel.of(6.248803135891452, 3.7445883948322645, 15.447746302646058);

    /**
     * clv_reference.txt (mpmath's hyp2f1; 12 months of 30.436875 days = 4.348125 weeks, 1 % a month):
     * (2, 30.43, 38.86, 22.35) 36.2999262; (0, 0, 38.86) 8.3493801; (7, 35, 38.86, 40) 207.2714911;
     * with the Pareto/NBD SciPy fit, (2, 30.43, 38.86, 22.35) 43.1055939.
     */
    @Test
    void matchesIndependentComputation() {
        DiscountSchedule year = DiscountSchedule.monthly(12, 0.01, ChronoUnit.WEEKS);
        assertThat(year.periodLength()).isCloseTo(4.348125, within(1e-12));
        assertThat(CustomerLifetimeValue.of(
                        TRANSACTIONS, SPEND, new RfmSummary(2, 30.43, 38.86, 22.35), year))
                .isCloseTo(36.2999262, within(1e-6));
        assertThat(CustomerLifetimeValue.of(TRANSACTIONS, SPEND, RfmSummary.of(0, 0, 38.86), year))
                .isCloseTo(8.3493801, within(1e-6));
        assertThat(CustomerLifetimeValue.of(
                        TRANSACTIONS, SPEND, new RfmSummary(7, 35, 38.86, 40), year))
                .isCloseTo(207.2714911, within(1e-6));
        ParetoNbdModel pareto = ParetoNbdModel.of(
                0.5532755202062877, 10.577612392369092, 0.606213328596613, 11.66790340336064);
        assertThat(CustomerLifetimeValue.of(
                        pareto, SPEND, new RfmSummary(2, 30.43, 38.86, 22.35), year))
                .isCloseTo(43.1055939, within(1e-6));
    }

    /** The same customers and model in days give the same value: the schedule converts its period. */
    @Test
    void valueDoesNotDependOnTheModelTimeUnit() {
        BgNbdModel inDays = BgNbdModel.of(
                TRANSACTIONS.r(), TRANSACTIONS.alpha() * 7, TRANSACTIONS.a(), TRANSACTIONS.b());
        double weeks = CustomerLifetimeValue.of(
                TRANSACTIONS,
                SPEND,
                new RfmSummary(2, 30.43, 38.86, 22.35),
                DiscountSchedule.monthly(12, 0.01, ChronoUnit.WEEKS));
        double days = CustomerLifetimeValue.of(
                inDays,
                SPEND,
                new RfmSummary(2, 30.43 * 7, 38.86 * 7, 22.35),
                DiscountSchedule.monthly(12, 0.01, ChronoUnit.DAYS));
        assertThat(days).isCloseTo(weeks, within(1e-9)).isCloseTo(36.2999262, within(1e-6));
    }

    @Test
    void withoutDiscountingIsSpendTimesExpectedPurchases() {
        RfmSummary customer = new RfmSummary(3, 20, 38.86, 30);
        DiscountSchedule undiscounted =
                new DiscountSchedule(6, ChronoUnit.WEEKS, 0, ChronoUnit.WEEKS);
        double value = CustomerLifetimeValue.of(TRANSACTIONS, SPEND, customer, undiscounted);
        assertThat(value)
                .isCloseTo(
                        SPEND.conditionalExpectedAverageValue(3, 30)
                                * TRANSACTIONS.conditionalExpectedTransactions(6, 3, 20, 38.86),
                        within(1e-9));
        assertThat(CustomerLifetimeValue.of(
                        TRANSACTIONS,
                        SPEND,
                        customer,
                        new DiscountSchedule(6, ChronoUnit.WEEKS, 0.05, ChronoUnit.WEEKS)))
                .isLessThan(value);
    }

    @Test
    void rejectsBadSchedules() {
        assertThatThrownBy(() -> DiscountSchedule.monthly(12, -1, ChronoUnit.WEEKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ratePerPeriod must be > -1 and finite, was -1.0");
        assertThatThrownBy(() -> DiscountSchedule.monthly(0, 0.01, ChronoUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods must be >= 1, was 0");
        assertThatThrownBy(() -> DiscountSchedule.monthly(1, 0.01, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit must be DAYS or longer");
        assertThatThrownBy(() -> DiscountSchedule.monthly(1, 0.01, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("modelUnit");
    }
}
