package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a rating question.
 *
 * <p><b>Weights.</b> A survey weight is 0 or in [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}]:
 * the squares of such weights are finite, normal doubles, and so are the sums of up to
 * {@code Long.MAX_VALUE} of them that weighted statistics need (Kish's effective n, variances).
 * Weights outside that range (say 1e200 or 1e-200, from an export that multiplied them out) are
 * rejected here rather than turned into an infinite or zero sum later: rescale them, which
 * leaves every weighted statistic unchanged.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the respondent
 * @param touchpointId the touchpoint the question was about, if any
 * @param time when the answer was given
 * @param scale the instrument, which bounds the score
 * @param score the answer, on {@code scale}
 * @param weight the survey weight: 0 or in [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}]; 1 for
 *     unweighted surveys
 * @param comment a free-text comment, if any
 */
public record SurveyResponse(
        String customerId,
        Optional<String> touchpointId,
        Instant time,
        Scale scale,
        int score,
        double weight,
        Optional<String> comment) {

    /** The smallest positive survey weight, 1e-100: its square, 1e-200, is a normal double. */
    public static final double MIN_WEIGHT = 1e-100;

    /**
     * The largest survey weight, 1e100: the sum of {@code Long.MAX_VALUE} squared weights stays
     * finite, and so does the square of the sum of {@code Long.MAX_VALUE} weights.
     */
    public static final double MAX_WEIGHT = 1e100;

    /**
     * Checks the components.
     *
     * @param customerId the respondent
     * @param touchpointId the touchpoint the question was about, if any
     * @param time when the answer was given
     * @param scale the instrument, which bounds the score
     * @param score the answer, on {@code scale}
     * @param weight the survey weight: 0 or in [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}];
     *     1 for unweighted surveys
     * @param comment a free-text comment, if any
     * @throws IllegalArgumentException when an id is blank, the score is off the scale or the
     *     weight is not a {@linkplain #isValidWeight(double) valid weight}
     */
    public SurveyResponse {
        Checks.nonBlank(customerId, "customerId");
        Objects.requireNonNull(touchpointId, "touchpointId");
        touchpointId.ifPresent(id -> Checks.nonBlank(id, "touchpointId"));
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(scale, "scale");
        scale.check(score, "score");
        checkArgument(
                isValidWeight(weight),
                "weight must be 0 or in [" + MIN_WEIGHT + ", " + MAX_WEIGHT + "], was %s",
                weight);
        Objects.requireNonNull(comment, "comment");
    }

    /**
     * {@return true when {@code weight} is a survey weight cxkit takes: 0 or in
     * [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}]; false for NaN, infinities, negative weights
     * and weights outside that range}
     *
     * @param weight the survey weight to check
     */
    public static boolean isValidWeight(double weight) {
        return weight == 0 || weight >= MIN_WEIGHT && weight <= MAX_WEIGHT;
    }

    /**
     * {@return an unweighted response with no touchpoint and no comment}
     *
     * @param customerId the respondent
     * @param time when the answer was given
     * @param scale the instrument, which bounds the score
     * @param score the answer, on {@code scale}
     */
    public static SurveyResponse of(String customerId, Instant time, Scale scale, int score) {
        return new SurveyResponse(
                customerId, Optional.empty(), time, scale, score, 1.0, Optional.empty());
    }

    /**
     * {@return this response, about touchpoint {@code touchpointId}}
     *
     * @param touchpointId the touchpoint the question was about, if any
     */
    public SurveyResponse withTouchpoint(String touchpointId) {
        return new SurveyResponse(
                customerId, Optional.of(touchpointId), time, scale, score, weight, comment);
    }

    /**
     * {@return this response with survey weight {@code weight}}
     *
     * @param weight the survey weight: 0 or in [{@value #MIN_WEIGHT}, {@value #MAX_WEIGHT}];
     *     1 for unweighted surveys
     * @throws IllegalArgumentException when the weight is not a {@linkplain #isValidWeight(double)
     *     valid weight}
     */
    public SurveyResponse withWeight(double weight) {
        return new SurveyResponse(customerId, touchpointId, time, scale, score, weight, comment);
    }

    /**
     * {@return this response with a free-text comment}
     *
     * @param comment a free-text comment, if any
     */
    public SurveyResponse withComment(String comment) {
        return new SurveyResponse(
                customerId, touchpointId, time, scale, score, weight, Optional.of(comment));
    }
}
