package dev.cxkit.cli.report.chart;

import static dev.cxkit.internal.Checks.checkArgument;

/**
 * An interval of data values drawn as a whisker or a band.
 *
 * <p>Immutable and thread-safe.
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
        checkArgument(
                Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper,
                "range must be finite with lower <= upper, was [%s, %s]",
                lower,
                upper);
    }
}
