package dev.cxkit.journey;

import dev.cxkit.model.SurveyResponse;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects survey responses per touchpoint on a common 0..1 scale; {@link #snapshot()} gives
 * the {@link Consistency} of the experience across touchpoints.
 *
 * <p>Each response is normalized to {@code (score - min) / (max - min)} on its own scale, so
 * that an NPS 9 (0.9), a CSAT 4 (0.75) and a CES 6 (0.83) can be compared; a CES 1.0 response
 * ({@link dev.cxkit.model.Scale#CES_LEGACY}, lower is better) is reversed first,
 * {@code (max - score) / (max - min)}, so that higher is always better. Survey weights are not
 * used. Responses about no touchpoint are ignored. Memory is proportional to touchpoints.
 *
 * <p>{@link #merge(ConsistencyAccumulator)} adds sums and counts: exact up to floating-point
 * rounding of the sums, associative and commutative. Not thread-safe.
 */
public final class ConsistencyAccumulator {

    private final Map<String, double[]> sumsAndCounts = new TreeMap<>();

    private ConsistencyAccumulator() {}

    /** {@return an empty accumulator} */
    public static ConsistencyAccumulator create() {
        return new ConsistencyAccumulator();
    }

    /**
     * Adds one response; a response about no touchpoint is ignored.
     *
     * @param response the response to add
     * @return this accumulator
     */
    public ConsistencyAccumulator add(SurveyResponse response) {
        Objects.requireNonNull(response, "response");
        response.touchpointId().ifPresent(id -> {
            double[] sumAndCount = sumsAndCounts.computeIfAbsent(id, key -> new double[2]);
            sumAndCount[0] += Normalized.score(response);
            sumAndCount[1]++;
        });
        return this;
    }

    /**
     * Adds every response.
     *
     * @param responses the responses to add
     * @return this accumulator
     */
    public ConsistencyAccumulator addAll(Iterable<SurveyResponse> responses) {
        Objects.requireNonNull(responses, "responses").forEach(this::add);
        return this;
    }

    /**
     * Adds {@code other}'s sums and counts.
     *
     * @param other the accumulator whose sums and counts are added; unchanged
     * @return this accumulator
     */
    public ConsistencyAccumulator merge(ConsistencyAccumulator other) {
        Objects.requireNonNull(other, "other").sumsAndCounts.forEach((id, sumAndCount) -> {
            double[] mine = sumsAndCounts.computeIfAbsent(id, key -> new double[2]);
            mine[0] += sumAndCount[0];
            mine[1] += sumAndCount[1];
        });
        return this;
    }

    /** {@return the consistency of the responses added so far} */
    public Consistency snapshot() {
        Map<String, Double> means = new TreeMap<>();
        sumsAndCounts.forEach((id, sumAndCount) -> means.put(id, sumAndCount[0] / sumAndCount[1]));
        return Consistency.ofTouchpointMeans(means);
    }
}
