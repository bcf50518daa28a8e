/**
 * Score histograms: the exact, mergeable sufficient statistic of every survey metric on a
 * bounded integer scale (NPS, CSAT, CES and custom scales).
 *
 * <p>Each summary has three faces, as Guava's {@code StatsAccumulator} and {@code Stats}: a
 * mutable accumulator ({@link dev.cxkit.score.ScoreAccumulator},
 * {@link dev.cxkit.score.WeightedScoreAccumulator}, {@link dev.cxkit.score.SegmentedScoreAccumulator}),
 * an immutable result ({@link dev.cxkit.score.ScoreHistogram},
 * {@link dev.cxkit.score.WeightedScoreHistogram}) and a versioned binary form
 * ({@code toByteArray} / {@code fromByteArray}). Merging adds counts: it is exact, associative
 * and commutative, so partial results from threads, services or Spark partitions combine into
 * the result on the union.
 *
 * <p>For a running service, {@link dev.cxkit.score.ScoreRecorder} and
 * {@link dev.cxkit.score.WeightedScoreRecorder} take scores from many threads without locks and
 * hand a reader interval and running snapshots as the same immutable results.
 */
package dev.cxkit.score;
