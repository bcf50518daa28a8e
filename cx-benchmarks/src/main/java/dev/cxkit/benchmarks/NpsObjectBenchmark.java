package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;

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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * NPS over a {@code List<SurveyResponse>}: the accumulator's object API and its
 * {@code Collector}, beside {@code Collectors.groupingBy} into category counts and the memory
 * scan that only sums the responses' scores (what walking the objects costs). A full run adds
 * {@code -p objects=10000000} (about 1 GB of response objects).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NpsObjectBenchmark {

    @Param({"1000", "1000000"})
    int objects;

    private List<SurveyResponse> list;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        list = SyntheticSurvey.responses(SyntheticSurvey.npsScores(objects));
        ScoreHistogram histogram = objectApi();
        NpsCounts expected = NpsCounts.of(histogram);
        Agreement.requireSame("the Collector", expected, NpsCounts.of(collector()));
        Agreement.requireSame("Collectors.groupingBy", expected, streamsGroupingBy());
        Agreement.requireSame(
                "the memory scan's sum of scores", MemoryScan.sumOf(histogram), memoryScan());
    }

    @Benchmark
    public ScoreHistogram objectApi() {
        ScoreAccumulator accumulator = ScoreAccumulator.create(Scale.NPS);
        for (SurveyResponse response : list) {
            accumulator.add(response);
        }
        return accumulator.snapshot();
    }

    @Benchmark
    public ScoreHistogram collector() {
        return list.stream().collect(ScoreAccumulator.toHistogram(Scale.NPS));
    }

    @Benchmark
    public NpsCounts streamsGroupingBy() {
        return StreamsNps.of(list);
    }

    @Benchmark
    public long memoryScan() {
        long sum = 0;
        for (SurveyResponse response : list) {
            sum += response.score();
        }
        return sum;
    }
}
