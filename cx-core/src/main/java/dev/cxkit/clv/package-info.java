/**
 * Customer-base models and customer lifetime value.
 *
 * <p>Contractual retention: {@link dev.cxkit.clv.ShiftedBetaGeometric} (Fader &amp; Hardie 2007,
 * 2010). Non-contractual repeat buying in continuous time, the {@link dev.cxkit.clv.RepeatBuyingModel}s
 * {@link dev.cxkit.clv.BgNbdModel} (Fader, Hardie &amp; Lee 2005), {@link dev.cxkit.clv.MbgNbdModel}
 * (Batislam, Denizel &amp; Filiztekin 2007) and {@link dev.cxkit.clv.ParetoNbdModel} (Schmittlein,
 * Morrison &amp; Colombo 1987), compared by {@link dev.cxkit.clv.ModelComparison} (AIC, BIC and the
 * calibration/holdout {@link dev.cxkit.clv.HoldoutCheck}); in discrete opportunities
 * {@link dev.cxkit.clv.BgBbModel} (Fader, Hardie &amp; Shang 2010), fitted on customers compressed to {@link dev.cxkit.clv.RfmPatterns}; spend:
 * {@link dev.cxkit.clv.GammaGammaModel}; value: {@link dev.cxkit.clv.CustomerLifetimeValue} with a
 * {@link dev.cxkit.clv.DiscountSchedule}. {@link dev.cxkit.clv.TransactionLog} turns a transaction
 * log into per-customer {@link dev.cxkit.clv.RfmSummary} values, or a calibration/holdout split.
 *
 * <p>Every fit is maximum likelihood in log-parameters (a Nelder-Mead simplex, then BOBYQA)
 * and returns a {@link dev.cxkit.clv.ModelFit}: the model plus its log-likelihood, work, convergence
 * flag and standard errors. Data that cannot identify a model is refused with an
 * {@link java.lang.IllegalArgumentException}; a fit that does not converge, ends at a non-finite
 * point or finds no maximum throws a {@link dev.cxkit.clv.FitFailedException} naming the model, the
 * data and the last parameters, and never returns NaN. Fit iterations and convergence are logged
 * through SLF4J at DEBUG. Models are immutable and thread-safe; time units are the caller's, consistent between fit and prediction.
 */
package dev.cxkit.clv;
