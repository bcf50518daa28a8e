package dev.cxkit.journey;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.score.StateFormContract;
import dev.cxkit.testing.Property.Trial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The accumulator laws for consistency across touchpoints, over NPS, CSAT and CES responses
 * (some about no touchpoint). The binary form is of the accumulator's integer counts and sums
 * per scale range ({@link ConsistencyAccumulator#toByteArray()}), so every law holds bit for
 * bit: equal means and equal bytes whatever the order of adding and merging.
 */
class ConsistencyAccumulatorContractTest
        extends StateFormContract<ConsistencyAccumulator, Consistency, SurveyResponse> {

    private static final Scale[] SCALES = {Scale.NPS, Scale.CSAT, Scale.CES, Scale.CES_LEGACY};
    private static final String[] TOUCHPOINTS = {"web", "app", "store", "phone"};

    @Override
    protected ConsistencyAccumulator create() {
        return ConsistencyAccumulator.create();
    }

    @Override
    protected List<SurveyResponse> items(Trial trial, int size) {
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
    protected void add(ConsistencyAccumulator accumulator, SurveyResponse response) {
        accumulator.add(response);
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
    protected Consistency result(ConsistencyAccumulator accumulator) {
        return accumulator.snapshot();
    }

    @Override
    protected byte[] toByteArray(ConsistencyAccumulator accumulator) {
        return accumulator.toByteArray();
    }

    @Override
    protected ConsistencyAccumulator fromByteArray(byte[] bytes) {
        return ConsistencyAccumulator.fromByteArray(bytes);
    }

    @Override
    protected byte version() {
        return 2;
    }
}
