package dev.cxkit.json.read;

/**
 * Reads one record straight from the cells of a CSV row in the bytes, without a tree, for
 * record types whose CSV form is common and flat. Like {@link TokenDecoder} it is a fast path:
 * it returns {@code null} for anything but a plainly valid record, and the reader then reads
 * the same row through the general path (a tree of the row's strings, {@code Fields} and the
 * type's deserializer), which gives the record or the problem in its words. So every record the
 * fast path returns is the one the general path would return. Not thread-safe: one per input.
 *
 * @param <T> the record type
 */
interface CellDecoder<T> {

    /**
     * The record of the scanner's current row, whose cells are as many as the header's columns;
     * {@code null} to leave it to the general path.
     *
     * @param line the 1-based line where the row starts, for records named by where they were
     *     read
     */
    T decode(CsvScanner row, long line);

    /** Makes a cell decoder for one input, once its columns are known. */
    @FunctionalInterface
    interface Factory<T> {
        CellDecoder<T> create(Header header, TimeFormat times, ReadLimits limits, String source);
    }
}
