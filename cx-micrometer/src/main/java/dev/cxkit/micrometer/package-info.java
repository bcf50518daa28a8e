/**
 * Live scores as Micrometer meters: {@link dev.cxkit.micrometer.LiveScoreMetrics} is a
 * {@code MeterBinder} publishing the NPS, promoter and detractor shares, n and interval bounds
 * of a {@link dev.cxkit.live.LiveScores} per group and window as gauges.
 */
package dev.cxkit.micrometer;
