package dev.cxkit.model;

/**
 * How an interaction ended.
 *
 * <p>Immutable and thread-safe.
 */
public enum Outcome {
    /** The customer finished what they came to do. */
    COMPLETED,
    /** The customer left before finishing. */
    ABANDONED,
    /** The interaction was handed on to a higher level of service. */
    ESCALATED
}
