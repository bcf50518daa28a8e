package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.MaximumLikelihood;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.hipparchus.special.Beta;

import java.util.List;
import java.util.Objects;

/**
 * The BG/BB model of discrete-time repeat transactions (Fader, Hardie &amp; Shang 2010,
 * "Customer-base analysis in a discrete-time noncontractual setting", Marketing Science 29(6)).
 *
 * <p>At each of n transaction opportunities after the first, an alive customer transacts with
 * probability p ~ Beta(alpha, beta) and, at the start of each opportunity, drops out for good with
 * probability theta ~ Beta(gamma, delta). Inputs are (x, t_x, n): x transactions in n
 * opportunities, the last at opportunity t_x (0 when x = 0); in {@link RfmPatterns} they are
 * (frequency, recency, age) and must be whole numbers with {@code x <= t_x <= n}.
 *
 * <p>Immutable value type; thread-safe.
 */
public final class BgBbModel {

    private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");

    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double delta;

    private BgBbModel(double alpha, double beta, double gamma, double delta) {
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.delta = delta;
    }

    /**
     * {@return the model with the given parameters, each > 0 and finite}
     *
     * @param alpha the first shape parameter of the transaction probability's Beta distribution
     * @param beta the second shape parameter of the transaction probability's Beta distribution
     * @param gamma the first shape parameter of the dropout probability's Beta distribution
     * @param delta the second shape parameter of the dropout probability's Beta distribution
     */
    public static BgBbModel of(double alpha, double beta, double gamma, double delta) {
        BgNbdModel.checkPositive("alpha", alpha);
        BgNbdModel.checkPositive("beta", beta);
        BgNbdModel.checkPositive("gamma", gamma);
        BgNbdModel.checkPositive("delta", delta);
        return new BgBbModel(alpha, beta, gamma, delta);
    }

    /**
     * Fits by maximum likelihood on (frequency, recency, periods) patterns with counts.
     *
     * @param patterns the customers' (x, t_x, n) patterns with their counts, as (frequency,
     *     recency, age)
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if a pattern is not whole numbers with {@code x <= t_x <= n},
     *     there are no customers, or none transacted
     */
    public static ModelFit<BgBbModel> fit(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        for (int i = 0; i < patterns.size(); i++) {
            checkOpportunities(patterns.frequency(i), patterns.recency(i), patterns.age(i));
        }
        patterns.checkIdentifiesRepeatBuying();
        MaximumLikelihoodEstimate estimate = MaximumLikelihood.maximizePositive(
                NAMES,
                new double[] {1, 1, 1, 1},
                p -> new BgBbModel(p[0], p[1], p[2], p[3]).logLikelihood(patterns));
        return RepeatBuyingFit.checked(
                "BG/BB",
                RepeatBuyingFit.describe(patterns),
                estimate,
                p -> of(p[0], p[1], p[2], p[3]));
    }

    private static void checkOpportunities(int x, double tx, double n) {
        RfmSummary.checkTimes(x, tx, n);
        checkArgument(
                tx == Math.rint(tx) && n == Math.rint(n) && n <= Integer.MAX_VALUE,
                "recency and periods must be whole numbers of opportunities, were %s and %s",
                tx,
                n);
        checkArgument(x <= tx, "frequency must be <= recency %s, was %s", tx, (Object) x);
    }

    /**
     * {@return alpha, the first shape parameter of the Beta(alpha, beta) transaction probability}
     */
    public double alpha() {
        return alpha;
    }

    /**
     * {@return beta, the second shape parameter of the Beta(alpha, beta) transaction probability}
     */
    public double beta() {
        return beta;
    }

    /** {@return gamma, the first shape parameter of the Beta(gamma, delta) dropout probability} */
    public double gamma() {
        return gamma;
    }

    /** {@return delta, the second shape parameter of the Beta(gamma, delta) dropout probability} */
    public double delta() {
        return delta;
    }

