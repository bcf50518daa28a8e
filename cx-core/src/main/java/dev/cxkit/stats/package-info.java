/**
 * The statistical values every feature reports: {@link dev.cxkit.stats.Interval} with its unit,
 * a count out of n ({@link dev.cxkit.stats.Proportion}) and its interval methods, a mean score
 * ({@link dev.cxkit.stats.MeanScore}), confidence levels and normal quantiles ({@link
 * dev.cxkit.stats.Confidence}), and the outcome of a maximum-likelihood fit ({@link
 * dev.cxkit.stats.MaximumLikelihoodEstimate}).
 */
package dev.cxkit.stats;
