package dev.cxkit.spark;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.testing.Property.Trial;

import java.util.Arrays;

/**
 * {@link MergeBufferContractTest}'s laws over weighted NPS histograms' bytes, with weights in
 * quarters (so that sums are exact in any order), a fifth of them truncated after the magic.
 */
class WeightedMergeBufferContractTest extends MergeBufferContractTest {

    @Override
    protected byte[] row(Trial trial) {
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
        for (int i = trial.intIn(0, 5); i > 0; i--) {
            accumulator.add(trial.intIn(0, 10), trial.intIn(1, 8) / 4.0);
        }
        byte[] bytes = accumulator.snapshot().toByteArray();
        return trial.random().nextInt(5) == 0
                ? Arrays.copyOf(bytes, trial.intIn(4, bytes.length - 1))
                : bytes;
    }
}
