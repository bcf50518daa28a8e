package dev.cxkit.score;

import dev.cxkit.model.Scale;

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

    /** Returns {@code weight} when it is finite and {@code >= 0}. */
    static double checkWeight(double weight, String field) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0, was " + weight);
        }
        return weight;
    }
}
