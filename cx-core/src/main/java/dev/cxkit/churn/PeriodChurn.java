package dev.cxkit.churn;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Customer;
import dev.cxkit.stats.Proportion;

import java.time.Instant;
import java.util.Objects;

/**
 * Churn and retention over one period {@code [start, end)}, in the two forms in use, side by
 * side:
 *
 * <ul>
 *   <li>the <b>simple rate</b> {@code (S - E) / S} from the customers at the start {@code S} and
 *       at the end {@code E} ({@link #simpleRate(long, long)}): it hides acquisition, since new
 *       customers fill the places of lost ones;
 *   <li>the <b>proper rates</b> over the customers present at the start: churn = customers lost
 *       among them / {@code S}, retention = {@code (E - N) / S} with {@code N} new customers
 *       ({@link #churn()}, {@link #retention()}).
 * </ul>
 *
 * <p>Example (reference case, sec. 7): 500 customers at the start of a quarter, 450 at the end:
 * the simple rate is 10 %. With 60 new customers in the quarter who all stayed, 110 of the
 * starting customers were lost: churn 22 %, retention 78 %.
 *
 * <p>From counts ({@link #ofCounts}) the retained starting customers are {@code E - N}, which
 * assumes that no new customer left within the period. From a customer list
 * ({@link #ofCustomers}) every number is counted, new customers who left within the period
 * included ({@link #newLost()}). A customer is counted "at" an instant {@code t} when acquired
 * before {@code t} and not churned before {@code t}, so each acquisition and churn falls in
 * exactly one half-open period and {@code E = S - lost + N - newLost}.
 *
 * <p>The rates are the customer-count definitions of subscription analytics; the worked example
 * is the project's reference case. Immutable value object.
 */
public final class PeriodChurn {

    private final long atStart;
    private final long lost;
    private final long newCustomers;
    private final long newLost;

    private PeriodChurn(long atStart, long lost, long newCustomers, long newLost) {
        this.atStart = atStart;
        this.lost = lost;
        this.newCustomers = newCustomers;
        this.newLost = newLost;
    }

    /**
     * {@return the simple churn rate {@code (atStart - atEnd) / atStart}: 500 to 450 gives 0.10}
     * Negative when the base grew.
     *
     * @param atStart the number of customers at the start, {@code >= 0}
     * @param atEnd the number of customers at the end, {@code >= 0}
     * @throws IllegalArgumentException when a count is negative
     * @throws IllegalStateException when {@code atStart = 0}
     */
    public static double simpleRate(long atStart, long atEnd) {
        checkCount("atStart", atStart);
        checkCount("atEnd", atEnd);
        if (atStart == 0) {
            throw new IllegalStateException(
                    "simple churn rate is undefined with no customers at the start (atStart = 0)");
        }
        return (double) (atStart - atEnd) / atStart;
    }

    /**
     * {@return the period from counts: {@code atStart} customers at the start, {@code atEnd} at the
     * end, {@code newCustomers} acquired within it, all assumed still present at the end} Lost
     * starting customers are {@code atStart + newCustomers - atEnd}.
     *
     * @param atStart the number of customers at the start, {@code >= 0}
     * @param atEnd the number of customers at the end, {@code >= 0}
     * @param newCustomers the number of customers acquired within the period, {@code >= 0}
     * @throws IllegalArgumentException when a count is negative, when the starting customers
     *     still present ({@code atEnd - newCustomers}) exceed {@code atStart} (survivors cannot
     *     increase) or are negative (more new customers than customers at the end)
     */
    public static PeriodChurn ofCounts(long atStart, long atEnd, long newCustomers) {
        checkCount("atStart", atStart);
        checkCount("atEnd", atEnd);
        checkCount("newCustomers", newCustomers);
        long survivors = atEnd - newCustomers;
        checkArgument(
                survivors <= atStart,
                "starting customers still present (atEnd - newCustomers = %s) must be <= atStart = %s: survivors cannot increase",
                survivors,
                atStart);
        checkArgument(
                survivors >= 0,
                "newCustomers must be <= atEnd = %s when every new customer stays, was %s",
                atEnd,
                newCustomers);
        return new PeriodChurn(atStart, atStart - survivors, newCustomers, 0);
    }

