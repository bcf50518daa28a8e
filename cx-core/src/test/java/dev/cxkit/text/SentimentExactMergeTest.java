package dev.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.testing.Groupings;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

/**
 * Merging sentiment is exact: any grouping of the same scores, merged in any tree shape, some
 * parts through their bytes, gives the same summary bit for bit (bytes, mean and standard
 * deviation), over scores whose magnitudes span 40 orders, where floating-point sums would
 * depend on the order.
 */
class SentimentExactMergeTest {

    @Test
    void everyGroupingGivesTheSameBits() {
        Property.check("sentiment groupings", trial -> {
            int size = trial.intIn(0, 300);
            double[] scores = new double[size];
            SentimentAccumulator whole = SentimentAccumulator.create();
            for (int i = 0; i < size; i++) {
                scores[i] = trial.random().nextInt(5) == 0
                        ? 0
                        : trial.doubleIn(-1, 1) * Math.pow(10, trial.random().nextInt(-20, 21));
                whole.add(scores[i]);
            }
            SentimentSummary expected = whole.snapshot();
            SentimentAccumulator grouped = Groupings.mergeRandomly(
                    trial,
                    java.util.Arrays.stream(scores).boxed().toList(),
                    SentimentAccumulator::create,
                    SentimentAccumulator::add,
                    (first, second) -> trial.random().nextBoolean()
                            ? first.merge(second)
                            : SentimentAccumulator.create()
                                    .merge(SentimentSummary.fromByteArray(
                                            second.snapshot().toByteArray()))
                                    .merge(first));
            SentimentSummary actual = grouped.snapshot();
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
            if (size >= 2) {
                assertThat(Double.doubleToRawLongBits(actual.mean()))
                        .isEqualTo(Double.doubleToRawLongBits(expected.mean()));
                assertThat(Double.doubleToRawLongBits(actual.standardDeviation()))
                        .isEqualTo(Double.doubleToRawLongBits(expected.standardDeviation()));
            }
        });
    }
}
