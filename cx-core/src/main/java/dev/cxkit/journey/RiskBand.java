package dev.cxkit.journey;

/**
 * Where a health score falls among a {@link HealthModel}'s cut-offs.
 *
 * <p>Immutable and thread-safe.
 */
public enum RiskBand {
    /** At or above the healthy cut-off. */
    HEALTHY,
    /** At or above the watch cut-off, below the healthy one. */
    WATCH,
    /** Below the watch cut-off. */
    AT_RISK
}
