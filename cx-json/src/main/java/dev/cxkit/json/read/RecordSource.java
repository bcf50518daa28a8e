package dev.cxkit.json.read;

import java.io.Closeable;

/** Records of one input in one format, one at a time. Not thread-safe. */
interface RecordSource extends Closeable {

    /**
     * The next record, or {@code null} at the end of the input: a {@link RawRecord} for the
     * general path to decode, or the record itself, of the reader's record type, when a fast path
     * ({@link TokenDecoder}, {@link CellDecoder}) decoded it, so that a record read the fast way
     * costs no holder of its own.
     *
     * @throws BadRecord for a record (or input) that cannot be read
     */
    Object next();
}
