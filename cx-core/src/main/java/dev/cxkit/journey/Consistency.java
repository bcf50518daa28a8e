package dev.cxkit.journey;

import dev.cxkit.model.SurveyResponse;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How even an experience is across touchpoints, as numbers: the mean normalized score of each
 * touchpoint (0..1, higher is better; see {@link ConsistencyAccumulator}), their overall
 * {@link #level() level}, their spread, and a consistency index.
 *
 * <p>With {@code m_1..m_k} the touchpoint means (each touchpoint counts once, however many
 * responses it has):
 *
 * <ul>
 *   <li>{@link #level()} {@code = (1/k) sum m_i}; {@link #journeyScore()} is it in points,
 *       {@code 100 level}: for one customer's responses, their journey score;
 *   <li>{@link #standardDeviation()} {@code = sqrt((1/k) sum (m_i - level)^2)}, the population
 *       standard deviation (the touchpoints are all there are, not a sample);
 *   <li>{@link #range()} {@code = max m_i - min m_i};
 *   <li>{@link #index()} {@code = 1 - 2 standardDeviation}: values in [0, 1] have a standard
 *       deviation of at most 1/2 (half at 0, half at 1), so the index is 1 when every
 *       touchpoint scores the same and 0 at the largest possible spread.
 * </ul>
 *
 * <p>{@link #level()} needs one touchpoint; spread and index need two, and throw
 * {@link IllegalStateException} saying so otherwise. Immutable value object; thread-safe.
 */
public final class Consistency {

    private final Map<String, Double> touchpointMeans;

    private Consistency(Map<String, Double> touchpointMeans) {
        this.touchpointMeans = touchpointMeans;
    }

    static Consistency ofTouchpointMeans(Map<String, Double> means) {
        return new Consistency(Collections.unmodifiableMap(new TreeMap<>(means)));
    }

    /**
     * {@return the consistency of {@code responses}, for example one customer's}
     *
     * @param responses the survey responses, about any touchpoints
     */
    public static Consistency of(Iterable<SurveyResponse> responses) {
        return ConsistencyAccumulator.create().addAll(responses).snapshot();
    }

    /** {@return true when no response was about a touchpoint} */
    public boolean isEmpty() {
        return touchpointMeans.isEmpty();
    }

    /** {@return the mean normalized score of each touchpoint, by id, in id order} */
    public Map<String, Double> touchpointMeans() {
        return touchpointMeans;
    }

    /** {@return the mean of the touchpoint means, in [0, 1]} */
    public double level() {
        requireTouchpoints(1, "level");
        return touchpointMeans.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
    }

    /** {@return {@code 100 level()}, in 0..100} */
    public double journeyScore() {
        return 100 * level();
    }

    /** {@return population standard deviation of the touchpoint means, in [0, 0.5]} */
    public double standardDeviation() {
        requireTouchpoints(2, "standard deviation");
        double level = level();
        double sum = 0;
        for (double mean : touchpointMeans.values()) {
            sum += (mean - level) * (mean - level);
        }
        return Math.sqrt(sum / touchpointMeans.size());
    }

    /** {@return highest minus lowest touchpoint mean, in [0, 1]} */
    public double range() {
        requireTouchpoints(2, "range");
        return Collections.max(touchpointMeans.values())
                - Collections.min(touchpointMeans.values());
    }

    /** {@return {@code 1 - 2 standardDeviation()}, in [0, 1]; 1 is perfectly consistent} */
    public double index() {
        return Math.max(0, 1 - 2 * standardDeviation());
    }

    private void requireTouchpoints(int needed, String metric) {
        if (touchpointMeans.size() < needed) {
            throw new IllegalStateException("consistency " + metric + " needs responses about "
                    + needed + " or more touchpoints, had " + touchpointMeans.size());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consistency consistency
                && touchpointMeans.equals(consistency.touchpointMeans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(touchpointMeans);
    }

    @Override
    public String toString() {
        return "Consistency" + touchpointMeans;
    }
}
