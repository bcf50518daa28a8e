package dev.cxkit.churn;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Map;
import java.util.Objects;

/**
 * Gross and net revenue retention over a period, counting only the revenue of customers present
 * at the start (new customers' revenue is excluded):
 *
 * <pre>
 *   GRR = (start - churned - contraction) / start
 *   NRR = (start - churned - contraction + expansion) / start
 * </pre>
 *
 * with {@code start} the starting customers' recurring revenue at the start, {@code churned} the
 * revenue of those who left, {@code contraction} the decrease and {@code expansion} the increase
 * of those who stayed. Gross revenue churn is {@code 1 - GRR}, net revenue churn {@code 1 - NRR}
 * (negative when expansion outweighs the losses). GRR lies in [0, 1]; NRR is {@code >= 0} and
 * may exceed 1. Amounts are in any one currency unit.
 *
 * <p>With no starting revenue the result {@link #isEmpty() is empty} and each rate throws
 * {@link IllegalStateException} naming it. Immutable value object.
 *
 * @param startRevenue revenue of the starting customers at the start, finite, {@code >= 0}
 * @param churned revenue lost with customers who left, {@code >= 0}
 * @param contraction revenue lost by downgrades of customers who stayed, {@code >= 0}
 * @param expansion revenue gained by upgrades of customers who stayed, {@code >= 0}
 */
public record RevenueRetention(
        double startRevenue, double churned, double contraction, double expansion) {

    /**
     * Checks that every amount is finite and {@code >= 0} and that the losses do not exceed the
     * starting revenue.
     *
     * @param startRevenue revenue of the starting customers at the start, finite, {@code >= 0}
     * @param churned revenue lost with customers who left, {@code >= 0}
     * @param contraction revenue lost by downgrades of customers who stayed, {@code >= 0}
     * @param expansion revenue gained by upgrades of customers who stayed, {@code >= 0}
     * @throws IllegalArgumentException when an amount is negative or not finite, or
     *     {@code churned + contraction > startRevenue}
     */
    public RevenueRetention {
        checkAmount("startRevenue", startRevenue);
        checkAmount("churned", churned);
        checkAmount("contraction", contraction);
        checkAmount("expansion", expansion);
        checkArgument(
                churned + contraction <= startRevenue,
                "churned + contraction must be <= startRevenue = %s, was %s",
                startRevenue,
                churned + contraction);
    }

    /**
     * {@return the retention of revenue from each customer's revenue at the start and at the end of
     * the period, keyed by customer id: a starting customer absent from {@code endRevenue} or with
     * revenue 0 there churned; one with less contracted, with more expanded} Customers only in
     * {@code endRevenue} are new and ignored.
     *
     * @param startRevenue each starting customer's revenue at the start, by customer id
     * @param endRevenue each customer's revenue at the end, by customer id
     * @throws IllegalArgumentException when a revenue is negative, NaN or infinite
     */
    public static RevenueRetention fromRevenues(
            Map<String, Double> startRevenue, Map<String, Double> endRevenue) {
        Objects.requireNonNull(startRevenue, "startRevenue");
        Objects.requireNonNull(endRevenue, "endRevenue");
        endRevenue.forEach((id, revenue) -> checkAmount(
                "endRevenue[" + id + "]",
                Objects.requireNonNull(revenue, "endRevenue[" + id + "]")));
        double start = 0;
        double churned = 0;
        double contraction = 0;
        double expansion = 0;
        for (Map.Entry<String, Double> entry : startRevenue.entrySet()) {
            String name = "startRevenue[" + entry.getKey() + "]";
            double before = Objects.requireNonNull(entry.getValue(), name);
            checkAmount(name, before);
            double after = endRevenue.getOrDefault(entry.getKey(), 0.0);
            start += before;
            if (after == 0) {
                churned += before;
            } else if (after < before) {
                contraction += before - after;
            } else {
                expansion += after - before;
            }
        }
        return new RevenueRetention(start, churned, contraction, expansion);
    }

    /** {@return true when there was no starting revenue} */
    public boolean isEmpty() {
        return startRevenue == 0;
    }

    /**
     * {@return revenue of the starting customers at the end: start - churned - contraction +
     * expansion}
     */
    public double endRevenue() {
        return startRevenue - churned - contraction + expansion;
    }

    /**
     * {@return gross revenue retention, {@code (start - churned - contraction) / start}, in [0, 1]}
     *
     * @throws IllegalStateException when the starting revenue is 0
     */
    public double grossRetention() {
        requireRevenue("gross revenue retention");
        return (startRevenue - churned - contraction) / startRevenue;
    }

    /**
     * {@return net revenue retention, {@code (start - churned - contraction + expansion) / start}}
     *
     * @throws IllegalStateException when the starting revenue is 0
     */
    public double netRetention() {
        requireRevenue("net revenue retention");
        return endRevenue() / startRevenue;
    }

    /**
     * {@return gross revenue churn, {@code 1 - GRR}}
     *
     * @throws IllegalStateException when the starting revenue is 0
     */
    public double grossChurn() {
        requireRevenue("gross revenue churn");
        return (churned + contraction) / startRevenue;
    }

    /**
     * {@return net revenue churn, {@code 1 - NRR}; negative when expansion outweighs the losses}
     *
     * @throws IllegalStateException when the starting revenue is 0
     */
    public double netChurn() {
        requireRevenue("net revenue churn");
        return (churned + contraction - expansion) / startRevenue;
    }

    private void requireRevenue(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(
                    metric + " is undefined with no starting revenue (startRevenue = 0)");
        }
    }

    private static void checkAmount(String name, double value) {
        checkArgument(
                value >= 0 && !Double.isInfinite(value),
                "%s must be a finite amount >= 0, was %s",
                name,
                value);
    }
}
