package dev.cxkit.clv;

import com.google.common.base.Preconditions;

/**
 * Discrete discounting over a finite horizon: {@code periods} discount periods, each
 * {@code periodLength} long in the time unit of the transaction model (for a model fitted in weeks
 * and monthly discounting, 4.345 weeks; in days, 30), with {@code ratePerPeriod} the discount rate
 * per period. Cash expected in period i (1-based) is divided by (1 + rate)^i: the end-of-period
 * convention of the {@code lifetimes} library's {@code customer_lifetime_value}.
 *
 * @param periods the horizon in discount periods, {@code >= 1}
 * @param periodLength the length of one period in model time units, {@code > 0}
 * @param ratePerPeriod the discount rate per period, {@code > -1}
 */
public record DiscountSchedule(int periods, double periodLength, double ratePerPeriod) {

    /** Validates the schedule. */
    public DiscountSchedule {
        Preconditions.checkArgument(periods >= 1, "periods must be >= 1, was %s", periods);
        Preconditions.checkArgument(periodLength > 0 && Double.isFinite(periodLength),
                "periodLength must be > 0 and finite, was %s", periodLength);
        Preconditions.checkArgument(ratePerPeriod > -1 && Double.isFinite(ratePerPeriod),
                "ratePerPeriod must be > -1 and finite, was %s", ratePerPeriod);
    }

    /** Monthly discounting for a model fitted in weeks: months of 4.345 weeks. */
    public static DiscountSchedule monthlyInWeeks(int months, double monthlyRate) {
        return new DiscountSchedule(months, 4.345, monthlyRate);
    }

    /** Monthly discounting for a model fitted in days: months of 30 days. */
    public static DiscountSchedule monthlyInDays(int months, double monthlyRate) {
        return new DiscountSchedule(months, 30, monthlyRate);
    }
}
