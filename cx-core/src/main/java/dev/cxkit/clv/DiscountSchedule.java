package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Discrete discounting over a finite horizon: {@code periods} discount periods of one
 * {@code period} each, with {@code ratePerPeriod} the discount rate per period, for a transaction
 * model whose times are in {@code modelUnit}. Cash expected in period i (1-based) is divided by
 * (1 + rate)^i: the end-of-period convention of the {@code lifetimes} library's
 * {@code customer_lifetime_value}.
 *
 * <p>Both units are stated, so the period is converted into model time and cannot silently be
 * read in the wrong unit: a month is 30.436875 days (the average Gregorian month, as
 * {@link ChronoUnit#MONTHS} and {@link TransactionLog#summarize} use), that is 4.348 weeks for a
 * model fitted in weeks and 30.44 for one fitted in days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param periods the horizon in discount periods, {@code >= 1}
 * @param period the discount period, {@code DAYS} or longer
 * @param ratePerPeriod the discount rate per period, {@code > -1}
 * @param modelUnit the time unit of the transaction model's (x, t_x, T), {@code DAYS} or longer
 */
public record DiscountSchedule(
        int periods, ChronoUnit period, double ratePerPeriod, ChronoUnit modelUnit) {

    /**
     * Validates the schedule.
     *
     * @param periods the horizon in discount periods, {@code >= 1}
     * @param period the discount period, {@code DAYS} or longer
     * @param ratePerPeriod the discount rate per period, {@code > -1}
     * @param modelUnit the time unit of the transaction model's (x, t_x, T), {@code DAYS} or longer
     */
    public DiscountSchedule {
        checkArgument(periods >= 1, "periods must be >= 1, was %s", periods);
        TransactionLog.daysPer(Objects.requireNonNull(period, "period"));
        TransactionLog.daysPer(Objects.requireNonNull(modelUnit, "modelUnit"));
        checkArgument(
                ratePerPeriod > -1 && Double.isFinite(ratePerPeriod),
                "ratePerPeriod must be > -1 and finite, was %s",
                ratePerPeriod);
    }

    /**
     * {@code months} months at {@code monthlyRate} a month, for a model whose times are in
     * {@code modelUnit}.
     *
     * @param months the horizon, in months, {@code >= 1}
     * @param monthlyRate the discount rate per month, a fraction {@code >= 0}
     * @param modelUnit the time unit of the purchase model's times
     * @return the schedule
     */
    public static DiscountSchedule monthly(int months, double monthlyRate, ChronoUnit modelUnit) {
        return new DiscountSchedule(months, ChronoUnit.MONTHS, monthlyRate, modelUnit);
    }

    /** {@return the length of one discount period in model time units (a month in weeks: 4.348)} */
    public double periodLength() {
        return TransactionLog.daysPer(period) / TransactionLog.daysPer(modelUnit);
    }

    /** {@return the whole horizon in model time units, {@code periods * periodLength()}} */
    public double horizon() {
        return periods * periodLength();
    }
}
