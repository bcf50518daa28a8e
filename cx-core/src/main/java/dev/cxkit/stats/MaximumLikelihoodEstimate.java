package dev.cxkit.stats;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.MaximumLikelihood;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome of a maximum-likelihood fit: estimates by name, the maximised log-likelihood, the
 * work done and whether the optimizer converged, and standard errors from the observed
 * information where the numeric Hessian is positive definite.
 *
 * <p>Immutable value type; equal when every field is equal. Thread-safe.
 */
public final class MaximumLikelihoodEstimate {

    private final List<String> names;
    private final double[] estimates;
    /** Null when the estimate has none; the accessors answer with an empty {@code Optional}. */
    private final double[] standardErrors;

    /** Null when the estimate has none; the accessors answer with an empty {@code Optional}. */
    private final double[][] covariance;

    private final double logLikelihood;
    private final int evaluations;
    private final int iterations;
    private final boolean converged;

    private MaximumLikelihoodEstimate(
            List<String> names,
            double[] estimates,
            double[] standardErrors,
            double[][] covariance,
            double logLikelihood,
            int evaluations,
            int iterations,
            boolean converged) {
        this.names = List.copyOf(names);
        this.estimates = estimates.clone();
        this.standardErrors = standardErrors == null ? null : standardErrors.clone();
        this.covariance = covariance == null ? null : deepCopy(covariance);
        this.logLikelihood = logLikelihood;
        this.evaluations = evaluations;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * Creates an estimate without standard errors, as a fit reports it when the observed
     * information at the estimate is not positive definite (or was not computed): {@link
     * #standardError(String)} and {@link #covariance()} are then empty.
     *
     * @param names the parameter names, in the order of {@code estimates}
     * @param estimates the estimates, on the parameters' natural scale
     * @param logLikelihood the maximised log-likelihood
     * @param evaluations the number of log-likelihood evaluations the fit made
     * @param iterations the number of optimizer iterations
     * @param converged whether the optimizer met its convergence criterion
     * @return the estimate; the array is copied
     * @throws NullPointerException when {@code names}, one of them, or {@code estimates} is null
     * @throws IllegalArgumentException when {@code names} and {@code estimates} differ in length
     */
    public static MaximumLikelihoodEstimate withoutStandardErrors(
            List<String> names,
            double[] estimates,
            double logLikelihood,
            int evaluations,
            int iterations,
            boolean converged) {
        checkNamesAndEstimates(names, estimates);
        return new MaximumLikelihoodEstimate(
                names, estimates, null, null, logLikelihood, evaluations, iterations, converged);
    }

    /**
     * Creates an estimate with the standard errors of its parameters but no covariance matrix
     * (for example a fit reported elsewhere): {@link #covariance()} is then empty.
     *
     * @param names the parameter names, in the order of {@code estimates}
     * @param estimates the estimates, on the parameters' natural scale
     * @param standardErrors the standard errors of the estimates, in the order of {@code names},
     *     each finite and {@code >= 0}
     * @param logLikelihood the maximised log-likelihood
     * @param evaluations the number of log-likelihood evaluations the fit made
     * @param iterations the number of optimizer iterations
     * @param converged whether the optimizer met its convergence criterion
     * @return the estimate; the arrays are copied
     * @throws NullPointerException when {@code names}, one of them, {@code estimates} or {@code
     *     standardErrors} is null
     * @throws IllegalArgumentException when the lengths differ or a standard error is negative or
     *     not finite
     */
    public static MaximumLikelihoodEstimate withStandardErrors(
            List<String> names,
            double[] estimates,
            double[] standardErrors,
            double logLikelihood,
            int evaluations,
            int iterations,
            boolean converged) {
        checkNamesAndEstimates(names, estimates);
        Objects.requireNonNull(standardErrors, "standardErrors");
        checkArgument(
                standardErrors.length == estimates.length,
                "standardErrors must have one value per estimate (%s), had %s",
                estimates.length,
                standardErrors.length);
        for (double error : standardErrors) {
            checkArgument(
                    error >= 0 && Double.isFinite(error),
                    "a standard error must be >= 0 and finite, was %s",
                    error);
        }
        return new MaximumLikelihoodEstimate(
                names,
                estimates,
                standardErrors,
                null,
                logLikelihood,
                evaluations,
                iterations,
                converged);
    }

    /**
     * Creates an estimate with the covariance matrix of the estimates (natural scale, rows and
     * columns in the order of {@code names}); the standard errors are the square roots of its
     * diagonal.
     *
     * @param names the parameter names, in the order of {@code estimates}
     * @param estimates the estimates, on the parameters' natural scale
     * @param covariance the covariance matrix of the estimates, square, with one row and column
     *     per estimate, finite entries and a diagonal {@code >= 0}
     * @param logLikelihood the maximised log-likelihood
     * @param evaluations the number of log-likelihood evaluations the fit made
     * @param iterations the number of optimizer iterations
     * @param converged whether the optimizer met its convergence criterion
     * @return the estimate; the arrays are copied
     * @throws NullPointerException when {@code names}, one of them, {@code estimates}, {@code
     *     covariance} or one of its rows is null
     * @throws IllegalArgumentException when {@code names}, {@code estimates} and the covariance
     *     differ in size, an entry is not finite or a variance is negative
     */
    public static MaximumLikelihoodEstimate withCovariance(
            List<String> names,
            double[] estimates,
            double[][] covariance,
            double logLikelihood,
            int evaluations,
            int iterations,
            boolean converged) {
        checkNamesAndEstimates(names, estimates);
        Objects.requireNonNull(covariance, "covariance");
        int n = estimates.length;
        checkArgument(covariance.length == n, "covariance must be %s x %s", n, n);
        for (int i = 0; i < n; i++) {
            double[] row = Objects.requireNonNull(covariance[i], "covariance row");
            checkArgument(row.length == n, "covariance must be %s x %s", n, n);
            for (double entry : row) {
                checkArgument(
                        Double.isFinite(entry), "covariance entries must be finite, was %s", entry);
            }
            checkArgument(row[i] >= 0, "a variance must be >= 0, was %s", row[i]);
        }
        return new MaximumLikelihoodEstimate(
                names,
                estimates,
                MaximumLikelihood.standardErrors(covariance),
                covariance,
                logLikelihood,
                evaluations,
                iterations,
                converged);
    }

    private static void checkNamesAndEstimates(List<String> names, double[] estimates) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(estimates, "estimates");
        checkArgument(
                names.size() == estimates.length,
                "names and estimates must have the same length, were %s and %s",
                names.size(),
                estimates.length);
    }

    private static double[][] deepCopy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * {@return the covariance matrix of the natural-scale estimates from the inverse observed
     * information (mapped from log-parameters by the delta method), rows and columns in the order
     * of {@link #parameterNames()}; empty when the Hessian at the estimate is not positive definite
     * or the estimate was created without it} A fresh copy on each call.
     */
    public Optional<double[][]> covariance() {
        return covariance == null ? Optional.empty() : Optional.of(deepCopy(covariance));
    }

    /** {@return the parameter names, in the order of {@link #estimates()}} */
    public List<String> parameterNames() {
        return names;
    }

    /** {@return the estimates on their natural scale, in the order of {@link #parameterNames()}} */
    public double[] estimates() {
        return estimates.clone();
    }

    /**
     * {@return the estimate of the named parameter}
     *
     * @param name the parameter's name, one of the fit's names
     */
    public double estimate(String name) {
        return estimates[indexOf(name)];
    }

    /**
     * {@return the standard error of the named parameter from the inverse observed information
     * (numeric Hessian of the log-likelihood in log-parameters, mapped by the delta method); empty
     * when the Hessian at the estimate is not positive definite (an estimate created {@link
     * #withoutStandardErrors without standard errors})}
     *
     * @param name the parameter's name, one of the fit's names
     */
    public OptionalDouble standardError(String name) {
        int index = indexOf(name);
        return standardErrors == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(standardErrors[index]);
    }

    /** {@return the maximised log-likelihood (natural logarithm, including every constant term)} */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** {@return log-likelihood evaluations spent, the standard-error Hessian included} */
    public int evaluations() {
        return evaluations;
    }

    /** {@return iterations of the simplex stage (the BOBYQA stage reports evaluations only)} */
    public int iterations() {
        return iterations;
    }

    /**
     * {@return whether the final polish stage met its tolerance and confirmed the optimum found
     * before it}
     */
    public boolean converged() {
        return converged;
    }

    private int indexOf(String name) {
        Objects.requireNonNull(name, "name");
        int index = names.indexOf(name);
        checkArgument(index >= 0, "name must be one of %s, was %s", names, name);
        return index;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MaximumLikelihoodEstimate)) {
            return false;
        }
        MaximumLikelihoodEstimate that = (MaximumLikelihoodEstimate) other;
        return names.equals(that.names)
                && Arrays.equals(estimates, that.estimates)
                && Arrays.equals(standardErrors, that.standardErrors)
                && Arrays.deepEquals(covariance, that.covariance)
                && Double.compare(logLikelihood, that.logLikelihood) == 0
                && evaluations == that.evaluations
                && iterations == that.iterations
                && converged == that.converged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                names,
                Arrays.hashCode(estimates),
                Arrays.hashCode(standardErrors),
                Arrays.deepHashCode(covariance),
                logLikelihood,
                evaluations,
                iterations,
                converged);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("MaximumLikelihoodEstimate{");
        for (int i = 0; i < estimates.length; i++) {
            text.append(names.get(i)).append('=').append(estimates[i]);
            if (standardErrors != null) {
                text.append(" (se ").append(standardErrors[i]).append(')');
            }
            text.append(", ");
        }
        return text.append("logLikelihood=")
                .append(logLikelihood)
                .append(", evaluations=")
                .append(evaluations)
                .append(", iterations=")
                .append(iterations)
                .append(", converged=")
                .append(converged)
                .append('}')
                .toString();
    }
}
