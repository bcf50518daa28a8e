package dev.cxkit.score;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A thread-safe recorder of scores on one {@link Scale} for a running service: any number of
 * threads {@link #record(int) record} scores while a reader takes {@link #intervalSnapshot()
 * interval snapshots} (everything recorded since the previous one) and {@link #snapshot()
 * running totals}, both as the immutable {@link ScoreHistogram} every metric reads. It is to
 * survey scores what HdrHistogram's {@code Recorder} is to latencies.
 *
 * <p><b>Design.</b> A record is one score, that is one increment of one count, so the recorder
 * needs no phase flip: every count is a monotonic {@code long} cell that writers only ever
 * increase with a single atomic add ({@link AtomicLongArray#getAndAdd}). The cells are
 * striped as in {@link java.util.concurrent.atomic.LongAdder}: each thread adds to the stripe
 * its thread id selects, and stripes sit on separate cache lines, so writers on different
 * cores rarely touch the same line. The reader sums the stripes per score into cumulative
 * counts {@code C_k} and reports the interval {@code C_k - C_(k-1)}. This is exact, with no
 * record lost or counted twice: each record is one atomic add to one cell, which the reader's
 * read of that cell either sees (the record is in this interval) or does not (it is in a
 * later one, since the cell only grows and the next read sees it); the intervals telescope to
 * the last cumulative read. The weighted recorder, whose record updates three cells that must
 * land in the same interval, uses HdrHistogram's writer-reader phaser instead
 * ({@link WeightedScoreRecorder}).
 *
 * <p><b>Writers</b> are wait-free where the platform's atomic add is (x86 {@code LOCK XADD},
 * ARMv8.1 {@code LDADD}): no lock, no retry loop, no allocation. A score off the scale is
 * rejected with an {@link IllegalArgumentException} naming it before any cell is touched, so
 * a bad score never changes a count. <b>Readers</b> never stop the writers; the two snapshot
 * methods are serialized with each other by a lock that writers never take. An interval
 * snapshot is not an instant's cut across scores (a score recorded while the reader sums may
 * land in this interval or the next), which is what any non-blocking recorder offers.
 *
 * <p>Memory: {@link #stripes()} stripes of {@code points + 16} longs (216 bytes per stripe on
 * the NPS scale). Counts are {@code long}s; they would overflow after 2^63 records.
 */
public final class ScoreRecorder {

    /** Longs between two stripes' counts: two cache lines of padding at 64 bytes a line. */
    private static final int PADDING = 16;

    private static final int MAX_STRIPES = 64;

    private final Scale scale;
    private final int points;
    private final int stride;
    private final int mask;
    private final AtomicLongArray cells;

    private final Object readLock = new Object();
    /** The cumulative counts at the last interval snapshot; guarded by {@link #readLock}. */
    private final long[] reported;

    private ScoreRecorder(Scale scale, int stripes) {
        this.scale = scale;
        this.points = scale.points();
        this.stride = points + PADDING;
        this.mask = stripes - 1;
        this.cells = new AtomicLongArray(PADDING + stripes * stride);
        this.reported = new long[points];
    }

    /**
     * {@return an empty recorder for scores on {@code scale}, with twice as many stripes as
     * available processors (rounded up to a power of two, at most 64)}
     *
     * @param scale the scale the scores lie on
     */
    public static ScoreRecorder create(Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return new ScoreRecorder(scale, defaultStripes());
    }

    /** Twice the available processors, rounded up to a power of two, at most 64. */
    static int defaultStripes() {
        int wanted = 2 * Runtime.getRuntime().availableProcessors();
        return Math.min(MAX_STRIPES, Integer.highestOneBit(Math.max(1, wanted - 1)) << 1);
    }

    /**
     * {@return an empty recorder for scores on {@code scale} with {@code stripes} stripes, a power
     * of two in 1..64: one stripe suits a recorder few threads write, more spread contention}
     *
     * @param scale the scale the scores lie on
     * @param stripes the number of stripes, a power of two
     * @throws IllegalArgumentException when {@code stripes} is not a power of two in 1..64
     */
    public static ScoreRecorder create(Scale scale, int stripes) {
        Objects.requireNonNull(scale, "scale");
        checkArgument(
                stripes >= 1 && stripes <= MAX_STRIPES && Integer.bitCount(stripes) == 1,
                "stripes must be a power of two in 1.." + MAX_STRIPES + ", was %s",
                stripes);
        return new ScoreRecorder(scale, stripes);
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /** {@return number of stripes the counts are spread over} */
    public int stripes() {
        return mask + 1;
    }

    /**
     * Records one score. Wait-free and allocation-free; safe from any thread.
     *
     * @param score a score on the scale
     * @throws IllegalArgumentException when {@code score} is off the scale; nothing is recorded
     */
    public void record(int score) {
        cells.getAndIncrement(cell(scale.check(score, "score")));
    }

    /**
     * Records {@code count} responses of score {@code score} at once (a batch counted
     * elsewhere). Wait-free and allocation-free.
     *
     * @param score a score on the scale
     * @param count the number of responses, {@code >= 0}
     * @throws IllegalArgumentException when {@code score} is off the scale or {@code count} is
     *     negative; nothing is recorded
     */
    public void record(int score, long count) {
        int index = cell(scale.check(score, "score"));
        checkArgument(count >= 0, "count must be >= 0, was %s", count);
        cells.getAndAdd(index, count);
    }

    /**
     * Records a response's score; its scale must be this recorder's. The survey weight is
     * ignored (use {@link WeightedScoreRecorder} for weighted surveys).
     *
     * @param response the survey response, on this scale
     * @throws IllegalArgumentException when the response is on another scale
     */
    public void record(SurveyResponse response) {
        Scales.requireSame(scale, Objects.requireNonNull(response, "response").scale());
        cells.getAndIncrement(cell(response.score()));
    }

    /**
     * {@return the scores recorded since the previous call (since creation on the first call)} The
     * intervals of successive calls add up exactly to everything recorded.
     */
    public ScoreHistogram intervalSnapshot() {
        synchronized (readLock) {
            long[] cumulative = cumulativeCounts();
            long[] interval = new long[points];
            for (int i = 0; i < points; i++) {
                interval[i] = cumulative[i] - reported[i];
                reported[i] = cumulative[i];
            }
            return new ScoreHistogram(scale, interval);
        }
    }

    /**
     * {@return every score recorded since creation; does not change what the next interval holds}
     */
    public ScoreHistogram snapshot() {
        synchronized (readLock) {
            return new ScoreHistogram(scale, cumulativeCounts());
        }
    }

    private long[] cumulativeCounts() {
        long[] counts = new long[points];
        for (int stripe = 0; stripe <= mask; stripe++) {
            int base = PADDING + stripe * stride;
            for (int i = 0; i < points; i++) {
                counts[i] += cells.get(base + i);
            }
        }
        return counts;
    }

    /** The cell of {@code score} (on the scale) in the calling thread's stripe. */
    @SuppressWarnings("deprecation") // Thread.getId: threadId() needs Java 19
    private int cell(int score) {
        int stripe = (int) Thread.currentThread().getId() & mask;
        return PADDING + stripe * stride + score - scale.min();
    }

    @Override
    public String toString() {
        return "ScoreRecorder{" + scale + ", stripes=" + stripes() + "}";
    }
}
