package dev.cxkit.internal;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Maximum-likelihood fitting of models whose parameters are all positive.
 *
 * <p>The search runs on the logarithms of the parameters, so every point it tries is a valid
 * parameter vector and scales from 1e-3 to 1e3 are treated alike. Two stages: Hipparchus'
 * Nelder-Mead simplex from the caller's start (robust far from the optimum), then a BOBYQA polish
 * with a full quadratic model (stopping trust-region radius 1e-7)
 * from the simplex's best point (fast, precise near the optimum; log-parameters bounded to
 * [-40, 40]). A point where the log-likelihood is not finite counts as very unlikely, so the
 * search steps away from it instead of failing. The fit is reported as converged when the polish
 * meets its trust-region tolerance within its budget and ends no worse than the simplex.
 *
 * <p>Standard errors come from the observed information: the Hessian of the log-likelihood in
 * log-parameters by central differences (step 1e-3), inverted by Cholesky decomposition, and mapped
 * to the natural scale by the delta method ({@code se(theta) = theta * se(log theta)}). The step
 * balances the differences' truncation error (of order h^2) against rounding in a log-likelihood of
 * thousands to millions of terms (of order eps |LL| / h^2): on CDNOW a step of 1e-4 put the
 * Pareto/NBD's standard errors of s and beta off by 6e-4 (relative) through rounding, while 1e-3
 * agrees with R's
 * Richardson-extrapolated {@code numDeriv::hessian} to about 1e-5 (see
 * {@code StandardErrorReferenceTest}).
 *
 * <p>Thread safety: stateless; the log-likelihood function must be safe to call repeatedly.
 */
public final class MaximumLikelihood {

    private static final Logger LOG = LoggerFactory.getLogger(MaximumLikelihood.class);

    private static final double PENALTY = 1e300;
    private static final double LOG_BOUND = 40;
    private static final double SIMPLEX_SIDE = 0.5;
    private static final double POLISH_RADIUS = 0.05;
    private static final double POLISH_STOP_RADIUS = 1e-7;
    private static final double HESSIAN_STEP = 1e-3;
    private static final int MAX_EVALUATIONS = 20_000;

    private MaximumLikelihood() {}

    /**
     * Maximises {@code logLikelihood} over positive parameters from {@code start}.
     *
     * @param names the parameter names, one per coordinate (at least two)
     * @param start a positive, finite starting point
     * @param logLikelihood the log-likelihood of a natural-scale parameter vector
     * @return the estimate with its diagnostics; never NaN parameters
     * @throws IllegalArgumentException if the names and start differ in length, there are fewer
     *     than two parameters, or a start value is not positive and finite
     */
    public static MaximumLikelihoodEstimate maximizePositive(
            List<String> names, double[] start, ToDoubleFunction<double[]> logLikelihood) {
        return fit(names, start, logLikelihood, true);
    }

    /**
     * Refines a start that is already near the maximum (for example a fit on a subsample of the
     * data) with the BOBYQA stage alone, which needs far fewer evaluations than the simplex.
     *
     * @param names the parameter names, one per coordinate (at least two)
     * @param start a positive, finite starting point near the maximum
     * @param logLikelihood the log-likelihood of a natural-scale parameter vector
     * @return the estimate with its diagnostics
     * @throws IllegalArgumentException as {@link #maximizePositive}
     */
    public static MaximumLikelihoodEstimate refinePositive(
            List<String> names, double[] start, ToDoubleFunction<double[]> logLikelihood) {
        return fit(names, start, logLikelihood, false);
    }

    private static MaximumLikelihoodEstimate fit(
            List<String> names,
            double[] start,
            ToDoubleFunction<double[]> logLikelihood,
            boolean simplexFirst) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(logLikelihood, "logLikelihood");
        checkArgument(
                names.size() == start.length,
                "names and start must have the same length, were %s and %s",
                names.size(),
                start.length);
        checkArgument(
                start.length >= BOBYQAOptimizer.MINIMUM_PROBLEM_DIMENSION,
                "at least %s parameters are needed, were %s",
                BOBYQAOptimizer.MINIMUM_PROBLEM_DIMENSION,
                start.length);
        for (int i = 0; i < start.length; i++) {
            checkArgument(
                    start[i] > 0 && Double.isFinite(start[i]),
                    "start %s must be > 0 and finite, was %s",
                    names.get(i),
                    start[i]);
        }
        CountingObjective objective = new CountingObjective(logLikelihood);
        double[] logStart = Arrays.stream(start).map(Math::log).toArray();

        PointValuePair rough;
        int iterations = 0;
        if (simplexFirst) {
            SimplexOptimizer simplex = new SimplexOptimizer(1e-10, 1e-10);
            rough = simplex.optimize(
                    new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(objective),
                    GoalType.MINIMIZE,
                    new InitialGuess(logStart),
                    new NelderMeadSimplex(start.length, SIMPLEX_SIDE));
            iterations = simplex.getIterations();
            LOG.debug(
                    "simplex stage for {}: {} iterations, {} evaluations, log-likelihood {}",
                    names,
                    iterations,
                    objective.evaluations,
                    -rough.getValue());
        } else {
            rough = new PointValuePair(logStart, objective.value(logStart));
        }

