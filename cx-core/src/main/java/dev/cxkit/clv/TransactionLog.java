package dev.cxkit.clv;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Accumulates a transaction log (customer, time, amount) and summarises it into per-customer
 * {@link RfmSummary} values (x, t_x, T, zbar) for the customer-base models.
 *
 * <p>Conventions, those of the CDNOW analyses of Fader, Hardie &amp; Lee (2005) and of the
 * {@code lifetimes} library's {@code summary_data_from_transaction_data}: transactions of one
 * customer on the same calendar day are one purchase whose value is their sum; a customer's first
 * purchase day starts their clock; x is the number of later purchase days up to and including the
 * calibration end, t_x the time from the first to the last of them, T the time from the first to
 * the calibration end, and zbar the mean value of the repeat purchase days (the first day excluded).
 * Later transactions, and customers whose first purchase is after the calibration end, are left out.
 * Instants become calendar days in the zone given at creation.
 *
 * <p>Mutable and not thread-safe; logs built on several threads combine with {@link #merge}, which
 * is exact (same-day amounts add).
 *
 * @param <K> the customer identifier type (with equals and hashCode)
 */
public final class TransactionLog<K> {

    private final ZoneId zone;
    private final Map<K, TreeMap<LocalDate, Double>> days = new LinkedHashMap<>();

    private TransactionLog(ZoneId zone) {
        this.zone = zone;
    }

    /** An empty log whose instants are read as days in {@code zone}. */
    public static <K> TransactionLog<K> create(ZoneId zone) {
        return new TransactionLog<>(Objects.requireNonNull(zone, "zone"));
    }

    /** Adds a transaction on a calendar day; {@code amount} must be >= 0 and finite. */
    public TransactionLog<K> add(K customer, LocalDate date, double amount) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        Preconditions.checkArgument(amount >= 0 && Double.isFinite(amount), "amount must be >= 0 and finite, was %s",
                amount);
        days.computeIfAbsent(customer, key -> new TreeMap<>()).merge(date, amount, Double::sum);
        return this;
    }

    /** Adds a transaction at an instant, on its calendar day in this log's zone. */
    public TransactionLog<K> add(K customer, Instant time, double amount) {
        Objects.requireNonNull(time, "time");
        return add(customer, LocalDate.ofInstant(time, zone), amount);
    }

    /** Adds every transaction of {@code other} (left unchanged) to this log. */
    public TransactionLog<K> merge(TransactionLog<K> other) {
        Objects.requireNonNull(other, "other");
        other.days.forEach((customer, purchases) -> purchases.forEach((date, amount) -> add(customer, date, amount)));
        return this;
    }

    /**
     * The summaries of the customers whose first purchase is on or before {@code calibrationEnd}, in
     * the order customers were first added, with times in {@code unit}: days divided by the unit's
     * length in days (weeks 7; months and years by their average Gregorian lengths, 30.436875 and
     * 365.2425 days).
     *
     * @throws IllegalArgumentException if {@code unit} is shorter than a day
     */
    public Map<K, RfmSummary> summarize(LocalDate calibrationEnd, ChronoUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(unit, "unit");
        Preconditions.checkArgument(unit.compareTo(ChronoUnit.DAYS) >= 0 && unit != ChronoUnit.FOREVER,
                "unit must be DAYS or longer and not FOREVER, was %s", unit);
        double daysPerUnit = unit.getDuration().getSeconds() / 86_400.0;
        Map<K, RfmSummary> summaries = new LinkedHashMap<>();
        days.forEach((customer, purchases) -> {
            LocalDate first = purchases.firstKey();
            if (first.isAfter(calibrationEnd)) {
                return;
            }
            Map<LocalDate, Double> repeats = purchases.subMap(first, false, calibrationEnd, true);
            double value = 0;
            LocalDate last = first;
            for (Map.Entry<LocalDate, Double> purchase : repeats.entrySet()) {
                value += purchase.getValue();
                last = purchase.getKey();
            }
            int x = repeats.size();
            summaries.put(customer, new RfmSummary(x, ChronoUnit.DAYS.between(first, last) / daysPerUnit,
                    ChronoUnit.DAYS.between(first, calibrationEnd) / daysPerUnit, x == 0 ? 0 : value / x));
        });
        return summaries;
    }
}
