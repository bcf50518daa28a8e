package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to a rating question.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the respondent
 * @param touchpointId the touchpoint the question was about, if any
 * @param time when the answer was given
 * @param scale the instrument, which bounds the score
 * @param score the answer, on {@code scale}
 * @param weight the survey weight: finite and {@code >= 0}; 1 for unweighted surveys
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

    /**
     * Checks the components.
     *
     * @param customerId the respondent
     * @param touchpointId the touchpoint the question was about, if any
     * @param time when the answer was given
     * @param scale the instrument, which bounds the score
     * @param score the answer, on {@code scale}
     * @param weight the survey weight: finite and {@code >= 0}; 1 for unweighted surveys
     * @param comment a free-text comment, if any
     * @throws IllegalArgumentException when an id is blank, the score is off the scale or the
     *     weight is negative or not finite
     */
    public SurveyResponse {
        Checks.nonBlank(customerId, "customerId");
        Objects.requireNonNull(touchpointId, "touchpointId");
        touchpointId.ifPresent(id -> Checks.nonBlank(id, "touchpointId"));
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(scale, "scale");
        scale.check(score, "score");
        checkArgument(
                weight >= 0 && !Double.isInfinite(weight),
                "weight must be finite and >= 0, was %s",
                weight);
        Objects.requireNonNull(comment, "comment");
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
     * @param weight the survey weight: finite and {@code >= 0}; 1 for unweighted surveys
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
