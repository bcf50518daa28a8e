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

    /**
     * The smallest positive survey weight, 1e-100: its square (1e-200) is still a normal
     * double, so sums of squared weights neither underflow to 0 nor lose the weight.
     */
    static final double MIN_WEIGHT = 1e-100;

    /**
     * The largest survey weight, 1e100: sums of up to {@code Long.MAX_VALUE} squared weights
     * stay finite, and so do Kish's {@code (sum w)^2} and every weighted statistic.
     */
    static final double MAX_WEIGHT = 1e100;

    /** Returns {@code weight} when it is 0 or in [{@link #MIN_WEIGHT}, {@link #MAX_WEIGHT}]. */
    static double checkWeight(double weight, String field) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0, was " + weight);
        }
        if (!(weight == 0 || weight >= MIN_WEIGHT && weight <= MAX_WEIGHT)) {
            throw new IllegalArgumentException(field + " must be 0 or in [" + MIN_WEIGHT + ", "
                    + MAX_WEIGHT + "] (so that squared weights stay finite, normal doubles; "
                    + "rescale the weights otherwise), was " + weight);
        }
        return weight;
    }
}
