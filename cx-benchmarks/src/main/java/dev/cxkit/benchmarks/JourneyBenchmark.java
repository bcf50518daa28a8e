package dev.cxkit.benchmarks;

import dev.cxkit.journey.Funnel;
import dev.cxkit.journey.FunnelAccumulator;
import dev.cxkit.journey.JourneyAssembler;
import dev.cxkit.journey.TouchpointCatalogue;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Stage;
import dev.cxkit.sample.SampleData;

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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Journeys and funnels over the seeded sample customer base: assembling every customer's
 * journey, and the stage funnel in one pass beside a hand-written {@code HashMap} of the stages
 * each customer reached. Run with {@code -prof gc}: the allocation per operation, divided by the
 * interactions, is the memory these paths cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JourneyBenchmark {

    @Param("100000")
    int sampleCustomers;

    private SampleData sample;
    private TouchpointCatalogue catalogue;

    @Setup(Level.Trial)
    public void generateAndCheck() {
        sample = SampleData.builder()
                .seed(SyntheticSurvey.SEED)
                .customers(sampleCustomers)
                .build();
        catalogue = TouchpointCatalogue.of(sample.stageModel(), sample.touchpoints());
        Funnel funnel = funnel();
        Map<Stage, Long> reached = new HashMap<>();
        for (Stage stage : sample.stageModel().stages()) {
            reached.put(stage, funnel.reached(stage));
        }
        Agreement.requireSame("the HashMap funnel", reached, hashMapFunnel());
        Agreement.requireSame("the assembled journeys' customers", (long) sampleCustomers, (long)
                assembleJourneys().journeys().size());
    }

    @Benchmark
    public JourneyAssembler.Assembly assembleJourneys() {
        return JourneyAssembler.create().assemble(sample.interactions(), sample.responses());
    }

    @Benchmark
    public Funnel funnel() {
        FunnelAccumulator accumulator = FunnelAccumulator.create(catalogue);
        sample.interactions().forEach(accumulator::add);
        return accumulator.snapshot();
    }

    /** Customers reaching each stage, by a map from customer to the stages reached. */
    @Benchmark
    public Map<Stage, Long> hashMapFunnel() {
        Map<String, Stage> stageOf = new HashMap<>();
        sample.touchpoints()
                .forEach(touchpoint -> stageOf.put(touchpoint.id(), touchpoint.stage()));
        Map<String, Set<Stage>> stagesByCustomer = new HashMap<>();
        List<Interaction> interactions = sample.interactions();
        for (Interaction interaction : interactions) {
            stagesByCustomer
                    .computeIfAbsent(interaction.customerId(), id -> new HashSet<>())
                    .add(stageOf.get(interaction.touchpointId()));
        }
        Map<Stage, Long> reached = new HashMap<>();
        sample.stageModel().stages().forEach(stage -> reached.put(stage, 0L));
        stagesByCustomer
                .values()
                .forEach(stages -> stages.forEach(stage -> reached.merge(stage, 1L, Long::sum)));
        return reached;
    }
}
