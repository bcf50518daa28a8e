package dev.cxkit.score;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.HdrHistogram.WriterReaderPhaser;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLongArray;

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
 * every record is in exactly one interval, its three cells together. As in
 * {@link ScoreRecorder}, the writers are spread over stripes by thread id, each stripe with
 * its own phaser and buffers on their own cache lines, so that writers on different cores
 * rarely touch the same line; the reader flips the stripes one after the other.
 *
 * <p><b>Writers</b> never block and never wait for the reader; counts are added with one
 * atomic add, weight sums with a compare-and-set loop (a double has no atomic add), which
 * retries only when another thread updates the same score at the same moment: lock-free, and
 * allocation-free. A record costs five atomic operations against the unweighted
 * {@link ScoreRecorder}'s one, so it is several times slower (see BENCHMARKS.md). A score off
 * the scale or a negative or
 * non-finite weight is rejected with an {@link IllegalArgumentException} before anything is
 * recorded. <b>Readers</b> are serialized by a lock that writers never take.
 *
 * <p>Counts are exact; weight sums are {@code double} sums, exact up to rounding as in
 * {@link WeightedScoreAccumulator}.
 */
public final class WeightedScoreRecorder {

    /** Longs of padding at each end of a buffer: two cache lines of 64 bytes. */
    private static final int PADDING = 16;

    private final Scale scale;
    private final Stripe[] stripes;
    private final int mask;
    private final Object readLock = new Object();

    /** Drained but not yet reported in an interval; guarded by {@link #readLock}. */
    private final Sums pending;
    /** Everything drained so far; guarded by {@link #readLock}. */
    private final Sums total;

    /** One stripe: its phaser and its two buffers. */
    private static final class Stripe {
        final WriterReaderPhaser phaser = new WriterReaderPhaser();
        /** Keeps the next stripe's phaser off this one's cache line. */
        final long[] padding = new long[PADDING];

        volatile Buffer active;
        /** The spare buffer, empty; touched by the reader only, under the phaser's lock. */
        Buffer inactive;

        Stripe(int points) {
            active = new Buffer(points);
            inactive = new Buffer(points);
        }
    }

    /**
     * Counts, weight sums and squared-weight sums (as raw long bits) per score, in one padded
     * array: counts at {@code PADDING + i}, weights {@code points} further, squared weights
     * {@code 2 points} further.
     */
    private static final class Buffer {
        final int points;
        final AtomicLongArray cells;

        Buffer(int points) {
            this.points = points;
            this.cells = new AtomicLongArray(3 * points + 2 * PADDING);
        }

        void add(int index, double weight) {
            cells.getAndIncrement(PADDING + index);
            addDouble(PADDING + points + index, weight);
            addDouble(PADDING + 2 * points + index, weight * weight);
        }

        private void addDouble(int cell, double value) {
            long previous;
            long next;
            do {
                previous = cells.get(cell);
                next = Double.doubleToRawLongBits(Double.longBitsToDouble(previous) + value);
            } while (!cells.compareAndSet(cell, previous, next));
        }

        /** Moves this buffer's sums into {@code first} and {@code second} and clears it. */
        void drainInto(Sums first, Sums second) {
            for (int i = 0; i < points; i++) {
                long count = cells.getAndSet(PADDING + i, 0);
                double weight = Double.longBitsToDouble(cells.getAndSet(PADDING + points + i, 0));
                double squared =
                        Double.longBitsToDouble(cells.getAndSet(PADDING + 2 * points + i, 0));
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
            counts[index] += count; // recorded one at a time: far from a long's limit
            weights[index] += weight;
            squaredWeights[index] += squared;
        }

        WeightedScoreHistogram snapshot(Scale scale) {
            return new WeightedScoreHistogram(
                    scale, counts.clone(), weights.clone(), squaredWeights.clone());
        }

        void clear() {
            Arrays.fill(counts, 0);
            Arrays.fill(weights, 0);
            Arrays.fill(squaredWeights, 0);
        }
    }

    private WeightedScoreRecorder(Scale scale, int stripeCount) {
        this.scale = scale;
        this.stripes = new Stripe[stripeCount];
        for (int i = 0; i < stripeCount; i++) {
            stripes[i] = new Stripe(scale.points());
        }
        this.mask = stripeCount - 1;
        this.pending = new Sums(scale.points());
        this.total = new Sums(scale.points());
    }

    /**
     * {@return an empty recorder for weighted scores on {@code scale}}
     *
     * @param scale the scale the scores lie on
     */
    public static WeightedScoreRecorder create(Scale scale) {
        return new WeightedScoreRecorder(
                Objects.requireNonNull(scale, "scale"), ScoreRecorder.defaultStripes());
    }

    /** {@return the scale of the scores} */
    public Scale scale() {
        return scale;
    }

    /**
     * Records one score with survey weight {@code weight}. Lock-free and allocation-free; safe
     * from any thread.
     *
     * @param score a score on the scale
     * @param weight the survey weight, 0 or in [{@value SurveyResponse#MIN_WEIGHT},
     *     {@value SurveyResponse#MAX_WEIGHT}] ({@link SurveyResponse#isValidWeight(double)})
     * @throws IllegalArgumentException when the score is off the scale or the weight out of
     *     that range; nothing is recorded
     */
    public void record(int score, double weight) {
        int index = scale.check(score, "score") - scale.min();
        recordAt(index, Scales.checkWeight(weight));
    }

    /**
     * Records a response's score with its survey weight; its scale must be this recorder's.
     *
     * @param response the survey response, on this scale
     * @throws IllegalArgumentException when the response is on another scale
     */
    public void record(SurveyResponse response) {
        Scales.requireSame(scale, Objects.requireNonNull(response, "response").scale());
        recordAt(response.score() - scale.min(), response.weight());
    }

    @SuppressWarnings("deprecation") // Thread.getId: threadId() needs Java 19
    private void recordAt(int index, double weight) {
        Stripe stripe = stripes[(int) Thread.currentThread().getId() & mask];
        long phase = stripe.phaser.writerCriticalSectionEnter();
        try {
            stripe.active.add(index, weight);
        } finally {
            stripe.phaser.writerCriticalSectionExit(phase);
        }
    }

    /**
     * {@return the weighted scores recorded since the previous call (since creation on the first
     * call)} The intervals of successive calls add up to everything recorded: counts exactly,
     * weights up to floating-point rounding.
     */
    public WeightedScoreHistogram intervalSnapshot() {
        synchronized (readLock) {
            drain();
            WeightedScoreHistogram interval = pending.snapshot(scale);
            pending.clear();
            return interval;
        }
    }

    /** {@return every weighted score recorded since creation; does not change the next interval} */
    public WeightedScoreHistogram snapshot() {
        synchronized (readLock) {
            drain();
            return total.snapshot(scale);
        }
    }

    /**
     * Per stripe: swaps the buffers, waits for the writers of the old phase, and drains the
     * old buffer.
     */
    private void drain() {
        for (Stripe stripe : stripes) {
            stripe.phaser.readerLock();
            try {
                Buffer old = stripe.active;
                stripe.active = stripe.inactive;
                stripe.phaser.flipPhase();
                old.drainInto(pending, total);
                stripe.inactive = old;
            } finally {
                stripe.phaser.readerUnlock();
            }
        }
    }

    /** {@return number of stripes the writers are spread over} */
    public int stripes() {
        return stripes.length;
    }

    @Override
    public String toString() {
        return "WeightedScoreRecorder{" + scale + "}";
    }
}