    /**
     * {@return the log-likelihood of the patterns, the sum of {@link #logLikelihood(int, int, int)}
     * times counts}
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     */
    public double logLikelihood(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        return ChunkedSum.over(patterns.size(), (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += patterns.count(i)
                        * logLikelihood(patterns.frequency(i), (int) patterns.recency(i), (int)
                                patterns.age(i));
            }
            return sum;
        });
    }

    /**
     * The log-likelihood of one history (FHS 2010 eq. 5), summed in log space:
     * <pre>
     *   L = B(alpha + x, beta + n - x)/B(alpha, beta) B(gamma, delta + n)/B(gamma, delta)
     *     + sum_{i=0}^{n - t_x - 1} B(alpha + x, beta + t_x - x + i)/B(alpha, beta)
     *                               B(gamma + 1, delta + t_x + i)/B(gamma, delta)
     * </pre>
     */
    double logLikelihood(int x, int tx, int n) {
        double logNorm = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
        double alive =
                Beta.logBeta(alpha + x, beta + n - x) + Beta.logBeta(gamma, delta + n) - logNorm;
        double max = alive;
        double[] dropped = new double[n - tx];
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = Beta.logBeta(alpha + x, beta + tx - x + i)
                    + Beta.logBeta(gamma + 1, delta + tx + i)
                    - logNorm;
            max = Math.max(max, dropped[i]);
        }
        double sum = Math.exp(alive - max);
        for (double term : dropped) {
            sum += Math.exp(term - max);
        }
        return max + Math.log(sum);
    }

    /**
     * P(alive at opportunity n + 1 | x, t_x, n) =
     * B(alpha + x, beta + n - x)/B(alpha, beta) B(gamma, delta + n + 1)/B(gamma, delta) / L (FHS 2010
     * eq. 11); in [0, 1].
     *
     * @param x the number of transactions, {@code 0 <= x <= t_x}
     * @param tx the opportunity of the last transaction, t_x ({@code 0} when {@code x = 0}),
     *     {@code <= n}
     * @param n the number of transaction opportunities observed, {@code >= 0}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException unless {@code 0 <= x <= t_x <= n}, t_x = 0 exactly when x = 0
     */
    public double probabilityAlive(int x, int tx, int n) {
        checkOpportunities(x, tx, n);
        double logAlive = Beta.logBeta(alpha + x, beta + n - x)
                - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma, delta + n + 1)
                - Beta.logBeta(gamma, delta);
        return Math.min(1, Math.exp(logAlive - logLikelihood(x, tx, n)));
    }

    /**
     * P(X(n) = x), the probability that a new customer makes exactly {@code x} transactions in
     * its first {@code n} opportunities (FHS 2010 eq. 8):
     * <pre>
     *   C(n, x) B(alpha + x, beta + n - x)/B(alpha, beta) B(gamma, delta + n)/B(gamma, delta)
     *     + sum_{i=x}^{n-1} C(i, x) B(alpha + x, beta + i - x)/B(alpha, beta) B(gamma + 1, delta + i)/B(gamma, delta)
     * </pre>
     * (alive through all n opportunities, or dropped out after opportunity i having transacted x
     * times in the first i); each term in log space. Sums to 1 over x = 0..n.
     *
     * @param x the number of transactions, {@code 0 <= x <= n}
     * @param n the number of transaction opportunities observed, {@code >= 0}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException unless {@code 0 <= x <= n}
     */
    public double probabilityOfTransactions(int x, int n) {
        checkArgument(n >= 0, "n must be >= 0, was %s", n);
        checkArgument(x >= 0 && x <= n, "x must be in [0, n = %s], was %s", n, x);
        double logNorm = Beta.logBeta(alpha, beta) + Beta.logBeta(gamma, delta);
        double sum = Math.exp(logChoose(n, x)
                + Beta.logBeta(alpha + x, beta + n - x)
                + Beta.logBeta(gamma, delta + n)
                - logNorm);
        for (int i = x; i < n; i++) {
            sum += Math.exp(logChoose(i, x)
                    + Beta.logBeta(alpha + x, beta + i - x)
                    + Beta.logBeta(gamma + 1, delta + i)
                    - logNorm);
        }
        return sum;
    }

    /**
     * {@return the expected number of customers with each frequency x = 0..n among
     * {@code customers} new customers observed for {@code n} opportunities,
     * {@code customers * P(X(n) = x)}: the model's side of the fit check of FHS 2010 (figure 3), to
     * set beside the observed counts}
     *
     * @param customers the number of new customers, {@code >= 0}
     * @param n the number of transaction opportunities observed, {@code >= 0}
     * @throws IllegalArgumentException if {@code customers < 0} or {@code n < 0}
     */
    public double[] expectedFrequencyCounts(long customers, int n) {
        checkArgument(customers >= 0, "customers must be >= 0, was %s", customers);
        checkArgument(n >= 0, "n must be >= 0, was %s", n);
        double[] counts = new double[n + 1];
        for (int x = 0; x <= n; x++) {
            counts[x] = customers * probabilityOfTransactions(x, n);
        }
        return counts;
    }

    private static double logChoose(int n, int k) {
        return -Math.log(n + 1.0) - Beta.logBeta(n - k + 1.0, k + 1.0);
    }

    /**
     * E[X(n)], the expected transactions of a new customer in its first n opportunities (FHS 2010
     * eq. 9): alpha/(alpha + beta) delta/(gamma - 1) [1 - prod_{j=0}^{n-1} (1 + delta + j)/(gamma + delta + j)].
     * The Gamma-function ratio is written as that product, evaluated through log1p and expm1, so it
     * stays accurate near gamma = 1, where the limit delta sum_j 1/(1 + delta + j) is used.
     *
     * @param n the number of transaction opportunities observed, {@code >= 0}
     * @return the expected number of transactions, {@code >= 0}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public double expectedTransactions(int n) {
        checkArgument(n >= 0, "n must be >= 0, was %s", n);
        return alpha / (alpha + beta) * aliveOpportunities(0, n);
    }

    /**
     * E[X(n, n + m) | x, t_x, n], the expected transactions in the next {@code m} opportunities of a
     * customer with history (x, t_x, n) (FHS 2010 eq. 13):
     * <pre>
     *   1/L B(alpha + x + 1, beta + n - x)/B(alpha, beta) delta/(gamma - 1) G(gamma + delta)/G(1 + delta)
     *     [G(1 + delta + n)/G(gamma + delta + n) - G(1 + delta + n + m)/G(gamma + delta + n + m)]
     * </pre>
     *
     * @param m the number of future opportunities, {@code >= 0}
     * @param x the number of transactions, {@code 0 <= x <= t_x}
     * @param tx the opportunity of the last transaction, t_x ({@code 0} when {@code x = 0}),
     *     {@code <= n}
     * @param n the number of transaction opportunities observed, {@code >= 0}
     * @return the expected number of transactions, {@code >= 0}
     * @throws IllegalArgumentException if {@code m < 0} or the history is invalid
     */
    public double conditionalExpectedTransactions(int m, int x, int tx, int n) {
        checkArgument(m >= 0, "m must be >= 0, was %s", m);
        checkOpportunities(x, tx, n);
        double logTransact = Beta.logBeta(alpha + x + 1, beta + n - x) - Beta.logBeta(alpha, beta);
        // G(gamma + delta) G(1 + delta + n) / (G(1 + delta) G(gamma + delta + n)) =
        // exp(-logDropoutProduct(0, n))
        double logSurvived = -logDropoutProduct(0, n);
        return Math.exp(logTransact + logSurvived - logLikelihood(x, tx, n))
                * aliveOpportunities(n, m);
    }

    /**
     * delta/(gamma - 1) [1 - prod_{j=from}^{from+count-1} (1 + delta + j)/(gamma + delta + j)]: the
     * expected number of the {@code count} opportunities after {@code from} at which a customer alive
     * at {@code from} is still alive, scaled by the survival to {@code from}.
     */
    private double aliveOpportunities(int from, int count) {
        if (count == 0) {
            return 0;
        }
        if (gamma == 1) {
            double sum = 0;
            for (int j = from; j < from + count; j++) {
                sum += 1 / (1 + delta + j);
            }
            return delta * sum;
        }
        return -delta / (gamma - 1) * Math.expm1(-logDropoutProduct(from, count));
    }

    /** sum_{j=from}^{from+count-1} ln((gamma + delta + j)/(1 + delta + j)), through log1p. */
    private double logDropoutProduct(int from, int count) {
        double sum = 0;
        for (int j = from; j < from + count; j++) {
            sum += Math.log1p((gamma - 1) / (1 + delta + j));
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BgBbModel)) {
            return false;
        }
        BgBbModel that = (BgBbModel) other;
        return Double.compare(alpha, that.alpha) == 0
                && Double.compare(beta, that.beta) == 0
                && Double.compare(gamma, that.gamma) == 0
                && Double.compare(delta, that.delta) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(alpha, beta, gamma, delta);
    }

    @Override
    public String toString() {
        return "BgBbModel{alpha=" + alpha + ", beta=" + beta + ", gamma=" + gamma + ", delta="
                + delta + "}";
    }
}
