package dev.cxkit.json.read;

import tools.jackson.core.JsonParser;

/**
 * Reads one record straight from a parser's tokens, without a tree, for record types whose JSON
 * form is flat. It is a fast path: it returns {@code null} for anything but a plainly valid
 * record (a problem, an unusual shape, a nested value), and the reader then reads the same line
 * through the general path (a tree, {@code Fields} and the type's deserializer), which gives the
 * record or the problem in its words. So every record the fast path returns is the one the
 * general path would return. Not thread-safe: one per open input.
 *
 * @param <T> the record type
 */
interface TokenDecoder<T> {

    /**
     * The record whose {@code START_OBJECT} is the parser's current token, read up to its
     * {@code END_OBJECT}; {@code null} to leave it to the general path (the parser then stands
     * anywhere in the record).
     *
     * @param line the 1-based line of the record, for records named by where they were read
     */
    T decode(JsonParser parser, long line);

    /** Makes a token decoder for one input. */
    @FunctionalInterface
    interface Factory<T> {
        TokenDecoder<T> create(TimeFormat times, ReadLimits limits, String source);
    }
}
