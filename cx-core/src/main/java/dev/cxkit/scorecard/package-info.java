/**
 * Scorecards: one pass groups survey responses by any keys (touchpoint, channel, stage,
 * customer attribute, calendar period in a time zone, or combinations) into
 * {@link dev.cxkit.scorecard.GroupedScores}; a {@link dev.cxkit.scorecard.Scorecard} reports a
 * {@link dev.cxkit.scorecard.ScoreMetric} (NPS, CSAT, mean score) per group with n, interval
 * and a small-sample flag, and tests rows against the rest or the previous period with a
 * multiple-comparison {@link dev.cxkit.scorecard.Adjustment}.
 *
 * <p>Nothing is null unless it says {@code Optional}; results are immutable and thread-safe;
 * the accumulator is not, and merges.
 */
package dev.cxkit.scorecard;
