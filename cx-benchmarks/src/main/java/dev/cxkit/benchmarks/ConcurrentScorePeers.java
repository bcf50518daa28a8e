package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.score.WeightedScoreRecorder;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hand-written ways a service would share NPS counts between threads without cxkit's
 * recorder, each recording a score (checked against the scale, as the recorder does) and
 * giving interval snapshots to a reader, so that the benchmark compares like with like.
 */
final class ConcurrentScorePeers {

    private ConcurrentScorePeers() {}

    /** Something writers record scores into and a reader takes interval snapshots of. */
    interface Intervals {
        void record(int score);

        ScoreHistogram intervalSnapshot();
    }

    /** cxkit's recorder behind the same interface (the benchmark calls it directly). */
    static Intervals of(ScoreRecorder recorder) {
        return new Intervals() {
            @Override
            public void record(int score) {
                recorder.record(score);
            }

            @Override
            public ScoreHistogram intervalSnapshot() {
                return recorder.intervalSnapshot();
            }
        };
    }

    /** cxkit's weighted recorder, recording weight 1, its intervals read unweighted. */
    static Intervals of(WeightedScoreRecorder recorder) {
        return new Intervals() {
            @Override
            public void record(int score) {
                recorder.record(score, 1);
            }

            @Override
            public ScoreHistogram intervalSnapshot() {
                return recorder.intervalSnapshot().unweighted();
            }
        };
    }

    /** A {@link ScoreAccumulator} behind one lock, swapped for a fresh one at each interval. */
    static final class SynchronizedScores implements Intervals {
        private final Object lock = new Object();
        private ScoreAccumulator accumulator = ScoreAccumulator.create(Scale.NPS);

        @Override
        public void record(int score) {
            synchronized (lock) {
                accumulator.add(score);
            }
        }

        @Override
        public ScoreHistogram intervalSnapshot() {
            ScoreAccumulator full;
            synchronized (lock) {
                full = accumulator;
                accumulator = ScoreAccumulator.create(Scale.NPS);
            }
            return full.snapshot();
        }
    }

    /** One {@link LongAdder} per score; intervals are differences of cumulative sums. */
    static final class AdderScores implements Intervals {
        private final LongAdder[] adders = new LongAdder[Scale.NPS.points()];
        private final long[] reported = new long[adders.length];

        AdderScores() {
            for (int i = 0; i < adders.length; i++) {
                adders[i] = new LongAdder();
            }
        }

        @Override
        public void record(int score) {
            adders[Scale.NPS.check(score, "score")].increment();
        }

        @Override
        public synchronized ScoreHistogram intervalSnapshot() {
            long[] interval = new long[adders.length];
            for (int i = 0; i < adders.length; i++) {
                long sum = adders[i].sum();
                interval[i] = sum - reported[i];
                reported[i] = sum;
            }
            return ScoreHistogram.of(Scale.NPS, interval);
        }
    }

    /** One {@link AtomicLongArray} of counts shared by every thread, unstriped. */
    static final class AtomicArrayScores implements Intervals {
        private final AtomicLongArray counts = new AtomicLongArray(Scale.NPS.points());
        private final long[] reported = new long[counts.length()];

        @Override
        public void record(int score) {
            counts.getAndIncrement(Scale.NPS.check(score, "score"));
        }

        @Override
        public synchronized ScoreHistogram intervalSnapshot() {
            long[] interval = new long[reported.length];
            for (int i = 0; i < reported.length; i++) {
                long sum = counts.get(i);
                interval[i] = sum - reported[i];
                reported[i] = sum;
            }
            return ScoreHistogram.of(Scale.NPS, interval);
        }
    }
}
