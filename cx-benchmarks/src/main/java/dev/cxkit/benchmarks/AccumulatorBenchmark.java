package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.SegmentedScoreAccumulator;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What crossing threads and processes costs: merging partial accumulators (one scale, and
 * {@code segments} segments) and the binary round trip of the plain and weighted histograms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AccumulatorBenchmark {

    private static final int RESPONSES = 100_000;

    @Param("1000")
    int segments;

    private final ScoreAccumulator[] halves = new ScoreAccumulator[2];
    private final SegmentedScoreAccumulator[] segmentedHalves = new SegmentedScoreAccumulator[2];
    private ScoreHistogram histogram;
    private WeightedScoreHistogram weightedHistogram;

    @Setup(Level.Trial)
    public void fillAndCheck() {
        byte[] scores = SyntheticSurvey.npsScores(RESPONSES);
        int[] segmentIds = SyntheticSurvey.segmentIds(RESPONSES, segments);
        double[] weights = new SplittableRandom(SyntheticSurvey.SEED)
                .doubles(RESPONSES, 0.2, 5)
                .toArray();
        int middle = RESPONSES / 2;
        for (int half = 0; half < 2; half++) {
            int from = half * middle;
            int to = half == 0 ? middle : RESPONSES;
            halves[half] = ScoreAccumulator.create(Scale.NPS).addAll(scores, from, to);
            segmentedHalves[half] = SegmentedScoreAccumulator.create(Scale.NPS, segments)
                    .addAll(scores, segmentIds, from, to);
        }
        histogram = ScoreAccumulator.create(Scale.NPS).addAll(scores).snapshot();
        weightedHistogram = WeightedScoreAccumulator.create(Scale.NPS)
                .addAll(scores, weights, 0, RESPONSES)
                .snapshot();

        Agreement.requireSame("merging halves", histogram, merge());
        Agreement.requireSame(
                "merging segmented halves",
                SegmentedScoreAccumulator.create(Scale.NPS, segments)
                        .addAll(scores, segmentIds, 0, RESPONSES)
                        .snapshot(),
                mergeSegmented().snapshot());
        Agreement.requireSame("the histogram's binary round trip", histogram, histogramRoundTrip());
        Agreement.requireSame(
                "the weighted histogram's binary round trip",
                weightedHistogram,
                weightedHistogramRoundTrip());
    }

    @Benchmark
    public ScoreHistogram merge() {
        return ScoreAccumulator.create(Scale.NPS)
                .merge(halves[0])
                .merge(halves[1])
                .snapshot();
    }

    @Benchmark
    public SegmentedScoreAccumulator mergeSegmented() {
        return SegmentedScoreAccumulator.create(Scale.NPS, segments)
                .merge(segmentedHalves[0])
                .merge(segmentedHalves[1]);
    }

    @Benchmark
    public ScoreHistogram histogramRoundTrip() {
        return ScoreHistogram.fromByteArray(histogram.toByteArray());
    }

    @Benchmark
    public WeightedScoreHistogram weightedHistogramRoundTrip() {
        return WeightedScoreHistogram.fromByteArray(weightedHistogram.toByteArray());
    }
}
