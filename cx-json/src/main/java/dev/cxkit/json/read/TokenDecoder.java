package dev.cxkit.json.read;

import tools.jackson.core.JsonParser;

/**
 * Reads one record without a tree, for record types whose JSON form is flat: first straight from
 * the line's bytes, where the record has the plain shape nearly every file has, else from a
 * parser's tokens. Both are fast paths: they return {@code null} for anything but a plainly valid
 * record (a problem, an unusual shape, a nested value), and the reader then tries the next path
 * down, the last being the general path (a tree, {@code Fields} and the type's deserializer),
 * which gives the record or the problem in its words. So every record a fast path returns is the
 * one the general path would return. Not thread-safe: one per open input.
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

    /**
     * The record of one NDJSON line read straight from its bytes, without a parser; {@code null}
     * to leave it to {@link #decode(JsonParser, long)} (by default, for every line).
     *
     * @param bytes holds the line, valid UTF-8 without its terminator
     * @param from the line's first byte
     * @param to the end of the line (exclusive)
     * @param line the 1-based line of the record, for records named by where they were read
     */
    default T decode(byte[] bytes, int from, int to, long line) {
        return null;
    }

    /** Makes a token decoder for one input. */
    @FunctionalInterface
    interface Factory<T> {
        TokenDecoder<T> create(TimeFormat times, ReadLimits limits, String source);
    }
}