    /**
     * {@return the period {@code [start, end)} counted from {@code customers}: at the start those
     * acquired before {@code start} and not churned before it; lost those of them churned before
     * {@code end}; new those acquired in {@code [start, end)}}
     *
     * @param customers the customers, with their acquisition and churn times
     * @param start the start of the period, inclusive
     * @param end the end of the period, exclusive
     * @throws IllegalArgumentException unless {@code start} is before {@code end}
     */
    public static PeriodChurn ofCustomers(
            Iterable<Customer> customers, Instant start, Instant end) {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        checkArgument(start.isBefore(end), "end must be after start (%s), was %s", start, end);
        long atStart = 0;
        long lost = 0;
        long acquired = 0;
        long acquiredLost = 0;
        for (Customer customer : customers) {
            Objects.requireNonNull(customer, "customer");
            boolean churnedInPeriod = customer.churnedAt().map(end::isAfter).orElse(false);
            if (isPresentAt(customer, start)) {
                atStart++;
                lost += churnedInPeriod ? 1 : 0;
            } else if (customer.acquiredAt().isBefore(end)
                    && !customer.acquiredAt().isBefore(start)) {
                acquired++;
                acquiredLost += churnedInPeriod ? 1 : 0;
            }
        }
        return new PeriodChurn(atStart, lost, acquired, acquiredLost);
    }

    /** {@return customers at the start, {@code S}} */
    public long atStart() {
        return atStart;
    }

    /** {@return customers at the end, {@code E = S - lost + N - newLost}} */
    public long atEnd() {
        return atStart - lost + newCustomers - newLost;
    }

    /** {@return customers acquired within the period, {@code N}} */
    public long newCustomers() {
        return newCustomers;
    }

    /** {@return starting customers lost within the period} */
    public long lost() {
        return lost;
    }

    /** {@return starting customers still present at the end} */
    public long retained() {
        return atStart - lost;
    }

    /** {@return new customers who also left within the period (0 when built from counts)} */
    public long newLost() {
        return newLost;
    }

    /**
     * {@return the simple rate {@code (S - E) / S}, see {@link #simpleRate(long, long)}}
     *
     * @throws IllegalStateException when {@code S = 0}
     */
    public double simpleChurn() {
        return simpleRate(atStart, atEnd());
    }

    /**
     * {@return churn among the starting customers: lost / {@code S}, with its n and Wilson
     * interval}
     */
    public Proportion churn() {
        return new Proportion("churn", lost, atStart);
    }

    /**
     * {@return retention of the starting customers: retained / {@code S} (= {@code (E - N) / S})}
     */
    public Proportion retention() {
        return new Proportion("retention", retained(), atStart);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodChurn other
                && atStart == other.atStart
                && lost == other.lost
                && newCustomers == other.newCustomers
                && newLost == other.newLost;
    }

    @Override
    public int hashCode() {
        return Objects.hash(atStart, lost, newCustomers, newLost);
    }

    @Override
    public String toString() {
        return "PeriodChurn{atStart=" + atStart + ", lost=" + lost + ", new=" + newCustomers
                + ", newLost=" + newLost + "}";
    }

    /** Acquired before {@code time} and not churned before it. */
    static boolean isPresentAt(Customer customer, Instant time) {
        return customer.acquiredAt().isBefore(time)
                && customer.churnedAt().map(churned -> !churned.isBefore(time)).orElse(true);
    }

    static void checkCount(String name, long value) {
        checkArgument(!(value < 0), "%s must be >= 0, was %s", name, value);
    }
}
