/**
 * The Net Promoter Score as a view of a score histogram: {@link dev.cxkit.nps.Nps} (score in
 * points, shares, variance, standard error, named interval methods, survey weights),
 * {@link dev.cxkit.nps.NpsBreaks} (standard and custom scales),
 * {@link dev.cxkit.nps.NpsComparison} (two independent samples) and
 * {@link dev.cxkit.nps.NpsSampleSize} (survey planning).
 *
 * <p>Nothing is null; results are immutable and thread-safe.
 */
package dev.cxkit.nps;
