package dev.cxkit.drivers;

/**
 * Importance-versus-performance quadrants (Martilla &amp; James 1977, "Importance-performance
 * analysis", Journal of Marketing 41(1), 77-79), with importance the driver's share of R^2 by
 * relative weights and performance its normalized mean rating. A driver on a threshold counts
 * as high on that axis.
 *
 * <p>Immutable and thread-safe.
 */
public enum Quadrant {
    /** High importance, low performance: where improvement moves the outcome most. */
    FIX_FIRST,
    /** High importance, high performance: a strength to keep up. */
    KEEP_UP,
    /** Low importance, low performance: weak but matters little. */
    LOW_PRIORITY,
    /** Low importance, high performance: effort that may exceed what the outcome needs. */
    POSSIBLE_OVERKILL;

    /** The quadrant of a driver with the given importance share and performance. */
    static Quadrant of(double importanceShare, double performance, QuadrantThresholds thresholds) {
        boolean important = importanceShare >= thresholds.importanceShare();
        boolean performing = performance >= thresholds.performance();
        if (important) {
            return performing ? KEEP_UP : FIX_FIRST;
        }
        return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }
}
