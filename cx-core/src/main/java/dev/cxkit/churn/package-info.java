/**
 * Period churn and retention: the simple and the proper customer churn rates
 * ({@link dev.cxkit.churn.PeriodChurn}) with their n and Wilson intervals, gross and net revenue
 * retention ({@link dev.cxkit.churn.RevenueRetention}), conversion of churn rates between period
 * lengths ({@link dev.cxkit.churn.ChurnCompounding}) and cohort retention tables by calendar
 * period ({@link dev.cxkit.churn.CohortTable}).
 *
 * <p>Time to churn with censoring (customers still active) belongs to
 * {@link dev.cxkit.survival}. Nothing is null unless it is an {@link java.util.Optional}; bad
 * arguments throw {@link IllegalArgumentException} naming the field and value, rates of empty
 * data {@link IllegalStateException} naming the rate.
 */
package dev.cxkit.churn;
