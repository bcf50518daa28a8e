package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.Objects;

/**
 * A two-sample comparison of a metric: the difference {@code first - second} (sign kept), its
 * standard error, the test statistic and the two-sided p-value, in the metric's units.
 *
 * <p>{@code value} is always the difference of the two values the metric reports for the
 * samples, so a table that prints both values and the difference stays consistent; the
 * standard error, statistic and p-value are the named method's, which for an adjusted method
 * (the adjusted Wald NPS test) work on adjusted counts and so are centred on the adjusted
 * difference.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value {@code metric.value(first) - metric.value(second)}
 * @param standardError the standard error of the difference, {@code > 0}
 * @param statistic the method's test statistic: {@code value / standardError} for the
 *     Wald and Welch tests, the adjusted difference over the standard error for adjusted
 *     methods
 * @param pValue the two-sided p-value, in [0, 1]
 * @param method the test's name, e.g. {@code "wald"} or {@code "welch"}
 */
public record Difference(
        double value, double standardError, double statistic, double pValue, String method) {

    /**
     * Checks the components.
     *
     * @param value {@code metric.value(first) - metric.value(second)}
     * @param standardError the standard error of the difference, {@code > 0}
     * @param statistic the method's test statistic: {@code value / standardError} for the Wald and
     *     Welch tests, the adjusted difference over the standard error for adjusted methods
     * @param pValue the two-sided p-value, in [0, 1]
     * @param method the test's name, e.g. {@code "wald"} or {@code "welch"}
     * @throws IllegalArgumentException when the value is not finite, the standard error is not
     *     finite and {@code > 0}, or the p-value is not in [0, 1]
     */
    public Difference {
        checkArgument(Double.isFinite(value), "value must be finite, was %s", value);
        checkArgument(
                standardError > 0 && !Double.isInfinite(standardError),
                "standardError must be finite and > 0, was %s",
                standardError);
        checkArgument(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1], was %s", pValue);
        Objects.requireNonNull(method, "method");
    }
}
