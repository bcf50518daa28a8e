package dev.cxkit.benchmarks;

import dev.cxkit.model.Scale;
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

import java.util.concurrent.TimeUnit;

/**
 * NPS over one {@code byte[]} score column: cxkit's columnar path beside the memory-scan
 * reference that only sums the same bytes. A full run adds {@code -p responses=100000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NpsColumnBenchmark {

    @Param({"1000", "1000000", "10000000"})
    int responses;

    private byte[] scores;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        scores = SyntheticSurvey.npsScores(responses);
        Agreement.requireSame(
                "the memory scan's sum of scores", MemoryScan.sumOf(columnar()), memoryScan());
    }

    @Benchmark
    public ScoreHistogram columnar() {
        return ScoreAccumulator.create(Scale.NPS).addAll(scores).snapshot();
    }

    @Benchmark
    public long memoryScan() {
        return MemoryScan.sum(scores, 0, scores.length);
    }
}
