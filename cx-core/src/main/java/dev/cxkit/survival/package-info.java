/**
 * Survival analysis of customer lifetimes: risk-set tables, the Kaplan-Meier curve, the
 * log-rank test and the Cox proportional hazards model.
 *
 * <p>The sufficient statistic is the risk-set table ({@link dev.cxkit.survival.RiskSets}):
 * events and censorings per distinct duration. It has the three faces of every cxkit summary:
 * a mutable {@link dev.cxkit.survival.RiskSetAccumulator}, the immutable, mergeable table, and
 * its versioned binary form. {@link dev.cxkit.survival.KaplanMeier} reads the survival curve,
 * Greenwood variance, confidence intervals by {@link dev.cxkit.survival.ConfidenceType}, the
 * median with its interval and the restricted mean from it; {@link dev.cxkit.survival.Strata}
 * keys tables by group and compares them with the log-rank test;
 * {@link dev.cxkit.survival.CustomerLifetimes} builds either from customer records. The
 * columnar path ({@link dev.cxkit.survival.KaplanMeier#fit(double[], boolean[])}) sorts
 * primitive copies of the durations and allocates nothing per subject beyond them and the
 * table.
 *
 * <p>{@link dev.cxkit.survival.CoxRegression} fits the Cox model (Efron or Breslow ties,
 * numeric and categorical covariates, strata) to a {@link dev.cxkit.survival.CoxModel} with
 * hazard ratios, the likelihood-ratio, Wald and score tests, concordance, predicted survival
 * curves and the proportional-hazards test of R's {@code cox.zph}.
 *
 * <p>Conventions: durations are finite and {@code >= 0}, in the caller's unit; at a tied time
 * events are counted before censorings; results match R's {@code survival} package (survfit,
 * survdiff, coxph, cox.zph). Nothing is null unless it is an {@link java.util.Optional} or
 * {@link java.util.OptionalDouble}; bad arguments throw {@link IllegalArgumentException} naming
 * the field and value, statistics of empty data {@link IllegalStateException}.
 */
package dev.cxkit.survival;
