package dev.cxkit.drivers;

/** An importance measure: one value per driver, in units of R^2, from a correlation matrix. */
@FunctionalInterface
interface ImportanceMeasure {

    /** The drivers' importances; the caller guarantees R_xx is positive definite. */
    double[] of(CorrelationMatrix correlations);
}
