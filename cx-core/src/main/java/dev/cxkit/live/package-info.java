/**
 * Live scoring in a running service: recorders that many threads write into while a reader
 * takes interval snapshots, rolling windows over those intervals, and service measures.
 *
 * <ul>
 *   <li>{@link dev.cxkit.live.GroupedScoreRecorder}: a {@link dev.cxkit.score.ScoreRecorder}
 *       per group (touchpoint, channel, any {@link dev.cxkit.scorecard.GroupKey}) with a
 *       bound on groups and the caller's {@link dev.cxkit.live.GroupOverflow} policy;
 *       snapshots are {@link dev.cxkit.scorecard.GroupedScores}, so a scorecard reads them.
 *   <li>{@link dev.cxkit.live.RollingWindow}: the last N minutes, hours or days of interval
 *       snapshots, aligned to a zone's calendar, with an injectable clock;
 *       {@link dev.cxkit.live.LiveScores} ties a grouped recorder to its windows.
 *   <li>{@link dev.cxkit.live.ServiceTimeRecorder}: waiting and handling times per
 *       touchpoint with percentiles.
 * </ul>
 *
 * <p><b>HdrHistogram in cx-core.</b> Service times are recorded with HdrHistogram
 * (org.hdrhistogram:HdrHistogram), and the weighted score recorder uses its
 * {@code WriterReaderPhaser}. It is a dependency of cx-core, besides Guava, SLF4J and
 * Hipparchus, for three reasons: it is small (one jar of about 180 KB) with no dependencies of
 * its own, so it keeps cx-core light, which is why heavy libraries live in their own modules;
 * recording live durations and shipping their histograms across a fleet is useful without
 * any metrics library, so it belongs to the core rather than to cx-micrometer; and Micrometer
 * itself depends on the same HdrHistogram, so a service exporting metrics gets no extra jar.
 *
 * <p>Writers never take a lock on a known group; readers are serialized among themselves and
 * never stop writers. Results are immutable and thread-safe.
 */
package dev.cxkit.live;
