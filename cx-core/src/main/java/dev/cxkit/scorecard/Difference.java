package dev.cxkit.scorecard;

import java.util.Objects;

/**
 * A two-sample comparison of a metric: the difference {@code first - second} (sign kept), its
 * standard error, the test statistic and the two-sided p-value, in the metric's units.
 *
 * @param value {@code metric(first) - metric(second)}
 * @param standardError the standard error of the difference, {@code > 0}
 * @param statistic {@code value / standardError}
 * @param pValue the two-sided p-value, in [0, 1]
 * @param method the test's name, e.g. {@code "wald"} or {@code "welch"}
 */
public record Difference(double value, double standardError, double statistic,
        double pValue, String method) {

    public Difference {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        if (!(standardError > 0) || Double.isInfinite(standardError)) {
            throw new IllegalArgumentException(
                    "standardError must be finite and > 0, was " + standardError);
        }
        if (!(pValue >= 0 && pValue <= 1)) {
            throw new IllegalArgumentException("pValue must be in [0, 1], was " + pValue);
        }
        Objects.requireNonNull(method, "method");
    }
}
