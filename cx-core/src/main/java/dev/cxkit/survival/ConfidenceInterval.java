package dev.cxkit.survival;

/**
 * A two-sided confidence interval {@code [lower, upper]}.
 *
 * @param lower the lower bound
 * @param upper the upper bound, {@code >= lower}
 */
public record ConfidenceInterval(double lower, double upper) {

    public ConfidenceInterval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(
                    "lower must be <= upper, was [" + lower + ", " + upper + "]");
        }
    }

    /** True when {@code value} lies in the closed interval. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
