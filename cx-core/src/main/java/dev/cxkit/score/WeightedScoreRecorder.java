package dev.cxkit.score;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.WriterReaderPhaser;

/**
 * A thread-safe recorder of weighted scores on one {@link Scale}: any number of threads
 * {@link #record(int, double) record} a score with its survey weight while a reader takes
 * {@link #intervalSnapshot() interval snapshots} and {@link #snapshot() running totals} as the
 * immutable {@link WeightedScoreHistogram}.
 *
 * <p><b>Design.</b> A weighted record updates three cells (the count, the weight sum and the
 * squared-weight sum of its score) that must land in the same interval, so the recorder
 * double-buffers them behind HdrHistogram's {@link WriterReaderPhaser}, the pattern of
 * HdrHistogram's {@code Recorder} (Gil Tene, "WriterReaderPhaser: A story about a new (?)
 * synchronization primitive", 2014). A writer enters a critical section (one atomic
 * increment), adds to the <em>active</em> buffer and leaves it (one atomic add). The reader
 * swaps the active buffer for an empty one and flips the phase, which waits only for the
 * writers that entered before the flip to leave; it then owns the old buffer alone, reads it
 * into the interval and clears it. Every record lies in exactly one buffer of one phase, so
 * every record is in exactly one interval, its three cells together.
 *
 * <p><b>Writers</b> never block and never wait for the reader; counts are added with one
 * atomic add, weight sums with a compare-and-set loop (a double has no atomic add), which
 * retries only when another thread updates the same score at the same moment: lock-free, and
 * allocation-free. They share the phaser's counters, so under heavy contention this recorder
 * is slower than the unweighted {@link ScoreRecorder}. A score off the scale or a negative or
 * non-finite weight is rejected with an {@link IllegalArgumentException} before anything is
 * recorded. <b>Readers</b> are serialized by the phaser's reader lock.
 *
 * <p>Counts are exact; weight sums are {@code double} sums, exact up to rounding as in
 * {@link WeightedScoreAccumulator}.
 */
public final class WeightedScoreRecorder {

    private final Scale scale;
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private volatile Buffer active;
    /** The spare buffer, empty; touched by the reader only, under the phaser's reader lock. */
    private Buffer inactive;

    /** Drained but not yet reported in an interval; guarded by the phaser's reader lock. */
    private final Sums pending;
    /** Everything drained so far; guarded by the phaser's reader lock. */
    private final Sums total;

    /** Counts and weight sums (as raw long bits) per score. */
    private static final class Buffer {
        final AtomicLongArray counts;
        final AtomicLongArray weights;
        final AtomicLongArray squaredWeights;

        Buffer(int points) {
            counts = new AtomicLongArray(points);
            weights = new AtomicLongArray(points);
            squaredWeights = new AtomicLongArray(points);
        }

        void add(int index, double weight) {
            counts.getAndIncrement(index);
            addDouble(weights, index, weight);
            addDouble(squaredWeights, index, weight * weight);
        }

        private static void addDouble(AtomicLongArray cells, int index, double value) {
            long previous;
            long next;
            do {
                previous = cells.get(index);
                next = Double.doubleToRawLongBits(Double.longBitsToDouble(previous) + value);
            } while (!cells.compareAndSet(index, previous, next));
        }

        /** Moves this buffer's sums into {@code first} and {@code second} and clears it. */
        void drainInto(Sums first, Sums second) {
            for (int i = 0; i < counts.length(); i++) {
                long count = counts.getAndSet(i, 0);
                double weight = Double.longBitsToDouble(weights.getAndSet(i, 0));
                double squared = Double.longBitsToDouble(squaredWeights.getAndSet(i, 0));
                first.add(i, count, weight, squared);
                second.add(i, count, weight, squared);
            }
        }
    }

    /** Plain sums per score, owned by the reader. */
    private static final class Sums {
        final long[] counts;
        final double[] weights;
        final double[] squaredWeights;

        Sums(int points) {
            counts = new long[points];
            weights = new double[points];
            squaredWeights = new double[points];
        }

        void add(int index, long count, double weight, double squared) {
            counts[index] = Math.addExact(counts[index], count);
            weights[index] += weight;
            squaredWeights[index] += squared;
        }

        WeightedScoreHistogram snapshot(Scale scale) {
            return new WeightedScoreHistogram(scale, counts.clone(), weights.clone(),
                    squaredWeights.clone());
        }

        void clear() {
            Arrays.fill(counts, 0);
            Arrays.fill(weights, 0);
            Arrays.fill(squaredWeights, 0);
        }
    }

    private WeightedScoreRecorder(Scale scale) {
        this.scale = scale;
        this.active = new Buffer(scale.points());
        this.inactive = new Buffer(scale.points());
        this.pending = new Sums(scale.points());
        this.total = new Sums(scale.points());
    }

    /** An empty recorder for weighted scores on {@code scale}. */
    public static WeightedScoreRecorder create(Scale scale) {
        return new WeightedScoreRecorder(Objects.requireNonNull(scale, "scale"));
    }

    /** The scale of the scores. */
    public Scale scale() {
        return scale;
    }

    /**
     * Records one score with survey weight {@code weight}. Lock-free and allocation-free; safe
     * from any thread.
     *
     * @throws IllegalArgumentException when the score is off the scale or the weight negative
     *     or not finite; nothing is recorded
     */
    public void record(int score, double weight) {
        int index = scale.check(score, "score") - scale.min();
        recordAt(index, Scales.checkWeight(weight, "weight"));
    }

    /**
     * Records a response's score with its survey weight; its scale must be this recorder's.
     *
     * @throws IllegalArgumentException when the response is on another scale
     */
    public void record(SurveyResponse response) {
        Scales.requireSame(scale, Objects.requireNonNull(response, "response").scale());
        recordAt(response.score() - scale.min(), response.weight());
    }

    private void recordAt(int index, double weight) {
        long phase = phaser.writerCriticalSectionEnter();
        try {
            active.add(index, weight);
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
    }

    /**
     * The weighted scores recorded since the previous call (since creation on the first call).
     * The intervals of successive calls add up to everything recorded: counts exactly, weights
     * up to floating-point rounding.
     */
    public WeightedScoreHistogram intervalSnapshot() {
        phaser.readerLock();
        try {
            drain();
            WeightedScoreHistogram interval = pending.snapshot(scale);
            pending.clear();
            return interval;
        } finally {
            phaser.readerUnlock();
        }
    }

    /** Every weighted score recorded since creation; does not change the next interval. */
    public WeightedScoreHistogram snapshot() {
        phaser.readerLock();
        try {
            drain();
            return total.snapshot(scale);
        } finally {
            phaser.readerUnlock();
        }
    }

    /** Swaps the buffers, waits for the old phase's writers, and drains the old buffer. */
    private void drain() {
        Buffer old = active;
        active = inactive;
        phaser.flipPhase();
        old.drainInto(pending, total);
        inactive = old;
    }

    @Override
    public String toString() {
        return "WeightedScoreRecorder{" + scale + "}";
    }
}
