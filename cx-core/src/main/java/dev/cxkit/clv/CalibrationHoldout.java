package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One customer's calibration summary and the number of repeat purchases they made in the holdout
 * period that follows it, as {@link TransactionLog#split} gives them: the data of a
 * calibration/holdout check ({@link HoldoutCheck}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param calibration the summary over the calibration period
 * @param holdoutPurchases purchase days in the holdout period, {@code >= 0}
 */
public record CalibrationHoldout(RfmSummary calibration, int holdoutPurchases) {

    /**
     * Validates the pair.
     *
     * @param calibration the summary over the calibration period
     * @param holdoutPurchases purchase days in the holdout period, {@code >= 0}
     */
    public CalibrationHoldout {
        Objects.requireNonNull(calibration, "calibration");
        checkArgument(
                holdoutPurchases >= 0, "holdoutPurchases must be >= 0, was %s", holdoutPurchases);
    }

    /**
     * {@return the length of the holdout period (calibrationEnd, holdoutEnd] in {@code unit}, on
     * the scale {@link TransactionLog} uses for times: days divided by the unit's length in days}
     *
     * @param calibrationEnd the last day of the calibration period (inclusive)
     * @param holdoutEnd the last day of the holdout period (inclusive), after
     *     {@code calibrationEnd}
     * @param unit the time unit of the summaries' x, t_x and T (days, weeks, months...)
     * @throws IllegalArgumentException if {@code holdoutEnd} is not after {@code calibrationEnd} or
     *     {@code unit} is shorter than a day
     */
    public static double horizon(LocalDate calibrationEnd, LocalDate holdoutEnd, ChronoUnit unit) {
        checkArgument(
                holdoutEnd.isAfter(calibrationEnd),
                "holdoutEnd must be after calibrationEnd %s, was %s",
                calibrationEnd,
                holdoutEnd);
        return ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd) / TransactionLog.daysPer(unit);
    }
}
