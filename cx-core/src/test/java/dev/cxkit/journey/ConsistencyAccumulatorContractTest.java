package dev.cxkit.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.MergeContract;
import dev.cxkit.testing.Property.Trial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;

/**
 * The merge laws for consistency across touchpoints, over NPS, CSAT and CES responses (some
 * about no touchpoint). Means are sums over counts, so results agree to rounding. No binary
 * form: the state is a sum and a count per touchpoint, read as a {@link Consistency}.
 */
class ConsistencyAccumulatorContractTest
        extends MergeContract<ConsistencyAccumulator, Consistency, List<SurveyResponse>> {

    private static final Scale[] SCALES = {Scale.NPS, Scale.CSAT, Scale.CES};
    private static final String[] TOUCHPOINTS = {"web", "app", "store", "phone"};

    @Override
    protected ConsistencyAccumulator create() {
        return ConsistencyAccumulator.create();
    }

    @Override
    protected List<SurveyResponse> data(Trial trial, int size) {
        List<SurveyResponse> responses = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Scale scale = SCALES[trial.intIn(0, SCALES.length - 1)];
            SurveyResponse response = SurveyResponse.of(
                    "c" + i, Instant.EPOCH, scale, trial.intIn(scale.min(), scale.max()));
            int touchpoint = trial.intIn(0, TOUCHPOINTS.length);
            responses.add(
                    touchpoint == TOUCHPOINTS.length
                            ? response
                            : response.withTouchpoint(TOUCHPOINTS[touchpoint]));
        }
        return responses;
    }

    @Override
    protected void addEach(
            ConsistencyAccumulator accumulator, List<SurveyResponse> data, int from, int to) {
        data.subList(from, to).forEach(accumulator::add);
    }

    @Override
    protected void addBatch(
            ConsistencyAccumulator accumulator, List<SurveyResponse> data, int from, int to) {
        accumulator.addAll(data.subList(from, to));
    }

    @Override
    protected void merge(ConsistencyAccumulator into, ConsistencyAccumulator other) {
        into.merge(other);
    }

    @Override
    protected Consistency snapshot(ConsistencyAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected Consistency collect(List<SurveyResponse> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        ConsistencyAccumulator::create,
                        ConsistencyAccumulator::add,
                        ConsistencyAccumulator::merge,
                        ConsistencyAccumulator::snapshot,
                        Collector.Characteristics.UNORDERED));
    }

    @Override
    protected void assertEquivalent(Consistency actual, Consistency expected) {
        assertThat(actual.touchpointMeans().keySet())
                .isEqualTo(expected.touchpointMeans().keySet());
        expected.touchpointMeans()
                .forEach((touchpoint, mean) -> assertThat(
                                actual.touchpointMeans().get(touchpoint))
                        .as("mean of %s", touchpoint)
                        .isCloseTo(mean, within(1e-12)));
    }
}
