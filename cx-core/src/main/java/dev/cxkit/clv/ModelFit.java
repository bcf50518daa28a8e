package dev.cxkit.clv;

import dev.cxkit.stats.MaximumLikelihoodEstimate;

import java.util.Objects;

/**
 * A fitted customer-base model together with the diagnostics of its maximum-likelihood fit
 * (log-likelihood, evaluations, convergence, standard errors).
 *
 * <p>Immutable; thread-safe when the model is (every model in this package is).
 *
 * @param model the model at the estimated parameters
 * @param estimate the fit's estimates and diagnostics
 * @param <M> the model type
 */
public record ModelFit<M>(M model, MaximumLikelihoodEstimate estimate) {

    /**
     * Validates that neither part is null.
     *
     * @param model the model at the estimated parameters
     * @param estimate the fit's estimates and diagnostics
     */
    public ModelFit {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(estimate, "estimate");
    }

    /** {@return the maximised log-likelihood, a shortcut for {@code estimate().logLikelihood()}} */
    public double logLikelihood() {
        return estimate.logLikelihood();
    }

    /** {@return whether the optimizer converged, a shortcut for {@code estimate().converged()}} */
    public boolean converged() {
        return estimate.converged();
    }
}
