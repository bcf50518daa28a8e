package dev.cxkit.churn;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Customer;
import dev.cxkit.stats.Proportion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A cohort retention table: customers grouped by the calendar period in which they were
 * acquired (their cohort {@code c}), and for each {@code k = 0, 1, ...} the number of them
 * active in period {@code c + k}. Cell {@code (c, k)} is {@code active / cohort size}, a
 * {@link Proportion} with its n and Wilson interval.
 *
 * <p>Only periods complete at the table's {@code asOf} instant have a column, so the newest
 * cohorts have the fewest columns (the triangle of a cohort table) and a cohort acquired in the
 * running period has none. Periods are {@link CalendarPeriod calendar units} in a
 * {@link ZoneId}.
 *
 * <p>Two definitions of "active" are offered: from customer records, a customer is active in a
 * period when not churned before the period's end ({@link #fromCustomers}; retention then never
 * increases with {@code k}); from a transaction log, when the customer has a transaction in the
 * period ({@link #fromTransactions}; the acquisition period is the first transaction's, so
 * {@code k = 0} is always 100 %, and customers may come back).
 *
 * <p>Immutable value object; cohorts in ascending order.
 */
public final class CohortTable {

    private final CalendarPeriod unit;
    private final ZoneId zone;
    private final Instant asOf;
    private final List<Cohort> cohorts;

    private CohortTable(CalendarPeriod unit, ZoneId zone, Instant asOf, List<Cohort> cohorts) {
        this.unit = unit;
        this.zone = zone;
        this.asOf = asOf;
        this.cohorts = cohorts;
    }

    /**
     * {@return the table of {@code customers} by acquisition period: a customer counts as active in
     * period {@code c + k} when not churned before its end}
     *
     * @param customers the customers, with their acquisition and churn times
     * @param unit the calendar period of cohorts and of the retention columns
     * @param zone the time zone in which periods start
     * @param asOf the instant of observation; periods after it are not counted
     * @throws IllegalArgumentException when a customer was acquired at or after {@code asOf}
     */
    public static CohortTable fromCustomers(
            Iterable<Customer> customers, CalendarPeriod unit, ZoneId zone, Instant asOf) {
        Objects.requireNonNull(customers, "customers");
        checkFrame(unit, zone, asOf);
        long current = unit.index(asOf, zone);
        Map<Long, Tally> tallies = new HashMap<>();
        for (Customer customer : customers) {
            Objects.requireNonNull(customer, "customer");
            checkBefore(asOf, customer.acquiredAt(), "acquiredAt of customer " + customer.id());
            long cohort = unit.index(customer.acquiredAt(), zone);
            Tally tally = tallies.computeIfAbsent(cohort, c -> new Tally(current - c));
            long activePeriods = customer.churnedAt()
                    .map(churned -> unit.index(churned, zone) - cohort)
                    .orElse(Long.MAX_VALUE);
            tally.addCustomer();
            tally.addActive(0, activePeriods);
        }
        return build(unit, zone, asOf, tallies);
    }

    /**
     * {@return the table of a transaction log: each customer's cohort is the period of their first
     * transaction, and they count as active in period {@code c + k} when they have a transaction in
     * it} Any element type serves; {@code customerId} and {@code time} read it.
     *
     * @param <T> the type of the transactions
     * @param transactions the transactions, in any order
     * @param customerId the customer of a transaction
     * @param time the instant of a transaction
     * @param unit the calendar period of cohorts and of the retention columns
     * @param zone the time zone in which periods start
     * @param asOf the instant of observation; periods after it are not counted
     * @throws IllegalArgumentException when a transaction is at or after {@code asOf}
     */
    public static <T> CohortTable fromTransactions(
            Iterable<T> transactions,
            Function<? super T, String> customerId,
            Function<? super T, Instant> time,
            CalendarPeriod unit,
            ZoneId zone,
            Instant asOf) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(time, "time");
        checkFrame(unit, zone, asOf);
        Map<String, TreeSet<Long>> periodsByCustomer = new HashMap<>();
        for (T transaction : transactions) {
            String id = Objects.requireNonNull(customerId.apply(transaction), "customerId");
            Instant at = Objects.requireNonNull(time.apply(transaction), "time");
            checkBefore(asOf, at, "time of a transaction of customer " + id);
            periodsByCustomer.computeIfAbsent(id, k -> new TreeSet<>()).add(unit.index(at, zone));
        }
        long current = unit.index(asOf, zone);
        Map<Long, Tally> tallies = new HashMap<>();
        for (TreeSet<Long> periods : periodsByCustomer.values()) {
            long cohort = periods.first();
            Tally tally = tallies.computeIfAbsent(cohort, c -> new Tally(current - c));
            tally.addCustomer();
            for (long period : periods) {
                tally.addActive(period - cohort, period - cohort + 1);
            }
        }
        return build(unit, zone, asOf, tallies);
    }

    /** {@return the calendar unit of the periods} */
    public CalendarPeriod unit() {
        return unit;
    }

    /** {@return the time zone of the calendar} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return the instant up to which periods are complete} */
    public Instant asOf() {
        return asOf;
    }

    /** {@return the cohorts, oldest first} */
    public List<Cohort> cohorts() {
        return cohorts;
    }

    /** {@return true when there is no cohort} */
    public boolean isEmpty() {
        return cohorts.isEmpty();
    }

    /**
     * {@return the cohort acquired in the period starting on {@code start}, if any}
     *
     * @param start the first day of the acquisition period
     */
    public Optional<Cohort> cohort(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return cohorts.stream().filter(cohort -> cohort.start().equals(start)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CohortTable other
                && unit == other.unit
                && zone.equals(other.zone)
                && asOf.equals(other.asOf)
                && cohorts.equals(other.cohorts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, zone, asOf, cohorts);
    }

    @Override
    public String toString() {
        return "CohortTable{" + unit + " in " + zone + " as of " + asOf + ", " + cohorts + "}";
    }

    /**
     * One row of the table.
     *
     * @param start the first day of the acquisition period
     * @param size customers in the cohort
     * @param active customers active in periods {@code 0, 1, ...} after acquisition, each in
     *     {@code 0..size}; one entry per complete period
     */
    public record Cohort(LocalDate start, long size, List<Long> active) {

        /**
         * Checks the counts and copies the list.
         *
         * @param start the first day of the acquisition period
         * @param size customers in the cohort
         * @param active customers active in periods {@code 0, 1, ...} after acquisition, each in
         *     {@code 0..size}; one entry per complete period
         * @throws IllegalArgumentException when {@code size} is negative or an active count is not
         *     in {@code 0..size}
         */
        public Cohort {
            Objects.requireNonNull(start, "start");
            PeriodChurn.checkCount("size", size);
            active = List.copyOf(active);
            for (int k = 0; k < active.size(); k++) {
                long count = active.get(k);
                checkArgument(
                        count >= 0 && count <= size,
                        "active[%s] of cohort %s must be in 0..%s, was %s",
                        k,
                        start,
                        size,
                        count);
            }
        }

        /** {@return number of complete periods, the columns of this row} */
        public int periods() {
            return active.size();
        }

        /**
         * {@return the share of the cohort active {@code k} periods after acquisition}
         *
         * @param k the number of periods after acquisition
         * @throws IllegalArgumentException unless {@code 0 <= k < periods()}
         */
        public Proportion retention(int k) {
            checkArgument(
                    k >= 0 && k < active.size(),
                    "k must be in 0..%s for cohort %s, was %s",
                    active.size() - 1,
                    start,
                    k);
            return new Proportion(
                    "retention of cohort " + start + " after " + k + " periods",
                    active.get(k),
                    size);
        }
    }

    /**
     * Counts of one cohort while a table is built; active counts kept as differences so that
     * a span of periods costs two updates.
     */
    private static final class Tally {
        private final long[] differences;
        private long size;

        Tally(long periods) {
            differences = new long[Math.toIntExact(periods) + 1];
        }

        void addCustomer() {
            size++;
        }

        /** Active in periods {@code from} (inclusive) to {@code to} (exclusive), clipped. */
        void addActive(long from, long to) {
            int columns = differences.length - 1;
            int start = (int) Math.min(Math.max(from, 0), columns);
            int end = (int) Math.min(Math.max(to, start), columns);
            differences[start]++;
            differences[end]--;
        }

        Cohort toCohort(LocalDate start) {
            List<Long> active = new ArrayList<>(differences.length - 1);
            long running = 0;
            for (int k = 0; k < differences.length - 1; k++) {
                running += differences[k];
                active.add(running);
            }
            return new Cohort(start, size, active);
        }
    }

    private static CohortTable build(
            CalendarPeriod unit, ZoneId zone, Instant asOf, Map<Long, Tally> tallies) {
        List<Cohort> cohorts = new ArrayList<>(tallies.size());
        new TreeMap<>(tallies)
                .forEach((index, tally) -> cohorts.add(tally.toCohort(unit.start(index))));
        return new CohortTable(unit, zone, asOf, Collections.unmodifiableList(cohorts));
    }

    private static void checkFrame(CalendarPeriod unit, ZoneId zone, Instant asOf) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(asOf, "asOf");
    }

    private static void checkBefore(Instant asOf, Instant time, String name) {
        checkArgument(time.isBefore(asOf), "%s must be before asOf (%s), was %s", name, asOf, time);
    }
}
