package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.GaussHypergeometric;

import java.util.List;
import java.util.Objects;

/**
 * The MBG/NBD model of non-contractual repeat buying (Batislam, Denizel &amp; Filiztekin 2007,
 * "Empirical validation and comparison of models for customer base analysis", International Journal
 * of Research in Marketing 24(3); BDF 2007 below), the variant of the BG/NBD that the
 * {@code lifetimes} library ships as {@code ModifiedBetaGeoFitter}.
 *
 * <p>As the BG/NBD (purchases Poisson with rate lambda ~ Gamma(r, alpha); dropout with probability
 * p ~ Beta(a, b)), except that a customer may also drop out right after the first purchase, so a
 * customer without repeat purchases is not certainly alive. Inputs are (x, t_x, T) as in
 * {@link RfmSummary}.
 *
 * <p>Immutable value type; thread-safe.
 *
 * @param r the shape parameter of the purchase rate's Gamma distribution
 * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
 *     units
 * @param a the first shape parameter of the dropout probability's Beta distribution
 * @param b the second shape parameter of the dropout probability's Beta distribution
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements RepeatBuyingModel {

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
    public MbgNbdModel {
        BgNbdModel.checkPositive("r", r);
        BgNbdModel.checkPositive("alpha", alpha);
        BgNbdModel.checkPositive("a", a);
        BgNbdModel.checkPositive("b", b);
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
    public static MbgNbdModel of(double r, double alpha, double a, double b) {
        return new MbgNbdModel(r, alpha, a, b);
    }

    /**
     * Fits by maximum likelihood on the compressed patterns, as {@link ParetoNbdModel#fit} does.
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if there are no customers or no repeat buyers
     * @throws FitFailedException if the fit does not converge, naming the data and the last parameters
     */
    public static ModelFit<MbgNbdModel> fit(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        double meanAge = patterns.isEmpty() ? 1 : Math.max(patterns.meanFrequencyAndAge()[1], 1e-3);
        return RepeatBuyingFit.fit(
                "MBG/NBD",
                NAMES,
                new double[] {1, meanAge, 1, 1},
                patterns,
                p -> new MbgNbdModel(p[0], p[1], p[2], p[3]));
    }

    @Override
    public String modelName() {
        return "MBG/NBD";
    }

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public MbgNbdModel withParameters(double[] parameters) {
        checkArgument(
                parameters.length == 4,
                "parameters must be (r, alpha, a, b), were %s values",
                parameters.length);
        return of(parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    /**
     * The log-likelihood of the patterns (BDF 2007):
     * <pre>
     *   L = G(r + x) alpha^r / G(r) B(a, b + x + 1) / B(a, b) (alpha + T)^-(r + x)
     *       [1 + a / (b + x) ((alpha + T)/(alpha + t_x))^(r + x)]
     * </pre>
     * The bracket is evaluated as a softplus of its log-odds; the Gamma and Beta ratios by recursion
     * over x, and the logarithms of the times once per distinct time.
     */
    @Override
    public double logLikelihood(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        int maxX = patterns.maxFrequency();
        double[] byFrequency = new double[maxX + 1];
        double[] logDropoutOdds = new double[maxX + 1];
        byFrequency[0] = Math.log(b / (a + b));
        logDropoutOdds[0] = Math.log(a / b);
        for (int x = 1; x <= maxX; x++) {
            byFrequency[x] =
                    byFrequency[x - 1] + Math.log(r + x - 1) + Math.log((b + x) / (a + b + x));
            logDropoutOdds[x] = Math.log(a / (b + x));
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
                double logAge = logTimes[patterns.ageIndex(i)];
                double logOdds =
                        logDropoutOdds[x] + (r + x) * (logAge - logTimes[patterns.recencyIndex(i)]);
                sum += patterns.count(i)
                        * (byFrequency[x] + rLogAlpha - (r + x) * logAge + softplus(logOdds));
            }
            return sum;
        });
    }

    /** ln(1 + e^u) without overflow. */
    static double softplus(double u) {
        return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + a / (b + x) ((alpha + T)/(alpha + t_x))^(r + x))
     * (BDF 2007), a logistic function of the log-odds; below 1 also for x = 0.
     *
     * @throws IllegalArgumentException on an invalid (x, t_x, T) (see {@link RfmSummary})
     */
    @Override
    public double probabilityAlive(int x, double tx, double T) {
        RfmSummary.checkTimes(x, tx, T);
        double logOdds = Math.log(a / (b + x)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
        return 1 / (1 + Math.exp(logOdds));
    }

    /**
     * E[X(t)] = b / (a - 1) [1 - (alpha/(alpha + t))^r 2F1(r, b + 1; a + b; t/(alpha + t))]
     * (BDF 2007).
     *
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     * @throws IllegalStateException if {@code a == 1}, where the formula is undefined
     */
    @Override
    public double expectedTransactions(double t) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        checkExpectationDefined();
        return b
                / (a - 1)
                * (1
                        - Math.pow(alpha / (alpha + t), r)
                                * GaussHypergeometric.value(r, b + 1, a + b, t / (alpha + t)));
    }

    /**
     * E[Y(t) | x, t_x, T] = (a + b + x)/(a - 1) [1 - ((alpha + T)/(alpha + T + t))^(r + x)
     * 2F1(r + x, b + x + 1; a + b + x; t/(alpha + T + t))] P(alive | x, t_x, T) (BDF 2007).
     *
     * @throws IllegalArgumentException on a negative t or an invalid (x, t_x, T)
     * @throws IllegalStateException if {@code a == 1}
     */
    @Override
    public double conditionalExpectedTransactions(double t, int x, double tx, double T) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        double alive = probabilityAlive(x, tx, T);
        checkExpectationDefined();
        double remaining = Math.pow((alpha + T) / (alpha + T + t), r + x)
                * GaussHypergeometric.value(r + x, b + x + 1, a + b + x, t / (alpha + T + t));
        return (a + b + x) / (a - 1) * (1 - remaining) * alive;
    }

    private void checkExpectationDefined() {
        if (a == 1) {
            throw new IllegalStateException("MBG/NBD expected transactions need a != 1, was a = 1");
        }
    }
}
