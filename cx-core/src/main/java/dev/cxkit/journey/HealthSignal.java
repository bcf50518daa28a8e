package dev.cxkit.journey;

/**
 * A signal a {@link HealthModel} combines, each normalized to [0, 1] with 1 the healthiest.
 *
 * <p>Immutable and thread-safe.
 */
public enum HealthSignal {
    /** The latest NPS answer's category: promoter (9-10) 1, passive (7-8) 0.5, detractor 0. */
    NPS,
    /** Mean CSAT answer, {@code (score - 1) / 4}. */
    CSAT,
    /** Mean CES answer: CES 2.0 {@code (score - 1) / 6}; CES 1.0 reversed, {@code (5 - score) / 4}. */
    CES,
    /**
     * Friction events (abandoned, escalated or unresolved interactions), {@code e}:
     * {@code max(0, 1 - e / frictionEventsToZero)}.
     */
    FRICTION,
    /**
     * Time since the latest interaction or response, {@code d}: {@code 2^(-d / halfLife)}.
     */
    RECENCY,
    /** Time since acquisition, {@code t}: {@code min(1, t / tenureToFull)}. */
    TENURE
}