        PointValuePair best = rough;
        boolean converged;
        BOBYQAOptimizer polish = new BOBYQAOptimizer(
                (start.length + 1) * (start.length + 2) / 2, POLISH_RADIUS, POLISH_STOP_RADIUS);
        try {
            double[] lower = new double[start.length];
            double[] upper = new double[start.length];
            Arrays.fill(lower, -LOG_BOUND);
            Arrays.fill(upper, LOG_BOUND);
            double[] from = rough.getPoint().clone();
            for (int i = 0; i < from.length; i++) {
                from[i] = Math.max(
                        -LOG_BOUND + 2 * POLISH_RADIUS,
                        Math.min(LOG_BOUND - 2 * POLISH_RADIUS, from[i]));
            }
            PointValuePair polished = polish.optimize(
                    new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(objective),
                    GoalType.MINIMIZE,
                    new InitialGuess(from),
                    new SimpleBounds(lower, upper));
            converged = polished.getValue()
                    <= rough.getValue() + 1e-9 * Math.max(1, Math.abs(rough.getValue()));
            if (polished.getValue() < rough.getValue()) {
                best = polished;
            }
            LOG.debug(
                    "BOBYQA stage for {}: {} evaluations, log-likelihood {}, converged {}",
                    names,
                    polish.getEvaluations(),
                    -polished.getValue(),
                    converged);
        } catch (MathIllegalStateException budgetExhausted) {
            converged = false;
            LOG.debug(
                    "BOBYQA stage for {} exhausted its budget of {} evaluations: {}",
                    names,
                    MAX_EVALUATIONS,
                    budgetExhausted.getMessage());
        }
        double maximum = -best.getValue();
        double[] logEstimate = best.getPoint();
        double[] estimate = Arrays.stream(logEstimate).map(Math::exp).toArray();
        double[][] covariance = converged && maximum > -PENALTY
                ? covariance(objective, logEstimate, estimate)
                : null;
        double[] standardErrors = covariance == null ? null : standardErrors(covariance);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "maximum likelihood for {}: estimates {}, log-likelihood {}, {} evaluations, converged {},"
                            + " standard errors {}",
                    names,
                    Arrays.toString(estimate),
                    maximum,
                    objective.evaluations,
                    converged,
                    standardErrors == null ? "not available" : Arrays.toString(standardErrors));
        }
        return covariance == null
                ? MaximumLikelihoodEstimate.withoutStandardErrors(
                        names, estimate, maximum, objective.evaluations, iterations, converged)
                : MaximumLikelihoodEstimate.withCovariance(
                        names,
                        estimate,
                        covariance,
                        maximum,
                        objective.evaluations,
                        iterations,
                        converged);
    }

    /**
     * The covariance of the natural-scale estimates: the inverse observed information in
     * log-parameters mapped by the delta method, cov(theta_i, theta_j) = theta_i theta_j
     * cov(log theta_i, log theta_j); null when the Hessian is not positive definite.
     */
    private static double[][] covariance(
            CountingObjective objective, double[] at, double[] estimate) {
        RealMatrix hessian = numericHessian(objective, at);
        try {
            RealMatrix inverse = new CholeskyDecomposition(hessian).getSolver().getInverse();
            int n = at.length;
            double[][] covariance = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    covariance[i][j] = estimate[i] * estimate[j] * inverse.getEntry(i, j);
                    if (!Double.isFinite(covariance[i][j])) {
                        return null;
                    }
                }
            }
            return covariance;
        } catch (MathIllegalStateException | MathIllegalArgumentException notDefinite) {
            return null;
        }
    }

    /**
     * {@return the square roots of the diagonal of {@code covariance}, the standard errors}
     *
     * @param covariance a covariance matrix, square
     */
    public static double[] standardErrors(double[][] covariance) {
        double[] errors = new double[covariance.length];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = Math.sqrt(covariance[i][i]);
        }
        return errors;
    }

    /** The Hessian of the minimised objective (the negative log-likelihood) by central differences. */
    private static RealMatrix numericHessian(CountingObjective objective, double[] at) {
        int n = at.length;
        double h = HESSIAN_STEP;
        double centre = objective.value(at);
        RealMatrix hessian = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            double plus = objective.value(shifted(at, i, h, i, 0));
            double minus = objective.value(shifted(at, i, -h, i, 0));
            hessian.setEntry(i, i, (plus - 2 * centre + minus) / (h * h));
            for (int j = 0; j < i; j++) {
                double pp = objective.value(shifted(at, i, h, j, h));
                double pm = objective.value(shifted(at, i, h, j, -h));
                double mp = objective.value(shifted(at, i, -h, j, h));
                double mm = objective.value(shifted(at, i, -h, j, -h));
                double mixed = (pp - pm - mp + mm) / (4 * h * h);
                hessian.setEntry(i, j, mixed);
                hessian.setEntry(j, i, mixed);
            }
        }
        return hessian;
    }

    private static double[] shifted(double[] at, int i, double di, int j, double dj) {
        double[] point = at.clone();
        point[i] += di;
        point[j] += dj;
        return point;
    }

    /** The negative log-likelihood of log-parameters, counting its evaluations. */
    private static final class CountingObjective implements MultivariateFunction {
        private final ToDoubleFunction<double[]> logLikelihood;
        private int evaluations;

        CountingObjective(ToDoubleFunction<double[]> logLikelihood) {
            this.logLikelihood = logLikelihood;
        }

        @Override
        public double value(double[] logParameters) {
            evaluations++;
            double[] parameters = new double[logParameters.length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = Math.exp(logParameters[i]);
            }
            double value = logLikelihood.applyAsDouble(parameters);
            return Double.isFinite(value) ? -value : PENALTY;
        }
    }
}
