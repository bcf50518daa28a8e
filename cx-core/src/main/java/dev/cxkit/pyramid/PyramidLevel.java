package dev.cxkit.pyramid;

/**
 * The three levels of the customer experience pyramid (Manning and Bodine, "Outside In",
 * 2012): an experience must meet needs, then be easy, then be enjoyable.
 *
 * <p>Immutable and thread-safe.
 */
public enum PyramidLevel {
    /** The experience delivers what the customer came for. */
    MEETS_NEEDS,
    /** Getting it is easy. */
    EASY,
    /** Getting it is enjoyable. */
    ENJOYABLE
}
