package dev.cxkit.survival;

/**
 * The function of time {@code g(t)} against which the proportional-hazards test looks for a
 * trend in the scaled Schoenfeld residuals ({@link CoxModel#proportionalHazardsTest}); names as
 * R's {@code survival::cox.zph(transform=)}.
 *
 * <p>Immutable and thread-safe.
 */
public enum TimeTransform {

    /**
     * {@code 1 - S(t-)}, one minus the left-continuous Kaplan-Meier estimate of all subjects
     * (strata ignored); R's default, robust to outlying durations.
     */
    KM,

    /** {@code t} itself. */
    IDENTITY,

    /** {@code log t}; needs every event duration {@code > 0}. */
    LOG,

    /** The rank of {@code t} among all durations, ties given their mean rank. */
    RANK
}
