package dev.cxkit.stats;

/** Test access to the package-private factories of {@link MaximumLikelihoodEstimate}. */
public final class MaximumLikelihoodEstimateAccess {

    private MaximumLikelihoodEstimateAccess() {}

    /** The same estimate with its standard errors and covariance dropped. */
    public static MaximumLikelihoodEstimate withoutCovariance(MaximumLikelihoodEstimate estimate) {
        return MaximumLikelihoodEstimate.of(
                estimate.parameterNames(),
                estimate.estimates(),
                null,
                estimate.logLikelihood(),
                estimate.evaluations(),
                estimate.iterations(),
                estimate.converged());
    }
}
