package dev.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.testing.Groupings;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging consistency is exact: any grouping of the same responses, merged in any tree shape,
 * some parts through their bytes, gives the same bytes and bit-identical means, over scales
 * whose normalized scores are thirds, sixths, ninths and hundredths, which doubles cannot hold.
 */
class ConsistencyExactMergeTest {

    private static final Scale[] SCALES = {
        Scale.NPS,
        Scale.CSAT,
        Scale.CES,
        Scale.CES_LEGACY,
        Scale.of("stars", 1, 10),
        Scale.of("percent", 0, 100),
        Scale.of("thirds", -1, 2)
    };
    private static final String[] TOUCHPOINTS = {"web", "app", "loja-são-paulo"};

    @Test
    void everyGroupingGivesTheSameBits() {
        Property.check("consistency groupings", trial -> {
            int size = trial.intIn(0, 400);
            List<SurveyResponse> responses = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Scale scale = SCALES[trial.random().nextInt(SCALES.length)];
                responses.add(SurveyResponse.of(
                                "c" + i,
                                Instant.EPOCH,
                                scale,
                                trial.random().nextInt(scale.min(), scale.max() + 1))
                        .withTouchpoint(TOUCHPOINTS[trial.random().nextInt(TOUCHPOINTS.length)]));
            }
            ConsistencyAccumulator whole = ConsistencyAccumulator.create().addAll(responses);
            ConsistencyAccumulator grouped = Groupings.mergeRandomly(
                    trial,
                    responses,
                    ConsistencyAccumulator::create,
                    ConsistencyAccumulator::add,
                    (first, second) -> trial.random().nextBoolean()
                            ? first.merge(second)
                            : ConsistencyAccumulator.fromByteArray(second.toByteArray())
                                    .merge(first));
            assertThat(grouped.toByteArray()).isEqualTo(whole.toByteArray());
            whole.snapshot()
                    .touchpointMeans()
                    .forEach((touchpoint, mean) -> assertThat(Double.doubleToRawLongBits(
                                    grouped.snapshot().touchpointMeans().get(touchpoint)))
                            .as(touchpoint)
                            .isEqualTo(Double.doubleToRawLongBits(mean)));
        });
    }
}
