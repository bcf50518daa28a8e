package dev.cxkit.cli.report.chart;

/**
 * An interval of data values drawn as a whisker or a band.
 *
 * @param lower the lower end, finite
 * @param upper the upper end, finite and {@code >= lower}
 */
public record Range(double lower, double upper) {

    /**
     * Checks the components.
     *
     * @param lower the lower end, finite
     * @param upper the upper end, finite and {@code >= lower}
     */
    public Range {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper)) {
            throw new IllegalArgumentException(
                    "range must be finite with lower <= upper, was [" + lower + ", " + upper + "]");
        }
    }
}
