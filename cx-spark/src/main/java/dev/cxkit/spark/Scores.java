package dev.cxkit.spark;

import dev.cxkit.model.Scale;

/** Conversions of Spark column values to the scores and weights cx-core takes. */
final class Scores {

    private Scores() {}

    /**
     * The score {@code value} as an {@code int} on {@code scale}.
     *
     * @throws IllegalArgumentException naming the value and the scale's range when it is off
     *     the scale
     */
    static int onScale(long value, Scale scale) {
        if (value < scale.min() || value > scale.max()) {
            throw new IllegalArgumentException("score must be in " + scale.min() + ".."
                    + scale.max() + " on scale '" + scale.name() + "', was " + value);
        }
        return (int) value;
    }
}
