package dev.cxkit.survival;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import java.util.Objects;

/**
 * One coefficient of a fitted Cox model ({@link CoxModel#coefficients()}): the log hazard ratio
 * per unit of a numeric covariate, or of a categorical level against the term's reference level.
 * Immutable and thread-safe.
 *
 * @param name the coefficient's name: the term's name for a numeric covariate,
 *     {@code term=level} for a level of a categorical one
 * @param term the name of the covariate (term) the coefficient belongs to
 * @param estimate the maximum partial likelihood estimate {@code beta}, a log hazard ratio
 * @param standardError {@code sqrt} of the diagonal of the inverse information at the estimate
 * @param possiblyInfinite true when the partial likelihood converged while this coefficient was
 *     still moving, so the true estimate may be infinite (as R's {@code coxph} warns: "Loglik
 *     converged before variable ...; coefficient may be infinite"), typically a level with no
 *     events or only events
 */
public record CoxCoefficient(
        String name, String term, double estimate, double standardError, boolean possiblyInfinite) {

    /**
     * Validates the components.
     *
     * @param name the coefficient's name: the term's name for a numeric covariate,
     *     {@code term=level} for a level of a categorical one
     * @param term the name of the covariate (term) the coefficient belongs to
     * @param estimate the maximum partial likelihood estimate {@code beta}, a log hazard ratio
     * @param standardError {@code sqrt} of the diagonal of the inverse information at the estimate
     * @param possiblyInfinite true when the partial likelihood converged while this coefficient was
     *     still moving, so the true estimate may be infinite (as R's {@code coxph} warns: "Loglik
     *     converged before variable ...; coefficient may be infinite"), typically a level with no
     *     events or only events
     * @throws IllegalArgumentException when the estimate is not finite or the standard error not
     *     finite and {@code >= 0}
     */
    public CoxCoefficient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(term, "term");
        checkArgument(
                Double.isFinite(estimate)
                        && standardError >= 0
                        && standardError != Double.POSITIVE_INFINITY,
                "%s: estimate and standard error must be finite (standard error >= 0), were %s and %s",
                name,
                estimate,
                standardError);
    }

    /** {@return the hazard ratio {@code exp(beta)}} */
    public double hazardRatio() {
        return Math.exp(estimate);
    }

    /** {@return the Wald statistic {@code z = beta / se}} */
    public double z() {
        return estimate / standardError;
    }

    /** {@return the two-sided Wald p-value of {@code beta = 0}, {@code 2 (1 - Phi(|z|))}} */
    public double pValue() {
        return Confidence.twoSidedP(z());
    }

    /**
     * {@return the Wald interval of {@code beta} at {@code level}, {@code beta +- z se} (method
     * {@code "wald"})}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public Interval interval(double level) {
        double half = Confidence.z(level) * standardError;
        return new Interval(
                estimate - half, estimate + half, level, "wald", Interval.Unit.COEFFICIENT);
    }

    /**
     * {@return the hazard ratio's interval at {@code level}, {@code exp(beta +- z se)} (method
     * {@code "wald"}), as R's {@code summary.coxph} prints it}
     *
     * @param level the confidence level, in (0, 1)
     * @throws IllegalArgumentException unless {@code 0 < level < 1}
     */
    public Interval hazardRatioInterval(double level) {
        Interval beta = interval(level);
        return new Interval(
                Math.exp(beta.lower()), Math.exp(beta.upper()), level, "wald", Interval.Unit.RATIO);
    }
}
