package dev.cxkit.clv;

import java.util.Objects;

/**
 * Customer lifetime value from a transaction model and a spend model (Fader, Hardie &amp; Lee 2005,
 * "RFM and CLV"): expected purchases from a {@link RepeatBuyingModel} (BG/NBD, MBG/NBD or
 * Pareto/NBD), expected value per purchase from the Gamma-Gamma, discounted per
 * {@link DiscountSchedule}.
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
public final class CustomerLifetimeValue {

    private CustomerLifetimeValue() {}

    /**
     * {@return the discounted expected value of a customer's purchases over the schedule's horizon:
     * <pre>
     *   CLV = sum_{i=1..H} E[M | x, zbar] (E[Y(i L) | x, t_x, T] - E[Y((i - 1) L) | x, t_x, T]) / (1 + d)^i
     * </pre>
     * with H periods of length L (the schedule's period in the model's time unit) and rate d:
     * purchases expected in period i are valued at the conditional expected spend (from the
     * customer's repeat purchases of positive value, see
     * {@link GammaGammaModel#conditionalExpectedAverageValue(RfmSummary)}) and discounted as if paid
     * at its end (as {@code lifetimes}' {@code customer_lifetime_value})} In the spend model's
     * currency.
     *
     * @param transactions the purchase-count model
     * @param spend the spend model
     * @param customer the customer's summary, with its monetary value
     * @param schedule the horizon and discount rate, in the purchase model's time unit
     * @throws IllegalStateException if a model cannot give the expectations (see
     *     {@link RepeatBuyingModel#conditionalExpectedTransactions} and
     *     {@link GammaGammaModel#conditionalExpectedAverageValue})
     */
    public static double of(
            RepeatBuyingModel transactions,
            GammaGammaModel spend,
            RfmSummary customer,
            DiscountSchedule schedule) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(schedule, "schedule");
        double value = spend.conditionalExpectedAverageValue(customer);
        double length = schedule.periodLength();
        double total = 0;
        double previous = 0;
        for (int i = 1; i <= schedule.periods(); i++) {
            double expected = transactions.conditionalExpectedTransactions(i * length, customer);
            total += value * (expected - previous) / Math.pow(1 + schedule.ratePerPeriod(), i);
            previous = expected;
        }
        return total;
    }
}
