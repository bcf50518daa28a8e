package dev.cxkit.spark;

import java.util.Optional;

/**
 * What {@link HistogramAggregator} needs of its buffer: merging a sibling buffer and the
 * histogram so far.
 *
 * @param <B> the buffer type itself
 * @param <H> the immutable histogram it accumulates
 */
interface HistogramBuffer<B extends HistogramBuffer<B, H>, H> {

    /** Adds the contents of {@code other}; a buffer with no scale yet adds nothing. */
    void merge(B other);

    /** The histogram so far; empty while the buffer has no scale (it has seen no input). */
    Optional<H> histogram();
}
