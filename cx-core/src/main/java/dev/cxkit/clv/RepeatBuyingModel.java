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

    /**
     * {@return the model's short name as the literature writes it ("BG/NBD", "MBG/NBD",
     * "Pareto/NBD")}
     */
    String modelName();

    /** {@return the number of free parameters (4 for each model here), for AIC and BIC} */
    int parameterCount();

    /**
     * {@return the log-likelihood of the patterns (natural logarithm, every constant term
     * included)}
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     */
    double logLikelihood(RfmPatterns patterns);

    /**
     * P(alive | x, t_x, T), the probability that a customer with this history has not dropped out
     * by T; in [0, 1].
     *
     * @param x the number of repeat purchases, {@code >= 0}
     * @param tx the time of the last repeat purchase, t_x, in the model's time unit (0 when
     *     {@code x = 0})
     * @param T the time from the first purchase to the end of observation, in the model's time
     *     unit, {@code >= t_x}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException on an invalid (x, t_x, T) (see {@link RfmSummary})
     */
    double probabilityAlive(int x, double tx, double T);

    /**
     * {@link #probabilityAlive(int, double, double)} for a customer's summary.
     *
     * @param customer the customer's summary (x, t_x, T)
     * @return the probability, in [0, 1]
     */
    default double probabilityAlive(RfmSummary customer) {
        Objects.requireNonNull(customer, "customer");
        return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * E[X(t)], the expected number of repeat purchases of a new customer in (0, t]; 0 at t = 0 and
     * non-decreasing in t.
     *
     * @param t the length of the prediction period, in the model's time unit, {@code >= 0}
     * @return the expected number of repeat purchases, {@code >= 0}
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    double expectedTransactions(double t);

    /**
     * E[Y(t) | x, t_x, T], the expected purchases in (T, T + t] of a customer with history
     * (x, t_x, T).
     *
     * @param t the length of the prediction period, in the model's time unit, {@code >= 0}
     * @param x the number of repeat purchases, {@code >= 0}
     * @param tx the time of the last repeat purchase, t_x, in the model's time unit (0 when
     *     {@code x = 0})
     * @param T the time from the first purchase to the end of observation, in the model's time
     *     unit, {@code >= t_x}
     * @return the expected number of purchases, {@code >= 0}
     * @throws IllegalArgumentException on a negative t or an invalid (x, t_x, T)
     */
    double conditionalExpectedTransactions(double t, int x, double tx, double T);

    /**
     * {@link #conditionalExpectedTransactions(double, int, double, double)} for a customer's
     * summary.
     *
     * @param t the length of the prediction period, in the model's time unit, {@code >= 0}
     * @param customer the customer's summary (x, t_x, T)
     * @return the expected number of purchases, {@code >= 0}
     */
    default double conditionalExpectedTransactions(double t, RfmSummary customer) {
        Objects.requireNonNull(customer, "customer");
        return conditionalExpectedTransactions(
                t, customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * {@return the model at other parameter values, in the order of its fit's parameter names}
     *
     * @param parameters the parameter values, as many as {@link #parameterCount()}
     */
    RepeatBuyingModel withParameters(double[] parameters);
}
