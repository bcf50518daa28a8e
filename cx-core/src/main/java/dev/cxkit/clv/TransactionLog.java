package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Counts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Accumulates a transaction log (customer, time, amount) and summarises it into per-customer
 * {@link RfmSummary} values (x, t_x, T, zbar) for the customer-base models, or splits it into a
 * calibration summary and a holdout count ({@link #split}).
 *
 * <p>Conventions, those of the CDNOW analyses of Fader, Hardie &amp; Lee (2005) and of the
 * {@code lifetimes} library's {@code summary_data_from_transaction_data}: transactions of one
 * customer on the same calendar day are one purchase whose value is their sum; a customer's first
 * purchase day starts their clock; x is the number of later purchase days up to and including the
 * calibration end, t_x the time from the first to the last of them, T the time from the first to
 * the calibration end. A purchase day whose value is 0 (free items, returns netting to 0) is a
 * repeat purchase like any other; zbar is the mean value of the repeat purchase days of positive
 * value (the first day excluded), and their number is {@link RfmSummary#valuedPurchases()}, the
 * input of the Gamma-Gamma spend model. Later transactions, and customers whose first purchase is
 * after the calibration end, are left out. Instants become calendar days in the zone given at
 * creation.
 *
 * <p>Amounts are held exactly as decimals: a {@code double} amount is taken at its shortest decimal
 * representation ({@link BigDecimal#valueOf(double)}, so 19.99 is 19.99, not the nearest binary
 * fraction), and same-day amounts add exactly. Summaries therefore do not depend on the order of
 * additions or on how logs were split and merged; zbar is the exact decimal mean rounded once to
 * a {@code double}.
 *
 * <p>Mutable and not thread-safe; logs built on several threads combine with {@link #merge}, which
 * is exact. Logs built in other processes travel as {@link #toByteArray(Function)} and are read
 * back with {@link #fromByteArray(byte[], Function)}, amounts exactly.
 *
 * @param <K> the customer identifier type (with equals and hashCode)
 */
public final class TransactionLog<K> {

    private final ZoneId zone;
    private final Map<K, TreeMap<LocalDate, BigDecimal>> days = new LinkedHashMap<>();
    private long transactions;

    private TransactionLog(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * {@return an empty log whose instants are read as days in {@code zone}}
     *
     * @param <K> the type of the customer keys
     * @param zone the time zone in which instants are read as calendar days
     */
    public static <K> TransactionLog<K> create(ZoneId zone) {
        return new TransactionLog<>(Objects.requireNonNull(zone, "zone"));
    }

    /** A log holding decoded purchase days: customers in {@code days}' order. */
    static <K> TransactionLog<K> decoded(
            ZoneId zone, long transactions, Map<K, TreeMap<LocalDate, BigDecimal>> days) {
        TransactionLog<K> log = new TransactionLog<>(zone);
        log.days.putAll(days);
        log.transactions = transactions;
        return log;
    }

    /**
     * Decodes {@link #toByteArray(Function)}'s bytes, each customer's key read from its text by
     * {@code key}. The log lists its customers in the order of their key texts.
     *
     * @param <K> the type of the customer keys
     * @param bytes the encoded log
     * @param key the key of a text, the inverse of the encoder's function
     * @return a new log holding the decoded purchase days, in the encoded zone
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     an unknown zone, repeated or unordered key texts, two texts read as the same key, a
     *     customer with no purchase day, days out of order or outside {@link LocalDate}'s range,
     *     negative or malformed amounts, or fewer transactions than purchase days
     */
    public static <K> TransactionLog<K> fromByteArray(
            byte[] bytes, Function<String, ? extends K> key) {
        return TransactionLogForm.decode(bytes, key);
    }

    /**
     * The binary form, so that logs built in other processes can be merged exactly: the zone,
     * the number of transactions and each customer's purchase days with their exact decimal
     * amounts, customers in the order of their key texts (written by {@code keyText}) and
     * amounts without trailing zeros, so that equal logs have equal bytes. Layout, version 1,
     * big-endian: {@code int} magic {@code "CXTL"}, {@code byte} version, the zone id as text,
     * {@code long} transactions, {@code int} customers, then per customer its key as text, an
     * {@code int} number of purchase days and per day, ascending, a {@code long} epoch day and
     * the amount as an {@code int} scale, an {@code int} length and that many bytes of its
     * unscaled value in two's complement. A text is an unsigned {@code short} length and that
     * many bytes of UTF-8.
     *
     * @param keyText the text of a customer's key, at most 65535 UTF-8 bytes, a different text
     *     for each customer; read back by the function given to {@link #fromByteArray(byte[],
     *     Function)}
     * @return the bytes
     * @throws IllegalArgumentException when two customers' keys have the same text, a text is
     *     longer than 65535 UTF-8 bytes, or an amount's scale is outside -1000..1000 or its
     *     unscaled value longer than 255 bytes
     */
    public byte[] toByteArray(Function<? super K, String> keyText) {
        return TransactionLogForm.encode(zone, transactions, days, keyText);
    }

    /**
     * Adds a transaction on a calendar day; {@code amount} must be >= 0 and finite (0 is valid).
     *
     * @param customer the customer's key, not null
     * @param date the calendar day of the purchase
     * @param amount the purchase's value, {@code >= 0}
     * @return this log
     */
    public TransactionLog<K> add(K customer, LocalDate date, double amount) {
        checkArgument(
                amount >= 0 && Double.isFinite(amount),
                "amount must be >= 0 and finite, was %s",
                amount);
        return add(customer, date, BigDecimal.valueOf(amount));
    }

    /**
     * Adds a transaction on a calendar day with an exact decimal amount, >= 0 (0 is valid).
     *
     * @param customer the customer's key, not null
     * @param date the calendar day of the purchase
     * @param amount the purchase's value, {@code >= 0}
     * @return this log
     */
    public TransactionLog<K> add(K customer, LocalDate date, BigDecimal amount) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        checkArgument(amount.signum() >= 0, "amount must be >= 0, was %s", amount);
        days.computeIfAbsent(customer, key -> new TreeMap<>()).merge(date, amount, BigDecimal::add);
        transactions++;
        return this;
    }

    /**
     * Adds a transaction at an instant, on its calendar day in this log's zone.
     *
     * @param customer the customer's key, not null
     * @param time the instant of the purchase, read as a day in this log's zone
     * @param amount the purchase's value, {@code >= 0} and finite
     * @return this log
     */
    public TransactionLog<K> add(K customer, Instant time, double amount) {
        Objects.requireNonNull(time, "time");
        return add(customer, LocalDate.ofInstant(time, zone), amount);
    }

    /**
     * Adds every transaction of {@code other} (left unchanged) to this log; exact. Both logs
     * must read instants in the same zone (or zones of the same fixed offset, such as {@code
     * UTC} and {@code Z}): their days would otherwise be days of different calendars.
     *
     * @param other the log whose transactions are added; unchanged
     * @return this log
     * @throws IllegalArgumentException when {@code other}'s zone is not this log's, or when the
     *     merged number of transactions would exceed {@link Long#MAX_VALUE} (decoded bytes can
     *     hold such counts); this log is then unchanged
     */
    public TransactionLog<K> merge(TransactionLog<K> other) {
        Objects.requireNonNull(other, "other");
        checkArgument(
                zone.normalized().equals(other.zone.normalized()),
                "merged transaction logs must read days in one zone, this log's is %s, the"
                        + " other's %s",
                zone,
                other.zone);
        long merged = Counts.add(transactions, other.transactions, "transactions");
        other.days.forEach((customer, purchases) -> {
            TreeMap<LocalDate, BigDecimal> mine =
                    days.computeIfAbsent(customer, key -> new TreeMap<>());
            purchases.forEach((date, amount) -> mine.merge(date, amount, BigDecimal::add));
        });
        transactions = merged;
        return this;
    }

    /** {@return the number of transactions added (merged logs included)} */
    public long transactions() {
        return transactions;
    }

    /**
     * {@return the number of purchase occasions: distinct (customer, calendar day) pairs} The
     * difference to {@link #transactions()} is the number of same-day transactions collapsed into
     * one purchase.
     */
    public long purchaseDays() {
        long count = 0;
        for (TreeMap<LocalDate, BigDecimal> purchases : days.values()) {
            count += purchases.size();
        }
        return count;
    }

    /**
     * {@return the summaries of the customers whose first purchase is on or before
     * {@code calibrationEnd}, in the order customers were first added, with times in {@code unit}:
     * days divided by the unit's length in days (weeks 7; months and years by their average
     * Gregorian lengths, 30.436875 and 365.2425 days)}
     *
     * @param calibrationEnd the last day of the calibration period (inclusive)
     * @param unit the time unit of the summaries' x, t_x and T (days, weeks, months...)
     * @throws IllegalArgumentException if {@code unit} is shorter than a day
     */
    public Map<K, RfmSummary> summarize(LocalDate calibrationEnd, ChronoUnit unit) {
        return collect(calibrationEnd, unit, (summary, purchases) -> summary);
    }

    /**
     * {@return the calibration/holdout split used to validate a model (Fader, Hardie &amp; Lee
     * 2005, section 4): for each customer whose first purchase is on or before
     * {@code calibrationEnd}, the calibration summary as {@link #summarize} gives it and the number
     * of purchase days in (calibrationEnd, holdoutEnd]} The holdout lasts {@code unit}-lengths of
     * {@link CalibrationHoldout#horizon(LocalDate, LocalDate, ChronoUnit)}.
     *
     * @param calibrationEnd the last day of the calibration period (inclusive)
     * @param holdoutEnd the last day of the holdout period (inclusive), after
     *     {@code calibrationEnd}
     * @param unit the time unit of the summaries' x, t_x and T (days, weeks, months...)
     * @throws IllegalArgumentException if {@code holdoutEnd} is not after {@code calibrationEnd} or
     *     {@code unit} is shorter than a day
     */
    public Map<K, CalibrationHoldout> split(
            LocalDate calibrationEnd, LocalDate holdoutEnd, ChronoUnit unit) {
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        checkArgument(
                holdoutEnd.isAfter(Objects.requireNonNull(calibrationEnd, "calibrationEnd")),
                "holdoutEnd must be after calibrationEnd %s, was %s",
                calibrationEnd,
                holdoutEnd);
        return collect(
                calibrationEnd,
                unit,
                (summary, purchases) -> new CalibrationHoldout(
                        summary,
                        purchases
                                .subMap(calibrationEnd, false, holdoutEnd, true)
                                .size()));
    }

    private <V> Map<K, V> collect(
            LocalDate calibrationEnd,
            ChronoUnit unit,
            BiFunction<RfmSummary, TreeMap<LocalDate, BigDecimal>, V> result) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        double daysPerUnit = daysPer(unit);
        Map<K, V> summaries = new LinkedHashMap<>();
        days.forEach((customer, purchases) -> {
            LocalDate first = purchases.firstKey();
            if (first.isAfter(calibrationEnd)) {
                return;
            }
            Map<LocalDate, BigDecimal> repeats =
                    purchases.subMap(first, false, calibrationEnd, true);
            BigDecimal value = BigDecimal.ZERO;
            int valued = 0;
            LocalDate last = first;
            for (Map.Entry<LocalDate, BigDecimal> purchase : repeats.entrySet()) {
                if (purchase.getValue().signum() > 0) {
                    value = value.add(purchase.getValue());
                    valued++;
                }
                last = purchase.getKey();
            }
            double mean = valued == 0
                    ? 0
                    : value.divide(BigDecimal.valueOf(valued), MathContext.DECIMAL64)
                            .doubleValue();
            RfmSummary summary = new RfmSummary(
                    repeats.size(),
                    ChronoUnit.DAYS.between(first, last) / daysPerUnit,
                    ChronoUnit.DAYS.between(first, calibrationEnd) / daysPerUnit,
                    mean,
                    valued);
            summaries.put(customer, result.apply(summary, purchases));
        });
        return summaries;
    }

    /** The length of {@code unit} in days, for units of a day or longer. */
    static double daysPer(ChronoUnit unit) {
        Objects.requireNonNull(unit, "unit");
        checkArgument(
                unit.compareTo(ChronoUnit.DAYS) >= 0 && unit != ChronoUnit.FOREVER,
                "unit must be DAYS or longer and not FOREVER, was %s",
                unit);
        return unit.getDuration().getSeconds() / 86_400.0;
    }
}
