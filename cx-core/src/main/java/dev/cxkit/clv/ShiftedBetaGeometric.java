package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.GaussHypergeometric;
import dev.cxkit.internal.MaximumLikelihood;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import java.util.Collection;
import java.util.List;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * project customer retention", J. Interactive Marketing 21(1)).
 *
 * <p>Each customer renews at the end of every period with a constant probability {@code 1 - theta};
 * {@code theta} varies over customers as Beta(alpha, beta). A customer's lifetime T (the period in
 * which they are lost, T >= 1) then has
 * <pre>
 *   P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta)        (F&amp;H 2007 eq. 5)
 *   S(t)     = B(alpha, beta + t) / B(alpha, beta)                (eq. 6)
 *   r_t      = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)   (eq. 8)
 * </pre>
 * computed by the ratio recursions, never by large Beta functions.
 *
 * <p>Time and discounting convention (Fader &amp; Hardie 2010, "Customer-base valuation in a
 * contractual setting", Marketing Science 29(1)): one payment per period at its start; the first
 * payment is made at acquisition and is not discounted; {@code d} is the discount rate per period.
 * DEL and DERL are in units of payments (multiply by the margin per period for money).
 *
 * <p>Immutable value type; thread-safe.
 */
public final class ShiftedBetaGeometric {

    private static final List<String> NAMES = List.of("alpha", "beta");

    private final double alpha;
    private final double beta;

    private ShiftedBetaGeometric(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
    }

    /**
     * {@return the model with the given Beta heterogeneity parameters (both > 0 and finite)}
     *
     * @param alpha the first shape parameter of the churn probability's Beta distribution,
     *     {@code > 0}
     * @param beta the second shape parameter of the churn probability's Beta distribution,
     *     {@code > 0}
     */
    public static ShiftedBetaGeometric of(double alpha, double beta) {
        checkArgument(
                alpha > 0 && Double.isFinite(alpha), "alpha must be > 0 and finite, was %s", alpha);
        checkArgument(
                beta > 0 && Double.isFinite(beta), "beta must be > 0 and finite, was %s", beta);
        return new ShiftedBetaGeometric(alpha, beta);
    }

    /**
     * Fits by maximum likelihood to the survivor counts of one cohort, {@code survivors[t]} alive at
     * the start of period {@code t + 1} ({@code survivors[0]} the cohort size): F&amp;H 2007 eq. 7,
     * LL = sum_{t=1..n} (N_{t-1} - N_t) ln P(T = t) + N_n ln S(n).
     *
     * @param survivors the number alive at the start of each period, the cohort size first,
     *     non-increasing
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException on a negative or increasing count, fewer than two periods,
     *     no customer lost, or no customer observed past the first period
     */
    public static ModelFit<ShiftedBetaGeometric> fitSurvivors(long... survivors) {
        return fit(ChurnTable.fromSurvivors(survivors));
    }

    /**
     * Fits by maximum likelihood to per-customer tenures: a churned customer adds ln P(T = t), an
     * active (censored) one ln S(t).
     *
     * @param lifetimes the customers' tenures, churned or still active
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if no customer is lost or none is observed past the first period
     */
    public static ModelFit<ShiftedBetaGeometric> fitLifetimes(
            Collection<ContractLifetime> lifetimes) {
        return fit(ChurnTable.fromLifetimes(lifetimes));
    }

    private static ModelFit<ShiftedBetaGeometric> fit(ChurnTable table) {
        MaximumLikelihoodEstimate estimate = MaximumLikelihood.maximizePositive(
                NAMES,
                new double[] {1, 1},
                parameters -> table.logLikelihood(parameters[0], parameters[1]));
        return RepeatBuyingFit.checked("sBG", table.describe(), estimate, p -> of(p[0], p[1]));
    }

    /** {@return alpha, the first shape parameter of the Beta(alpha, beta) churn probability} */
    public double alpha() {
        return alpha;
    }

    /** {@return beta, the second shape parameter of the Beta(alpha, beta) churn probability} */
    public double beta() {
        return beta;
    }

    /**
     * P(T = t): the probability that a new customer is lost in period {@code t >= 1}.
     *
     * @param t the period, {@code >= 1}
     * @return the probability, in [0, 1]
     */
    public double churnProbability(int t) {
        checkArgument(t >= 1, "t must be >= 1, was %s", t);
        return survival(t - 1) * alpha / (alpha + beta + t - 1);
    }

    /**
     * S(t): the probability that a new customer is still active after {@code t >= 0} periods.
     *
     * @param t the number of periods, {@code >= 0}
     * @return the probability, in [0, 1]
     */
    public double survival(int t) {
        checkArgument(t >= 0, "t must be >= 0, was %s", t);
        double logSurvival = 0;
        for (int i = 1; i <= t; i++) {
            logSurvival += Math.log((beta + i - 1) / (alpha + beta + i - 1));
        }
        return Math.exp(logSurvival);
    }

    /**
     * r_t = S(t) / S(t - 1): the retention rate in period {@code t >= 1} among those still active.
     *
     * @param t the period, {@code >= 1}
     * @return the retention rate, in [0, 1]
     */
    public double retentionRate(int t) {
        checkArgument(t >= 1, "t must be >= 1, was %s", t);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * {@return expected survivors of a cohort of {@code cohortSize} at periods 0..{@code periods}:
     * {@code cohortSize * S(t)}}
     *
     * @param cohortSize the number of customers at acquisition, {@code >= 0}
     * @param periods the last period projected, {@code >= 0}
     */
    public double[] projectSurvivors(long cohortSize, int periods) {
        checkArgument(cohortSize >= 0, "cohortSize must be >= 0, was %s", cohortSize);
        checkArgument(periods >= 0, "periods must be >= 0, was %s", periods);
        double[] projection = new double[periods + 1];
        double survival = 1;
        for (int t = 0; t <= periods; t++) {
            if (t > 0) {
                survival *= retentionRate(t);
            }
            projection[t] = cohortSize * survival;
        }
        return projection;
    }

    /**
     * E[T] = (alpha + beta - 1) / (alpha - 1), the expected number of periods (payments) of a new
     * customer; {@link Double#POSITIVE_INFINITY} when {@code alpha <= 1}, where E[1 / theta] diverges.
     *
     * @return the expected lifetime, in periods, or positive infinity
     */
    public double expectedLifetime() {
        return alpha > 1 ? (alpha + beta - 1) / (alpha - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * Discounted expected lifetime of a new customer at acquisition, in payments:
     * DEL(d) = sum_{t >= 1} S(t - 1) / (1 + d)^(t - 1) = 2F1(1, beta; alpha + beta; 1 / (1 + d))
     * (Fader &amp; Hardie 2010, eq. 3). At {@code d = 0} it is {@link #expectedLifetime()}; for
     * {@code -1 < d < 0} the sum diverges and the result is {@link Double#POSITIVE_INFINITY}.
     *
     * @param d the discount rate per period, a fraction {@code >= 0}
     * @return the discounted expected lifetime, in payments, {@code >= 1}
     * @throws IllegalArgumentException if {@code d <= -1} or not finite
     */
    public double discountedExpectedLifetime(double d) {
        return discountedSum(d, beta, alpha + beta);
    }

    /**
     * Discounted expected residual lifetime, in payments, of a customer who has made
     * {@code renewalsMade} renewals, so is in period n = renewalsMade + 1 of Fader &amp; Hardie
     * (2010), whose n counts periods, not renewals (for the paper's n, call
     * {@link #discountedExpectedResidualLifetimeInPeriod}); evaluated just before the decision
     * to renew at the end of period n, so the next payment, if made, is not discounted:
     * <pre>
     *   DERL(d | n) = sum_{t > n} [S(t - 1) / S(n - 1)] / (1 + d)^(t - n - 1)
     *               = r_n 2F1(1, beta + n; alpha + beta + n; 1 / (1 + d))   (F&amp;H 2010, eq. 6)
     * </pre>
     * At {@code d = 0} it is (beta + n - 1) / (alpha - 1) for alpha > 1 and infinite otherwise; for
     * {@code -1 < d < 0} it is {@link Double#POSITIVE_INFINITY}.
     *
     * @param d the discount rate per period, a fraction {@code >= 0}
     * @param renewalsMade the number of renewals the customer has made, {@code >= 0}
     * @return the discounted expected residual lifetime, in payments
     * @throws IllegalArgumentException if {@code d <= -1}, not finite, or {@code renewalsMade < 0}
     */
    public double discountedExpectedResidualLifetimeAfterRenewals(double d, int renewalsMade) {
        checkArgument(renewalsMade >= 0, "renewalsMade must be >= 0, was %s", renewalsMade);
        return discountedExpectedResidualLifetimeInPeriod(d, renewalsMade + 1);
    }

    /**
     * DERL(d | n) of Fader &amp; Hardie (2010), eq. 6, with the paper's n: the customer is in period
     * {@code period} = n (has made n - 1 renewals); the same quantity as
     * {@link #discountedExpectedResidualLifetimeAfterRenewals} with {@code renewalsMade = period - 1}.
     *
     * @param d the discount rate per period, a fraction {@code >= 0}
     * @param period the period the customer is in, n {@code >= 1}
     * @return the discounted expected residual lifetime, in payments
     * @throws IllegalArgumentException if {@code d <= -1}, not finite, or {@code period < 1}
     */
    public double discountedExpectedResidualLifetimeInPeriod(double d, int period) {
        checkArgument(period >= 1, "period must be >= 1 (the first period is 1), was %s", period);
        return retentionRate(period) * discountedSum(d, beta + period, alpha + beta + period);
    }

    /**
     * {@return expected residual lifetime value of a customer who has made {@code renewalsMade}
     * renewals: {@code margin * DERL(d | renewalsMade + 1)}, with the convention of
     * {@link #discountedExpectedResidualLifetimeAfterRenewals(double, int)}}
     *
     * @param margin the margin per period (any finite value, in money)
     * @param d the discount rate per period, a fraction {@code >= 0}
     * @param renewalsMade the number of renewals the customer has made, {@code >= 0}
     * @throws IllegalArgumentException as for DERL, or if {@code margin} is not finite
     */
    public double residualLifetimeValueAfterRenewals(double margin, double d, int renewalsMade) {
        checkArgument(Double.isFinite(margin), "margin must be finite, was %s", margin);
        return margin * discountedExpectedResidualLifetimeAfterRenewals(d, renewalsMade);
    }

    /**
     * sum_{k >= 0} (b)_k / (c)_k (1 + d)^-k = 2F1(1, b; c; 1 / (1 + d)) for c - b = alpha; at d = 0
     * Gauss's sum gives (c - 1) / (alpha - 1), finite only for alpha > 1.
     */
    private double discountedSum(double d, double b, double c) {
        checkArgument(d > -1 && Double.isFinite(d), "d must be > -1 and finite, was %s", d);
        if (d < 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (d == 0) {
            return alpha > 1 ? (c - 1) / (alpha - 1) : Double.POSITIVE_INFINITY;
        }
        return GaussHypergeometric.value(1, b, c, 1 / (1 + d));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftedBetaGeometric
                && Double.compare(alpha, ((ShiftedBetaGeometric) other).alpha) == 0
                && Double.compare(beta, ((ShiftedBetaGeometric) other).beta) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(alpha) + Double.hashCode(beta);
    }

    @Override
    public String toString() {
        return "ShiftedBetaGeometric{alpha=" + alpha + ", beta=" + beta + "}";
    }
}
