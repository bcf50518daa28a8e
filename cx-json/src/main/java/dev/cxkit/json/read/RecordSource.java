package dev.cxkit.json.read;

import java.io.Closeable;

/** Records of one input in one format, one at a time. Not thread-safe. */
interface RecordSource extends Closeable {

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws BadRecord for a record (or input) that cannot be read
     */
    RawRecord next();
}
