package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * One customer's repeat-buying summary in the notation of Fader, Hardie &amp; Lee (2005): time runs
 * from the customer's first purchase, in a unit the caller chooses (days, weeks, ...).
 *
 * <p>Immutable and thread-safe.
 *
 * @param frequency x, the number of repeat purchases (purchases after the first), {@code >= 0};
 *     purchases of zero value count
 * @param recency t_x, the time of the last repeat purchase; 0 when {@code frequency} is 0, and
 *     {@code > 0} otherwise
 * @param age T, the time from the first purchase to the end of the observation period,
 *     {@code >= recency}
 * @param meanRepeatValue zbar, the mean value of the repeat purchases of positive value;
 *     {@code > 0} when {@code valuedPurchases > 0}, and 0 when it is 0
 * @param valuedPurchases the number of repeat purchases of positive value, the x of the
 *     Gamma-Gamma spend model, in {@code [0, frequency]}
 */
public record RfmSummary(
        int frequency, double recency, double age, double meanRepeatValue, int valuedPurchases) {

    /**
     * Validates the summary; an invalid one is refused with the field, value and range.
     *
     * @param frequency x, the number of repeat purchases (purchases after the first), {@code >= 0};
     *     purchases of zero value count
     * @param recency t_x, the time of the last repeat purchase; 0 when {@code frequency} is 0, and
     *     {@code > 0} otherwise
     * @param age T, the time from the first purchase to the end of the observation period,
     *     {@code >= recency}
     * @param meanRepeatValue zbar, the mean value of the repeat purchases of positive value;
     *     {@code > 0} when {@code valuedPurchases > 0}, and 0 when it is 0
     * @param valuedPurchases the number of repeat purchases of positive value, the x of the
     *     Gamma-Gamma spend model, in {@code [0, frequency]}
     */
    public RfmSummary {
        checkTimes(frequency, recency, age);
        checkArgument(
                valuedPurchases >= 0 && valuedPurchases <= frequency,
                "valuedPurchases must be in [0, frequency %s], was %s",
                frequency,
                valuedPurchases);
        checkArgument(
                meanRepeatValue >= 0 && Double.isFinite(meanRepeatValue),
                "meanRepeatValue must be >= 0 and finite, was %s",
                meanRepeatValue);
        checkArgument(
                frequency > 0 || meanRepeatValue == 0,
                "meanRepeatValue must be 0 when frequency is 0, was %s",
                meanRepeatValue);
        checkArgument(
                (valuedPurchases > 0) == (meanRepeatValue > 0),
                "meanRepeatValue must be > 0 exactly when valuedPurchases > 0, was %s with %s valued purchases",
                meanRepeatValue,
                (Object) valuedPurchases);
    }

    /**
     * A summary whose repeat purchases all have positive value (all {@code frequency} of them when
     * {@code meanRepeatValue > 0}, none when it is 0).
     *
     * @param frequency x, the number of repeat purchases (purchases after the first), {@code >= 0};
     *     purchases of zero value count
     * @param recency t_x, the time of the last repeat purchase; 0 when {@code frequency} is 0, and
     *     {@code > 0} otherwise
     * @param age T, the time from the first purchase to the end of the observation period,
     *     {@code >= recency}
     * @param meanRepeatValue zbar, the mean value of the repeat purchases of positive value;
     *     {@code > 0} when {@code valuedPurchases > 0}, and 0 when it is 0
     */
    public RfmSummary(int frequency, double recency, double age, double meanRepeatValue) {
        this(frequency, recency, age, meanRepeatValue, meanRepeatValue > 0 ? frequency : 0);
    }

    /**
     * {@return a summary without monetary value (for the purchase-count models)}
     *
     * @param frequency x, the number of repeat purchases (purchases after the first), {@code >= 0};
     *     purchases of zero value count
     * @param recency t_x, the time of the last repeat purchase; 0 when {@code frequency} is 0, and
     *     {@code > 0} otherwise
     * @param age T, the time from the first purchase to the end of the observation period,
     *     {@code >= recency}
     */
    public static RfmSummary of(int frequency, double recency, double age) {
        return new RfmSummary(frequency, recency, age, 0, 0);
    }

    /**
     * Checks (x, t_x, T): x >= 0; 0 <= t_x <= T, both finite; t_x > 0 exactly when x > 0.
     *
     * @throws IllegalArgumentException naming the field, the value and the allowed range
     */
    static void checkTimes(int frequency, double recency, double age) {
        checkArgument(frequency >= 0, "frequency must be >= 0, was %s", frequency);
        checkArgument(
                recency >= 0 && Double.isFinite(recency),
                "recency must be >= 0 and finite, was %s",
                recency);
        checkArgument(
                age >= recency && Double.isFinite(age),
                "age must be finite and >= recency %s, was %s",
                recency,
                age);
        checkArgument(
                frequency == 0 || recency > 0,
                "recency must be > 0 when frequency is %s > 0, was %s",
                (Object) frequency,
                recency);
        checkArgument(
                frequency > 0 || recency == 0,
                "recency must be 0 when frequency is 0, was %s",
                recency);
    }
}
