package dev.cxkit.score;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

/** Checks shared by the accumulators. */
final class Scales {

    private Scales() {}

    /** Rejects merging or adding a value on {@code actual} into a summary on {@code expected}. */
    static void requireSame(Scale expected, Scale actual) {
        // The identity test first: on the per-response path the scale is nearly always the
        // same instance, and it spares the record's field-by-field equals.
        if (expected != actual && !expected.equals(actual)) {
            throw new IllegalArgumentException(
                    "scale must be " + expected + " to match this accumulator, was " + actual);
        }
    }

    /** The smallest positive survey weight, {@link SurveyResponse#MIN_WEIGHT}. */
    static final double MIN_WEIGHT = SurveyResponse.MIN_WEIGHT;

    /** The largest survey weight, {@link SurveyResponse#MAX_WEIGHT}. */
    static final double MAX_WEIGHT = SurveyResponse.MAX_WEIGHT;

    /**
     * What a survey weight must be, after the field's name and before the value: 0 or in
     * [{@link SurveyResponse#MIN_WEIGHT}, {@link SurveyResponse#MAX_WEIGHT}].
     */
    private static final String WEIGHT_RANGE = " must be 0 or in [" + MIN_WEIGHT + ", "
            + MAX_WEIGHT + "] (so that squared weights stay finite, normal "
            + "doubles; rescale the weights otherwise), was ";

    /** Returns {@code weight} when it is {@linkplain SurveyResponse#isValidWeight valid}. */
    static double checkWeight(double weight) {
        checkArgument(SurveyResponse.isValidWeight(weight), "weight" + WEIGHT_RANGE + "%s", weight);
        return weight;
    }

    /** The exception for {@code weight} of {@code field}, not a valid survey weight. */
    static IllegalArgumentException invalidWeight(String field, double weight) {
        return new IllegalArgumentException(field + WEIGHT_RANGE + weight);
    }
}
