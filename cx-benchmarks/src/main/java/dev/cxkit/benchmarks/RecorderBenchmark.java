package dev.cxkit.benchmarks;

import dev.cxkit.benchmarks.ConcurrentScorePeers.AdderScores;
import dev.cxkit.benchmarks.ConcurrentScorePeers.AtomicArrayScores;
import dev.cxkit.benchmarks.ConcurrentScorePeers.Intervals;
import dev.cxkit.benchmarks.ConcurrentScorePeers.SynchronizedScores;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.ScoreRecorder;
import dev.cxkit.score.WeightedScoreRecorder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Recording scores from 1, 2 and 4 threads at once while a reader thread takes an interval
 * snapshot every millisecond: {@link ScoreRecorder#record(int)} against a {@code synchronized}
 * {@link ScoreAccumulator}, one {@code LongAdder} per score and one shared
 * {@code AtomicLongArray}; and {@link WeightedScoreRecorder#record(int, double)} for scale. Throughput is the total over the writer threads, in records per
 * microsecond. Each trial first checks that every implementation's intervals equal the
 * accumulator's histogram of the same scores.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RecorderBenchmark {

    /** Scores each writer cycles through: a fixed pseudo-random NPS column. */
    @State(Scope.Thread)
    public static class Scores {
        private static final int MASK = 1023;
        private final byte[] scores = SyntheticSurvey.npsScores(MASK + 1);
        private int next;

        int next() {
            return scores[next++ & MASK];
        }
    }

    /** A reader that takes an interval snapshot every millisecond during the trial. */
    abstract static class WithReader {
        private Thread reader;
        private volatile boolean running;
        private long snapshots;
        private long recorded;

        abstract Intervals intervals();

        @Setup(Level.Trial)
        public void checkAndStartReader() {
            byte[] check = SyntheticSurvey.npsScores(10_000);
            for (byte score : check) {
                intervals().record(score);
            }
            Agreement.requireSame(
                    getClass().getSimpleName() + " interval",
                    ScoreAccumulator.create(Scale.NPS).addAll(check).snapshot(),
                    intervals().intervalSnapshot());
            running = true;
            reader = new Thread(
                    () -> {
                        while (running) {
                            ScoreHistogram interval = intervals().intervalSnapshot();
                            recorded += interval.n();
                            snapshots++;
                            LockSupport.parkNanos(1_000_000);
                        }
                    },
                    "interval-reader");
            reader.setDaemon(true);
            reader.start();
        }

        @TearDown(Level.Trial)
        public void stopReader() throws InterruptedException {
            running = false;
            reader.join();
            System.out.printf(
                    "%n%s: %d interval snapshots read %d records%n",
                    getClass().getSimpleName(), snapshots, recorded);
        }
    }

    @State(Scope.Benchmark)
    public static class Recorder extends WithReader {
        final ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS);

        final Intervals intervals = ConcurrentScorePeers.of(recorder);

        @Override
        Intervals intervals() {
            return intervals;
        }
    }

    @State(Scope.Benchmark)
    public static class Weighted extends WithReader {
        final WeightedScoreRecorder recorder = WeightedScoreRecorder.create(Scale.NPS);
        final Intervals intervals = ConcurrentScorePeers.of(recorder);

        @Override
        Intervals intervals() {
            return intervals;
        }
    }

    @State(Scope.Benchmark)
    public static class Synchronized extends WithReader {
        final SynchronizedScores scores = new SynchronizedScores();

        @Override
        Intervals intervals() {
            return scores;
        }
    }

    @State(Scope.Benchmark)
    public static class Adders extends WithReader {
        final AdderScores scores = new AdderScores();

        @Override
        Intervals intervals() {
            return scores;
        }
    }

    @State(Scope.Benchmark)
    public static class AtomicArray extends WithReader {
        final AtomicArrayScores scores = new AtomicArrayScores();

        @Override
        Intervals intervals() {
            return scores;
        }
    }

    @Benchmark
    @Threads(1)
    public void recorder1(Recorder state, Scores scores) {
        state.recorder.record(scores.next());
    }

    @Benchmark
    @Threads(2)
    public void recorder2(Recorder state, Scores scores) {
        state.recorder.record(scores.next());
    }

    @Benchmark
    @Threads(4)
    public void recorder4(Recorder state, Scores scores) {
        state.recorder.record(scores.next());
    }

    @Benchmark
    @Threads(1)
    public void weighted1(Weighted state, Scores scores) {
        state.recorder.record(scores.next(), 1.5);
    }

    @Benchmark
    @Threads(2)
    public void weighted2(Weighted state, Scores scores) {
        state.recorder.record(scores.next(), 1.5);
    }

    @Benchmark
    @Threads(4)
    public void weighted4(Weighted state, Scores scores) {
        state.recorder.record(scores.next(), 1.5);
    }

    @Benchmark
    @Threads(1)
    public void synchronized1(Synchronized state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(2)
    public void synchronized2(Synchronized state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(4)
    public void synchronized4(Synchronized state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(1)
    public void longAdder1(Adders state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(2)
    public void longAdder2(Adders state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(4)
    public void longAdder4(Adders state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(1)
    public void atomicArray1(AtomicArray state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(2)
    public void atomicArray2(AtomicArray state, Scores scores) {
        state.scores.record(scores.next());
    }

    @Benchmark
    @Threads(4)
    public void atomicArray4(AtomicArray state, Scores scores) {
        state.scores.record(scores.next());
    }
}
