package dev.cxkit.benchmarks;

import dev.cxkit.survival.KaplanMeier;

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
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A Kaplan-Meier curve from duration and event columns: customer tenures in whole days (so
 * durations tie, as real ones do), about 70 % ending in churn and the rest censored. cxkit's
 * columnar {@link KaplanMeier#fit} beside a hand-written {@code TreeMap} peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KaplanMeierBenchmark {

    /** Mean tenure in days of the exponential the durations are drawn from. */
    private static final double MEAN_TENURE_DAYS = 400;

    @Param("10000000")
    int subjects;

    private double[] durations;
    private boolean[] events;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        SplittableRandom random = new SplittableRandom(SyntheticSurvey.SEED);
        durations = new double[subjects];
        events = new boolean[subjects];
        for (int i = 0; i < subjects; i++) {
            durations[i] = Math.floor(-MEAN_TENURE_DAYS * Math.log(1 - random.nextDouble()));
            events[i] = random.nextInt(10) < 7;
        }
        Agreement.requireSame(
                "the TreeMap Kaplan-Meier", PlainKaplanMeier.table(cxkit()), treeMapPeer());
    }

    @Benchmark
    public KaplanMeier cxkit() {
        return KaplanMeier.fit(durations, events);
    }

    @Benchmark
    public List<PlainKaplanMeier.Row> treeMapPeer() {
        return PlainKaplanMeier.table(durations, events);
    }
}
