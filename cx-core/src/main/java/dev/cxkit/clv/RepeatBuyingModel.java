package dev.cxkit.clv;

import java.util.Objects;

/**
 * A continuous-time model of non-contractual repeat buying fitted on (x, t_x, T) summaries: the
 * BG/NBD ({@link BgNbdModel}), the MBG/NBD ({@link MbgNbdModel}) and the Pareto/NBD
 * ({@link ParetoNbdModel}). The outputs every such model gives, so that a caller can compare them
 * on the same data ({@link ModelComparison}) and value customers with any of them
 * ({@link CustomerLifetimeValue}).
 *
 * <p>Times are in the unit the model was fitted in (x repeat purchases, the last at t_x, observed
 * for T since the first purchase; see {@link RfmSummary}). Implementations are immutable value
 * types and thread-safe.
 */
public sealed interface RepeatBuyingModel permits BgNbdModel, MbgNbdModel, ParetoNbdModel {

    /** The model's short name as the literature writes it ("BG/NBD", "MBG/NBD", "Pareto/NBD"). */
    String modelName();

    /** The number of free parameters (4 for each model here), for AIC and BIC. */
    int parameterCount();

    /** The log-likelihood of the patterns (natural logarithm, every constant term included). */
    double logLikelihood(RfmPatterns patterns);

    /**
     * P(alive | x, t_x, T), the probability that a customer with this history has not dropped out
     * by T; in [0, 1].
     *
     * @throws IllegalArgumentException on an invalid (x, t_x, T) (see {@link RfmSummary})
     */
    double probabilityAlive(int x, double tx, double T);

    /** {@link #probabilityAlive(int, double, double)} for a customer's summary. */
    default double probabilityAlive(RfmSummary customer) {
        Objects.requireNonNull(customer, "customer");
        return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * E[X(t)], the expected number of repeat purchases of a new customer in (0, t]; 0 at t = 0 and
     * non-decreasing in t.
     *
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    double expectedTransactions(double t);

    /**
     * E[Y(t) | x, t_x, T], the expected purchases in (T, T + t] of a customer with history
     * (x, t_x, T).
     *
     * @throws IllegalArgumentException on a negative t or an invalid (x, t_x, T)
     */
    double conditionalExpectedTransactions(double t, int x, double tx, double T);

    /** {@link #conditionalExpectedTransactions(double, int, double, double)} for a customer's summary. */
    default double conditionalExpectedTransactions(double t, RfmSummary customer) {
        Objects.requireNonNull(customer, "customer");
        return conditionalExpectedTransactions(
                t, customer.frequency(), customer.recency(), customer.age());
    }

    /** The model at other parameter values, in the order of its fit's parameter names. */
    RepeatBuyingModel withParameters(double[] parameters);
}
