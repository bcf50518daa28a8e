package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.GaussHypergeometric;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

import java.util.List;
import java.util.Objects;

/**
 * The BG/NBD model of non-contractual repeat buying (Fader, Hardie &amp; Lee 2005, "'Counting your
 * customers' the easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)).
 *
 * <p>While alive a customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha) (alpha a
 * rate, in the time unit of the data); after each purchase the customer drops out with probability
 * p ~ Beta(a, b). Inputs are (x, t_x, T) as in {@link RfmSummary}: x repeat purchases, the last
 * at t_x, observed for T since the first purchase; times in the unit the model was fitted in.
 *
 * <p>Immutable value type; thread-safe.
 *
 * @param r the shape parameter of the purchase rate's Gamma distribution
 * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
 *     units
 * @param a the first shape parameter of the dropout probability's Beta distribution
 * @param b the second shape parameter of the dropout probability's Beta distribution
 */
public record BgNbdModel(double r, double alpha, double a, double b) implements RepeatBuyingModel {

    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");

    /**
     * Validates the parameters.
     *
     * @param r the shape parameter of the purchase rate's Gamma distribution
     * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
     *     units
     * @param a the first shape parameter of the dropout probability's Beta distribution
     * @param b the second shape parameter of the dropout probability's Beta distribution
     * @throws IllegalArgumentException naming the first parameter that is not &gt; 0 and finite
     */
    public BgNbdModel {
        checkPositive("r", r);
        checkPositive("alpha", alpha);
        checkPositive("a", a);
        checkPositive("b", b);
    }

    /**
     * {@return the model with the given parameters, each > 0 and finite}
     *
     * @param r the shape parameter of the purchase rate's Gamma distribution
     * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
     *     units
     * @param a the first shape parameter of the dropout probability's Beta distribution
     * @param b the second shape parameter of the dropout probability's Beta distribution
     */
    public static BgNbdModel of(double r, double alpha, double a, double b) {
        return new BgNbdModel(r, alpha, a, b);
    }

    static void checkPositive(String name, double value) {
        checkArgument(
                value > 0 && Double.isFinite(value),
                "%s must be > 0 and finite, was %s",
                name,
                value);
    }

    /**
     * Fits by maximum likelihood on the compressed patterns (log-parameters, Nelder-Mead simplex then
     * BOBYQA). The log-likelihood is evaluated in parallel over patterns when
     * there are many. Above 40,000 patterns the simplex runs on a stratified subsample of about
     * 20,000 (every k-th pattern in (x, T, t_x) order) and only the BOBYQA stage on all the data.
     * Iterations and convergence are logged at DEBUG.
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if there are no customers or no repeat buyers (the data
     *     cannot identify the model)
     * @throws FitFailedException if the fit does not converge, naming the data and the last parameters
     */
    public static ModelFit<BgNbdModel> fit(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        double meanAge = patterns.isEmpty() ? 1 : patterns.meanFrequencyAndAge()[1];
        return RepeatBuyingFit.fit(
                "BG/NBD",
                NAMES,
                new double[] {1, meanAge > 0 ? meanAge : 1, 1, 1},
                patterns,
                p -> new BgNbdModel(p[0], p[1], p[2], p[3]));
    }

