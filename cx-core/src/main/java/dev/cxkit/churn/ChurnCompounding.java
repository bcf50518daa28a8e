package dev.cxkit.churn;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * Converts churn rates between period lengths by compounding: a customer retained over
 * {@code k} periods is retained in each of them, so with churn {@code c} per period
 * {@code 1 - C_k = (1 - c)^k}. Monthly churn 2 % is {@code 1 - 0.98^12 = 21.53 %} a year;
 * annual 21.53 % is 2 % a month. {@code k} may be fractional ({@code 1/12} converts an annual
 * rate to a monthly one). Computed as {@code -expm1(k log1p(-c))} for accuracy at small rates.
 *
 * <p>The conversion assumes a constant churn probability per period (a geometric lifetime); a
 * population whose churn falls with tenure (see the shifted-beta-geometric model) is not
 * described by one rate. Stateless and thread-safe.
 */
public final class ChurnCompounding {

    private static final double MONTHS_PER_YEAR = 12;

    private ChurnCompounding() {}

    /**
     * {@return churn over {@code periods} periods from churn {@code churnPerPeriod} per period:
     * {@code 1 - (1 - churnPerPeriod)^periods}}
     *
     * @param churnPerPeriod the churn in one period, a fraction in [0, 1]
     * @param periods the number of periods, {@code >= 1}
     * @throws IllegalArgumentException when the rate is not in [0, 1] or {@code periods} is not
     *     finite and {@code > 0}
     */
    public static double overPeriods(double churnPerPeriod, double periods) {
        checkRate("churnPerPeriod", churnPerPeriod);
        checkPeriods(periods);
        return -Math.expm1(periods * Math.log1p(-churnPerPeriod));
    }

    /**
     * {@return churn per period from churn {@code churnOverPeriods} over {@code periods} periods,
     * the inverse of {@link #overPeriods}: {@code 1 - (1 - churnOverPeriods)^(1/periods)}}
     *
     * @param churnOverPeriods the churn over all periods, a fraction in [0, 1]
     * @param periods the number of periods, {@code >= 1}
     * @throws IllegalArgumentException as {@link #overPeriods}
     */
    public static double perPeriod(double churnOverPeriods, double periods) {
        checkRate("churnOverPeriods", churnOverPeriods);
        checkPeriods(periods);
        return overPeriods(churnOverPeriods, 1 / periods);
    }

    /**
     * {@return annual churn from monthly churn: {@code 1 - (1 - monthly)^12}}
     *
     * @param monthlyChurn the churn in a month, a fraction in [0, 1]
     */
    public static double annualFromMonthly(double monthlyChurn) {
        return overPeriods(monthlyChurn, MONTHS_PER_YEAR);
    }

    /**
     * {@return monthly churn from annual churn: {@code 1 - (1 - annual)^(1/12)}}
     *
     * @param annualChurn the churn over a year, a fraction in [0, 1]
     */
    public static double monthlyFromAnnual(double annualChurn) {
        return perPeriod(annualChurn, MONTHS_PER_YEAR);
    }

    private static void checkRate(String name, double rate) {
        checkArgument(rate >= 0 && rate <= 1, "%s must be in [0, 1], was %s", name, rate);
    }

    private static void checkPeriods(double periods) {
        checkArgument(
                periods > 0 && !Double.isInfinite(periods),
                "periods must be finite and > 0, was %s",
                periods);
    }
}
