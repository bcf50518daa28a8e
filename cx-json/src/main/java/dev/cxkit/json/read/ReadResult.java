package dev.cxkit.json.read;

import java.util.Objects;

/**
 * What {@link CxReader#read(java.nio.file.Path, int, java.util.function.Supplier,
 * java.util.function.BiConsumer, java.util.function.BinaryOperator) CxReader.read} gives: the
 * accumulated records and the report of the read, the same whether the file was read on one
 * thread or on several.
 *
 * <p>Immutable itself; the accumulator it holds is as thread-safe as its own type (the caller's).
 *
 * @param result the accumulator holding every good record
 * @param report counts and the first problems, in the order of the input
 * @param <A> the accumulator type
 */
public record ReadResult<A>(A result, ReadReport report) {

    /**
     * Checks that neither part is null.
     *
     * @param result the accumulator holding every good record
     * @param report counts and the first problems, in the order of the input
     */
    public ReadResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(report, "report");
    }
}
