package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The calibration/holdout check of a repeat-buying model (Fader, Hardie &amp; Lee 2005, section 4,
 * figure 4; the check {@code lifetimes} plots as {@code plot_calibration_purchases_vs_holdout_purchases}):
 * customers are grouped by their calibration frequency x = 0, 1, ..., with the last group holding
 * every x at or above a cap (7 by default, "7+"); in each group the repeat purchases the model
 * expects in the holdout period, the sum of E[Y(t) | x, t_x, T] over its customers with t the
 * holdout length, are set beside the purchases actually made.
 *
 * <p>{@link #meanAbsoluteError()} is the mean over the non-empty groups of |mean expected - mean
 * actual| per customer: the distance between the two curves of FHL's figure 4, in purchases per
 * customer. Immutable and thread-safe.
 */
public final class HoldoutCheck {

    /**
     * One frequency group.
     *
     * @param frequency the calibration frequency x of the group, or its lower bound for the last
     * @param orMore whether the group holds every frequency from {@code frequency} on
     * @param customers the customers in the group
     * @param expected the repeat purchases the model expects from them in the holdout period
     * @param actual the repeat purchases they made in the holdout period
     */
    public record Row(int frequency, boolean orMore, long customers, double expected, long actual) {

        /** {@return expected holdout purchases per customer, 0 for an empty group} */
        public double meanExpected() {
            return customers == 0 ? 0 : expected / customers;
        }

        /**
         * Actual holdout purchases per customer, 0 for an empty group.
         *
         * @return the mean, {@code >= 0}
         */
        public double meanActual() {
            return customers == 0 ? 0 : (double) actual / customers;
        }

        /** {@return the group's label: "3", or "7+" for the last} */
        public String label() {
            return frequency + (orMore ? "+" : "");
        }
    }

    private final String model;
    private final double horizon;
    private final List<Row> rows;

    private HoldoutCheck(String model, double horizon, List<Row> rows) {
        this.model = model;
        this.horizon = horizon;
        this.rows = List.copyOf(rows);
    }

    /**
     * {@return the check with frequency groups 0..6 and 7+}
     *
     * @param model the purchase-count model fitted on the calibration period
     * @param customers the customers' calibration summaries with their holdout purchases
     * @param horizon the length of the holdout period, in the model's time unit, {@code > 0}
     */
    public static HoldoutCheck of(
            RepeatBuyingModel model, Collection<CalibrationHoldout> customers, double horizon) {
        return of(model, customers, horizon, 7);
    }

    /**
     * {@return the check with frequency groups {@code 0 .. cap - 1} and {@code cap+}}
     *
     * @param horizon the length of the holdout period, in the model's time unit, {@code > 0}
     * @param model the purchase-count model fitted on the calibration period
     * @param customers the customers' calibration summaries with their holdout purchases
     * @param cap the first frequency that is grouped with all higher ones, {@code >= 1}
     * @throws IllegalArgumentException if there are no customers, {@code horizon} is not positive
     *     and finite, or {@code cap < 1}
     */
    public static HoldoutCheck of(
            RepeatBuyingModel model,
            Collection<CalibrationHoldout> customers,
            double horizon,
            int cap) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(customers, "customers");
        checkArgument(!customers.isEmpty(), "customers must not be empty");
        checkArgument(
                horizon > 0 && Double.isFinite(horizon),
                "horizon must be > 0 and finite, was %s",
                horizon);
        checkArgument(cap >= 1, "cap must be >= 1, was %s", cap);
        long[] count = new long[cap + 1];
        double[] expected = new double[cap + 1];
        long[] actual = new long[cap + 1];
        for (CalibrationHoldout customer : customers) {
            RfmSummary calibration = customer.calibration();
            int group = Math.min(calibration.frequency(), cap);
            count[group]++;
            expected[group] += model.conditionalExpectedTransactions(horizon, calibration);
            actual[group] += customer.holdoutPurchases();
        }
        List<Row> rows = new ArrayList<>();
        for (int x = 0; x <= cap; x++) {
            rows.add(new Row(x, x == cap, count[x], expected[x], actual[x]));
        }
        return new HoldoutCheck(model.modelName(), horizon, rows);
    }

    /** {@return the name of the model checked} */
    public String modelName() {
        return model;
    }

    /** {@return the holdout length in the model's time unit} */
    public double horizon() {
        return horizon;
    }

    /** {@return the frequency groups in order, the last one open-ended; empty groups included} */
    public List<Row> rows() {
        return rows;
    }

    /** {@return expected repeat purchases in the holdout, over all customers} */
    public double totalExpected() {
        return rows.stream().mapToDouble(Row::expected).sum();
    }

    /**
     * Actual repeat purchases in the holdout, over all customers.
     *
     * @return the total, {@code >= 0}
     */
    public long totalActual() {
        return rows.stream().mapToLong(Row::actual).sum();
    }

    /** {@return the mean over non-empty groups of |mean expected - mean actual| per customer} */
    public double meanAbsoluteError() {
        return rows.stream()
                .filter(row -> row.customers() > 0)
                .mapToDouble(row -> Math.abs(row.meanExpected() - row.meanActual()))
                .average()
                .orElseThrow();
    }

    @Override
    public String toString() {
        return "HoldoutCheck{model=" + model + ", horizon=" + horizon + ", rows=" + rows + "}";
    }
}
