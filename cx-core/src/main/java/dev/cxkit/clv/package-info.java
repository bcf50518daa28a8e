/**
 * Customer-base models and customer lifetime value.
 *
 * <p>Contractual retention: {@link dev.cxkit.clv.ShiftedBetaGeometric} (Fader &amp; Hardie 2007,
 * 2010). Non-contractual repeat buying: {@link dev.cxkit.clv.BgNbdModel} (continuous time, Fader,
 * Hardie &amp; Lee 2005) and {@link dev.cxkit.clv.BgBbModel} (discrete opportunities, Fader, Hardie
 * &amp; Shang 2010), fitted on customers compressed to {@link dev.cxkit.clv.RfmPatterns}; spend:
 * {@link dev.cxkit.clv.GammaGammaModel}; value: {@link dev.cxkit.clv.CustomerLifetimeValue} with a
 * {@link dev.cxkit.clv.DiscountSchedule}. {@link dev.cxkit.clv.TransactionLog} turns a transaction
 * log into per-customer {@link dev.cxkit.clv.RfmSummary} values.
 *
 * <p>Every fit is maximum likelihood in log-parameters ({@link dev.cxkit.stats.MaximumLikelihood})
 * and returns a {@link dev.cxkit.clv.ModelFit}: the model plus its log-likelihood, work, convergence
 * flag and standard errors. Data that cannot identify a model is refused with an
 * {@link java.lang.IllegalArgumentException}; a fit never returns NaN parameters. Models are
 * immutable and thread-safe; time units are the caller's, consistent between fit and prediction.
 */
package dev.cxkit.clv;
