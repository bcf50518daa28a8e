package dev.cxkit.clv;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.List;
import java.util.Objects;

/**
 * The Pareto/NBD model of non-contractual repeat buying (Schmittlein, Morrison &amp; Colombo 1987,
 * "Counting your customers: who are they and what will they do next?", Management Science 33(1)),
 * in the formulation of Fader &amp; Hardie (2005), "A note on deriving the Pareto/NBD model and
 * related expressions" (FH 2005 below).
 *
 * <p>While alive a customer buys as a Poisson process with rate lambda ~ Gamma(r, alpha); the
 * lifetime is exponential with rate mu ~ Gamma(s, beta) (alpha and beta are rates in the time unit
 * of the data). Unlike the BG/NBD, dropout can happen at any time, also before the first repeat
 * purchase. Inputs are (x, t_x, T) as in {@link RfmSummary}.
 *
 * <p>Immutable value type; thread-safe.
 *
 * @param r the shape parameter of the purchase rate's Gamma distribution
 * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
 *     units
 * @param s the shape parameter of the dropout rate's Gamma distribution
 * @param beta the scale parameter of the dropout rate's Gamma distribution, in model time units
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta)
        implements RepeatBuyingModel {

    private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");

    /** Series terms allowed per 2F1; reached only when |alpha - beta|/(max(alpha, beta) + t) is within about 1e-5 of 1. */
    private static final int MAX_TERMS = 4_000_000;

    /**
     * Validates the parameters.
     *
     * @param r the shape parameter of the purchase rate's Gamma distribution
     * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
     *     units
     * @param s the shape parameter of the dropout rate's Gamma distribution
     * @param beta the scale parameter of the dropout rate's Gamma distribution, in model time units
     * @throws IllegalArgumentException naming the first parameter that is not &gt; 0 and finite
     */
    public ParetoNbdModel {
        BgNbdModel.checkPositive("r", r);
        BgNbdModel.checkPositive("alpha", alpha);
        BgNbdModel.checkPositive("s", s);
        BgNbdModel.checkPositive("beta", beta);
    }

    /**
     * {@return the model with the given parameters, each > 0 and finite}
     *
     * @param r the shape parameter of the purchase rate's Gamma distribution
     * @param alpha the scale parameter of the purchase rate's Gamma distribution, in model time
     *     units
     * @param s the shape parameter of the dropout rate's Gamma distribution
     * @param beta the scale parameter of the dropout rate's Gamma distribution, in model time units
     */
    public static ParetoNbdModel of(double r, double alpha, double s, double beta) {
        return new ParetoNbdModel(r, alpha, s, beta);
    }

    /**
     * Fits by maximum likelihood on the compressed patterns, in log-parameters (Nelder-Mead simplex
     * then BOBYQA); above 40,000 patterns a fit on a
     * stratified subsample of about 20,000 gives the start and only the BOBYQA stage runs on all the
     * data. Iterations and convergence are logged at DEBUG.
     *
     * @param patterns the customers' (frequency, recency, age) patterns with their counts
     * @return the fitted model with its estimate, convergence and diagnostics
     * @throws IllegalArgumentException if there are no customers or no repeat buyers
     * @throws FitFailedException if the fit does not converge, naming the data and the last parameters
     */
    public static ModelFit<ParetoNbdModel> fit(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        double meanAge = patterns.isEmpty() ? 1 : Math.max(patterns.meanFrequencyAndAge()[1], 1e-3);
        return RepeatBuyingFit.fit(
                "Pareto/NBD",
                NAMES,
                new double[] {1, meanAge, 1, meanAge},
                patterns,
                p -> new ParetoNbdModel(p[0], p[1], p[2], p[3]));
    }

    @Override
    public String modelName() {
        return "Pareto/NBD";
    }

    @Override
    public int parameterCount() {
        return 4;
    }

    @Override
    public ParetoNbdModel withParameters(double[] parameters) {
        checkArgument(
                parameters.length == 4,
                "parameters must be (r, alpha, s, beta), were %s values",
                parameters.length);
        return of(parameters[0], parameters[1], parameters[2], parameters[3]);
    }

    /**
     * The log-likelihood of the patterns (FH 2005):
     * <pre>
     *   L = G(r + x) alpha^r beta^s / G(r) [ 1 / ((alpha + T)^(r + x) (beta + T)^s) + s / (r + s + x) A0 ]
     *   A0 = F(t_x) - F(T),  F(t) = 2F1(r + s + x, b; r + s + x + 1; |alpha - beta| / (m + t)) / (m + t)^(r + s + x)
     * </pre>
     * with m = alpha, b = s + 1 when alpha &gt;= beta and m = beta, b = r + x when alpha &lt; beta:
     * choosing the larger of alpha and beta keeps the argument of 2F1 in [0, 1) with every series
     * term positive, for every ordering of alpha and beta (alpha = beta gives 2F1 = 1). Each term is
     * kept as a logarithm, F(t_x) - F(T) as ln F(t_x) + ln(1 - exp(ln F(T) - ln F(t_x))) and the
     * bracket by log-sum-exp, so nothing overflows for any x or T; the difference is clamped at 0,
     * where rounding could make it negative when t_x is close to T.
     *
     * @throws ArithmeticException if a 2F1 series needs more than 4 million terms (its argument
     *     within about 1e-5 of 1, i.e. alpha and beta differing by a factor of about 1e5)
     */
    @Override
    public double logLikelihood(RfmPatterns patterns) {
        Objects.requireNonNull(patterns, "patterns");
        int maxX = patterns.maxFrequency();
        double[] logGammaRatio = new double[maxX + 1];
        for (int x = 1; x <= maxX; x++) {
            logGammaRatio[x] = logGammaRatio[x - 1] + Math.log(r + x - 1);
        }
        double[] times = patterns.times();
        double[] logAlphaT = new double[times.length];
        double[] logBetaT = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            logAlphaT[i] = Math.log(alpha + times[i]);
            logBetaT[i] = Math.log(beta + times[i]);
        }
        double common = r * Math.log(alpha) + s * Math.log(beta);
        return ChunkedSum.over(patterns.size(), (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = patterns.frequency(i);
                int tx = patterns.recencyIndex(i);
                int t = patterns.ageIndex(i);
                double logFirst = -(r + x) * logAlphaT[t] - s * logBetaT[t];
                double logSecond = logSecondTerm(
                        x,
                        times[tx],
                        times[t],
                        alpha >= beta ? logAlphaT[tx] : logBetaT[tx],
                        alpha >= beta ? logAlphaT[t] : logBetaT[t]);
                sum += patterns.count(i)
                        * (logGammaRatio[x] + common + logAddExp(logFirst, logSecond));
            }
            return sum;
        });
    }

    /** ln(s / (r + s + x) A0), -infinity when A0 is 0; logMaxTx = ln(m + t_x), logMaxT = ln(m + T). */
    private double logSecondTerm(int x, double tx, double T, double logMaxTx, double logMaxT) {
        double a = r + s + x;
        double b = alpha >= beta ? s + 1 : r + x;
        double m = Math.max(alpha, beta);
        double d = Math.abs(alpha - beta);
        double atRecency = logHypergeometric(a, b, d / (m + tx)) - a * logMaxTx;
        double atAge = logHypergeometric(a, b, d / (m + T)) - a * logMaxT;
        if (atAge >= atRecency) {
            return Double.NEGATIVE_INFINITY;
        }
        return Math.log(s / a) + atRecency + Math.log1p(-Math.exp(atAge - atRecency));
    }

    /**
     * ln 2F1(a, b; a + 1; z) for a, b &gt; 0 and 0 &lt;= z &lt; 1, through Euler's transformation
     * (DLMF 15.8.1) 2F1(a, b; a + 1; z) = (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z): the series on
     * the right has positive terms whose ratio (a + 1 - b + n)/(a + 1 + n) z stays below z, so it
     * converges geometrically however large a and b are (the direct series needs about b z/(1 - z)
     * terms before its terms even start to fall). Summation stops when the geometric bound on the
     * tail is below an ulp of the sum.
     */
    private static double logHypergeometric(double a, double b, double z) {
        if (z == 0) {
            return 0;
        }
        double shift = a + 1 - b;
        double sum = 1;
        double term = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (shift + n) / (a + 1 + n) * z;
            sum += term;
            if (term * z <= (1 - z) * Math.ulp(sum)) {
                return (1 - b) * Math.log1p(-z) + Math.log(sum);
            }
        }
        throw new ArithmeticException("Pareto/NBD: 2F1(" + a + ", " + b + "; " + (a + 1) + "; " + z
                + ") needs more than " + MAX_TERMS + " terms; alpha and beta differ too much");
    }

    private static double logAddExp(double u, double v) {
        double max = Math.max(u, v);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(Math.min(u, v) - max));
    }

    /**
     * P(alive | x, t_x, T): the first term of the likelihood over the whole (FH 2005),
     * 1 / (1 + s/(r + s + x) (alpha + T)^(r + x) (beta + T)^s A0), as a logistic function of the
     * log-ratio; in [0, 1].
     *
     * @throws IllegalArgumentException on an invalid (x, t_x, T) (see {@link RfmSummary})
     */
    @Override
    public double probabilityAlive(int x, double tx, double T) {
        RfmSummary.checkTimes(x, tx, T);
        double logFirst = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
        double m = Math.max(alpha, beta);
        double logSecond = logSecondTerm(x, tx, T, Math.log(m + tx), Math.log(m + T));
        return 1 / (1 + Math.exp(logSecond - logFirst));
    }

    /**
     * E[X(t)] = r beta / (alpha (s - 1)) [1 - (beta / (beta + t))^(s - 1)] (FH 2005;
     * Schmittlein et al. 1987), evaluated as r beta / alpha * (1 - exp(-(s - 1) L)) / (s - 1)
     * with L = ln(1 + t / beta) through expm1, which is continuous at s = 1 (limit r beta L / alpha).
     *
     * @throws IllegalArgumentException if {@code t} is negative or not finite
     */
    @Override
    public double expectedTransactions(double t) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        return r * beta / alpha * lifetimeFactor(Math.log1p(t / beta));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r + x)(beta + T) / ((alpha + T)(s - 1)) [1 - ((beta + T)/(beta + T + t))^(s - 1)]
     * P(alive | x, t_x, T) (FH 2005), with the bracket evaluated as in
     * {@link #expectedTransactions(double)}.
     *
     * @throws IllegalArgumentException on a negative t or an invalid (x, t_x, T)
     */
    @Override
    public double conditionalExpectedTransactions(double t, int x, double tx, double T) {
        checkArgument(t >= 0 && Double.isFinite(t), "t must be >= 0 and finite, was %s", t);
        double alive = probabilityAlive(x, tx, T);
        return (r + x)
                * (beta + T)
                / (alpha + T)
                * lifetimeFactor(Math.log1p(t / (beta + T)))
                * alive;
    }

    /** (1 - exp(-(s - 1) L)) / (s - 1), and L at s = 1. */
    private double lifetimeFactor(double logRatio) {
        double k = s - 1;
        return k == 0 ? logRatio : -Math.expm1(-k * logRatio) / k;
    }
}
