package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

class ScoreRecorderTest {

    @Test
    void intervalsHoldWhatWasRecordedSinceTheLastOne() {
        ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS);
        recorder.record(10);
        recorder.record(10);
        recorder.record(0);
        assertThat(recorder.intervalSnapshot())
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2));
        recorder.record(7, 5);
        assertThat(recorder.intervalSnapshot())
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0));
        assertThat(recorder.intervalSnapshot().isEmpty()).isTrue();
        assertThat(recorder.snapshot())
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 1, 0, 0, 0, 0, 0, 0, 5, 0, 0, 2));
        // The running total does not consume the interval.
        recorder.record(9);
        assertThat(recorder.snapshot().n()).isEqualTo(9);
        assertThat(recorder.intervalSnapshot().n()).isEqualTo(1);
    }

    @Test
    void offScaleScoresAreRejectedAndChangeNoCount() {
        ScoreRecorder recorder = ScoreRecorder.create(Scale.CSAT);
        recorder.record(5);
        assertThatThrownBy(() -> recorder.record(6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("score must be in 1..5 on scale 'csat', was 6");
        assertThatThrownBy(() -> recorder.record(0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recorder.record(3, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be >= 0, was -1");
        assertThatThrownBy(
                        () -> recorder.record(SurveyResponse.of("c1", Instant.EPOCH, Scale.NPS, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale must be csat 1..5");
        assertThat(recorder.snapshot()).isEqualTo(ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 0, 1));
    }

    @Test
    void responsesCountUnweighted() {
        ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS, 1);
        recorder.record(SurveyResponse.of("c1", Instant.EPOCH, Scale.NPS, 9).withWeight(3));
        assertThat(recorder.snapshot().count(9)).isEqualTo(1);
        assertThatThrownBy(() -> ScoreRecorder.create(Scale.NPS, 3))
                .hasMessage("stripes must be a power of two in 1..64, was 3");
        assertThat(ScoreRecorder.create(Scale.NPS).stripes()).isBetween(2, 64);
    }

    /**
     * Writers record known multisets while the reader takes interval and running snapshots in
     * a loop; the intervals must add up to the multisets exactly, and the running totals must
     * never fall behind the intervals.
     */
    @Test
    void intervalsAddUpExactlyUnderConcurrentWriters() {
        Property.check("recorder intervals add up to the recorded multiset", 50, trial -> {
            int threads = trial.intIn(2, 4);
            int perThread = trial.intIn(1, 50_000);
            int stripes = 1 << trial.intIn(0, 3);
            ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS, stripes);
            int[][] scores = drawScores(trial, threads, perThread);
            long[] expected = countsOf(scores);
            ScoreAccumulator sum = ScoreAccumulator.create(Scale.NPS);
            runWriters(
                    threads,
                    t -> {
                        for (int score : scores[t]) {
                            recorder.record(score);
                        }
                    },
                    () -> {
                        sum.merge(recorder.intervalSnapshot());
                        assertThat(recorder.snapshot().n()).isGreaterThanOrEqualTo(sum.n());
                    });
            sum.merge(recorder.intervalSnapshot());
            assertThat(sum.snapshot()).isEqualTo(ScoreHistogram.of(Scale.NPS, expected));
            assertThat(recorder.snapshot()).isEqualTo(sum.snapshot());
        });
    }

    @Test
    void weightedIntervalsKeepEachRecordWhole() {
        // Every score has its own dyadic weight, so sums are exact and, in every interval,
        // weight(s) = count(s) w_s and squaredWeight(s) = count(s) w_s^2 unless a record was
        // split between intervals.
        Property.check("weighted intervals keep count and weights together", 20, trial -> {
            int threads = trial.intIn(2, 4);
            int perThread = trial.intIn(1, 10_000);
            WeightedScoreRecorder recorder = WeightedScoreRecorder.create(Scale.NPS);
            int[][] scores = drawScores(trial, threads, perThread);
            long[] expected = countsOf(scores);
            List<WeightedScoreHistogram> intervals = new ArrayList<>();
            runWriters(
                    threads,
                    t -> {
                        for (int score : scores[t]) {
                            recorder.record(score, weightOf(score));
                        }
                    },
                    () -> intervals.add(recorder.intervalSnapshot()));
            intervals.add(recorder.intervalSnapshot());
            WeightedScoreAccumulator sum = WeightedScoreAccumulator.create(Scale.NPS);
            for (WeightedScoreHistogram interval : intervals) {
                for (int score = 0; score <= 10; score++) {
                    double w = weightOf(score);
                    assertThat(interval.weight(score)).isEqualTo(interval.count(score) * w);
                    assertThat(interval.squaredWeight(score))
                            .isEqualTo(interval.count(score) * w * w);
                }
                sum.merge(interval);
            }
            assertThat(sum.snapshot().unweighted())
                    .isEqualTo(ScoreHistogram.of(Scale.NPS, expected));
            assertThat(recorder.snapshot()).isEqualTo(sum.snapshot());
        });
    }

    @Test
    void weightedRecorderRejectsBadWeightsWithoutRecording() {
        WeightedScoreRecorder recorder = WeightedScoreRecorder.create(Scale.NPS);
        recorder.record(SurveyResponse.of("c1", Instant.EPOCH, Scale.NPS, 9).withWeight(2));
        assertThatThrownBy(() -> recorder.record(9, Double.NaN))
                .hasMessageStartingWith("weight must be 0 or in [1.0E-100, 1.0E100]")
                .hasMessageEndingWith(", was NaN");
        assertThatThrownBy(() -> recorder.record(11, 1))
                .isInstanceOf(IllegalArgumentException.class);
        WeightedScoreHistogram total = recorder.snapshot();
        assertThat(total.n()).isEqualTo(1);
        assertThat(total.weight(9)).isEqualTo(2);
        assertThat(recorder.intervalSnapshot()).isEqualTo(total);
        assertThat(recorder.intervalSnapshot().n()).isZero();
    }

    @Test
    void recordingAllocatesNothing() {
        java.lang.management.ThreadMXBean bean =
                java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                bean instanceof com.sun.management.ThreadMXBean,
                "the JVM reports allocation per thread");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        @SuppressWarnings("deprecation") // Thread.getId: threadId() needs Java 19
        long self = Thread.currentThread().getId();
        ScoreRecorder recorder = ScoreRecorder.create(Scale.NPS);
        for (int i = 0; i < 200_000; i++) {
            recorder.record(i % 11);
        }
        long before = threads.getThreadAllocatedBytes(self);
        for (int i = 0; i < 1_000_000; i++) {
            recorder.record(i % 11);
            recorder.record(i % 11, 2);
        }
        long allocated = threads.getThreadAllocatedBytes(self) - before;
        assertThat(allocated).as("bytes allocated by 2,000,000 records").isLessThan(1024);
        assertThat(recorder.snapshot().n()).isEqualTo(3_200_000);
    }

    /** {@code perThread} random NPS scores for each of {@code threads} writers. */
    static int[][] drawScores(Property.Trial trial, int threads, int perThread) {
        int[][] scores = new int[threads][];
        for (int t = 0; t < threads; t++) {
            scores[t] = trial.intsIn(perThread, 0, 10);
        }
        return scores;
    }

    /** The count of each NPS score over all writers' scores. */
    static long[] countsOf(int[][] scores) {
        long[] counts = new long[11];
        for (int[] thread : scores) {
            for (int score : thread) {
                counts[score]++;
            }
        }
        return counts;
    }

    private static double weightOf(int score) {
        return (score + 1) / 4.0;
    }

    interface Writer {
        void run(int thread);
    }

    /** Starts {@code threads} writers together and runs {@code reader} until they finish. */
    static void runWriters(int threads, Writer writer, Runnable reader) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    writer.run(thread);
                } catch (Throwable failure) {
                    synchronized (failures) {
                        failures.add(failure);
                    }
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        start.countDown();
        while (done.getCount() > 0) {
            reader.run();
            Thread.onSpinWait();
        }
        done.await();
        assertThat(failures).isEmpty();
    }
}
