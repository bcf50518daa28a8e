package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

class RiskSetAccumulatorTest {

    @Test
    void addingOneByOneEqualsTheColumnarTable() {
        Property.check("add equals columns", 50, trial -> {
            int n = trial.intIn(0, 5 * RiskSetAccumulator.MIN_BUFFER);
            double[] durations = new double[n];
            boolean[] events = new boolean[n];
            for (int i = 0; i < n; i++) {
                durations[i] = trial.random().nextInt(3000);
                events[i] = trial.random().nextBoolean();
            }
            RiskSetAccumulator accumulator = RiskSetAccumulator.create();
            for (int i = 0; i < n; i++) {
                accumulator.add(durations[i], events[i]);
            }
            assertThat(accumulator.snapshot()).isEqualTo(RiskSets.of(durations, events));
        });
    }

    @Test
    void mergedAccumulatorsEqualTheWhole() {
        Property.check("merge of random splits", 100, trial -> {
            int n = trial.intIn(0, 500);
            double[] durations = new double[n];
            boolean[] events = new boolean[n];
            RiskSetsTest.fill(trial.random(), durations, events);
            int parts = trial.intIn(1, 5);
            int[] cuts = RiskSetsTest.cuts(trial.random(), n, parts);
            RiskSetAccumulator merged = RiskSetAccumulator.create();
            for (int p = 0; p < parts; p++) {
                RiskSetAccumulator part = RiskSetAccumulator.create();
                for (int i = cuts[p]; i < cuts[p + 1]; i++) {
                    part.add(durations[i], events[i]);
                }
                merged.merge(part);
            }
            assertThat(merged.snapshot()).isEqualTo(RiskSets.of(durations, events));
        });
    }

    @Test
    void worksAsCollectorOnParallelStream() {
        double[] durations = IntStream.range(0, 20_000).mapToDouble(i -> i % 97).toArray();
        boolean[] events = new boolean[durations.length];
        for (int i = 0; i < events.length; i++) {
            events[i] = i % 3 != 0;
        }
        RiskSetAccumulator collected = IntStream.range(0, durations.length)
                .parallel()
                .collect(
                        RiskSetAccumulator::create,
                        (acc, i) -> acc.add(durations[i], events[i]),
                        RiskSetAccumulator::merge);
        assertThat(collected.snapshot()).isEqualTo(RiskSets.of(durations, events));
    }

    @Test
    void snapshotIsUnaffectedByLaterAdds() {
        RiskSetAccumulator accumulator = RiskSetAccumulator.create().add(1, true);
        RiskSets first = accumulator.snapshot();
        accumulator.add(2, false).addAll(new double[] {3}, new boolean[] {true});
        assertThat(first.subjects()).isEqualTo(1);
        assertThat(accumulator.snapshot().subjects()).isEqualTo(3);
    }

    @Test
    void emptyAccumulatorGivesEmptyTable() {
        assertThat(RiskSetAccumulator.create().snapshot().isEmpty()).isTrue();
        assertThat(RiskSetAccumulator.create()
                        .merge(RiskSetAccumulator.create())
                        .snapshot())
                .isEqualTo(RiskSets.empty());
    }

    @Test
    void rejectsBadInputAndKeepsItsState() {
        RiskSetAccumulator accumulator = RiskSetAccumulator.create().add(1, true);
        assertThatThrownBy(() -> accumulator.add(Double.NaN, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> accumulator.add(-1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> accumulator.addAll(new double[] {2, -2}, new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durations[1]");
        assertThatThrownBy(() -> accumulator.merge((RiskSets) null))
                .isInstanceOf(NullPointerException.class);
        assertThat(accumulator.snapshot().subjects()).isEqualTo(1);
    }
}
