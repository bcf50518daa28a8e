/**
 * Customer satisfaction as a view of a score histogram: {@link dev.cxkit.csat.Csat}, the
 * top-box share with its Wilson interval, the mean score with its t interval and the
 * distribution of scores. Nothing is null; results are immutable and thread-safe.
 */
package dev.cxkit.csat;