    @Override
    public String modelName() {
        return "BG/NBD";
    }

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public BgNbdModel withParameters(double[] parameters) {
        checkArgument(
                parameters.length == 4,
                "parameters must be (r, alpha, a, b), were %s values",
                parameters.length);
        return of(parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    /**
     * The log-likelihood of the patterns, in the rearranged form of Fader &amp; Hardie's note on
     * implementing the BG/NBD in Excel (the ratio (alpha + t_x)/(alpha + T) is at most 1):
     * <pre>
     *   ln L = ln G(r + x) - ln G(r) + r ln alpha - (r + x) ln(alpha + t_x) + ln A
     *        + ln[((alpha + t_x)/(alpha + T))^(r + x) + [x > 0] a / (b + x - 1)],
     *   A = B(a, b + x) / B(a, b)
     * </pre>
     * (FHL 2005 eq. 6). The terms depending on x alone are built by recursion over x and the
     * logarithms of the times once per distinct time.
     */
    @Override
    public double logLikelihood(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        int maxX = patterns.maxFrequency();
        double[] byFrequency = new double[maxX + 1];
        double[] dropoutOdds = new double[maxX + 1];
        for (int x = 1; x <= maxX; x++) {
            byFrequency[x] = byFrequency[x - 1]
                    + Math.log(r + x - 1)
                    + Math.log((b + x - 1) / (a + b + x - 1));
            dropoutOdds[x] = a / (b + x - 1);
        }
        double[] times = patterns.times();
        double[] logTimes = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            logTimes[i] = Math.log(alpha + times[i]);
        }
        double rLogAlpha = r * Math.log(alpha);
        return ChunkedSum.over(patterns.size(), (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = patterns.frequency(i);
                double logRecency = logTimes[patterns.recencyIndex(i)];
                double logRatio = (r + x) * (logRecency - logTimes[patterns.ageIndex(i)]);
                double last = x > 0 ? Math.log(Math.exp(logRatio) + dropoutOdds[x]) : logRatio;
                sum += patterns.count(i)
                        * (byFrequency[x] + rLogAlpha - (r + x) * logRecency + last);
            }
            return sum;
        });
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + [x > 0] a / (b + x - 1) ((alpha + T)/(alpha + t_x))^(r + x))
     * (FHL 2005 eq. 11), computed as a logistic function of the log-odds so it never overflows; in
     * [0, 1]. A customer without repeat purchases is alive with probability 1 under this model.
     *
     * @throws IllegalArgumentException on an invalid (x, t_x, T) (see {@link RfmSummary})
     */
    @Override
    public double probabilityAlive(int x, double tx, double T) {
        RfmSummary.checkTimes(x, tx, T);
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[X(t)], the expected number of purchases of a new customer in (0, t] (FHL 2005 eq. 9):
     * <pre>
     *   (a + b - 1)/(a - 1) [1 - (alpha/(alpha + t))^r 2F1(r, b; a + b - 1; t/(alpha + t))]
     * </pre>
     * Non-decreasing in t, 0 at t = 0.
     *
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     * @throws IllegalStateException if {@code a == 1} or {@code a + b <= 1}, where the formula is undefined
     */
    @Override
    public double expectedTransactions(double t) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        checkExpectationDefined(0);
        double z = t / (alpha + t);
        return (a + b - 1)
                / (a - 1)
                * (1
                        - Math.pow(alpha / (alpha + t), r)
                                * GaussHypergeometric.value(r, b, a + b - 1, z));
    }

    /**
     * E[Y(t) | x, t_x, T], the expected purchases in (T, T + t] of a customer with history
     * (x, t_x, T) (FHL 2005 eq. 10):
     * <pre>
     *   (a + b + x - 1)/(a - 1) [1 - ((alpha + T)/(alpha + T + t))^(r + x)
     *       2F1(r + x, b + x; a + b + x - 1; t/(alpha + T + t))] P(alive | x, t_x, T)
     * </pre>
     *
     * @throws IllegalArgumentException on a negative t or an invalid (x, t_x, T)
     * @throws IllegalStateException if {@code a == 1}, or {@code x == 0} and {@code a + b <= 1}
     */
    @Override
    public double conditionalExpectedTransactions(double t, int x, double tx, double T) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        double alive = probabilityAlive(x, tx, T);
        checkExpectationDefined(x);
        double z = t / (alpha + T + t);
        double remaining = Math.pow((alpha + T) / (alpha + T + t), r + x)
                * GaussHypergeometric.value(r + x, b + x, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - remaining) * alive;
    }

    private void checkExpectationDefined(int x) {
        if (a == 1 || a + b + x <= 1) {
            throw new IllegalStateException(
                    "BG/NBD expected transactions need a != 1 and a + b + x > 1, were a = " + a
                            + ", b = " + b + ", x = " + x);
        }
    }

    /**
     * P(X(t) = k), the probability that a new customer makes exactly {@code k} purchases in (0, t]
     * (FHL 2005 eq. 8):
     * <pre>
     *   B(a, b + k)/B(a, b) G(r + k)/(G(r) k!) (alpha/(alpha + t))^r (t/(alpha + t))^k
     *     + [k > 0] B(a + 1, b + k - 1)/B(a, b) [1 - sum_{j &lt; k} G(r + j)/(G(r) j!) (alpha/(alpha + t))^r (t/(alpha + t))^j]
     * </pre>
     * The bracket, a negative binomial tail, is computed as the regularized incomplete beta
     * I_{t/(alpha + t)}(k, r), without cancellation.
     *
     * @param k the number of purchases, {@code >= 0}
     * @param t the length of the period, in the model's time unit, {@code >= 0}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if {@code k < 0} or {@code t} is negative or not finite
     */
    public double probabilityOfTransactions(int k, double t) {
        checkArgument(k >= 0, "k must be >= 0, was %s", k);
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        double logBeta = Beta.logBeta(a, b);
        double logStay = r * Math.log(alpha / (alpha + t));
        double logCount = k == 0
                ? 0
                : Gamma.logGamma(r + k)
                        - Gamma.logGamma(r)
                        - Gamma.logGamma(k + 1.0)
                        + k * Math.log(t / (alpha + t));
        double alive = Math.exp(Beta.logBeta(a, b + k) - logBeta + logStay + logCount);
        if (k == 0) {
            return alive;
        }
        double droppedOut = Math.exp(Beta.logBeta(a + 1, b + k - 1) - logBeta)
                * Beta.regularizedBeta(t / (alpha + t), k, r);
        return alive + droppedOut;
    }
}
