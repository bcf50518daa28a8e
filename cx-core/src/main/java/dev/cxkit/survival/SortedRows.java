package dev.cxkit.survival;

/**
 * A source of risk-set rows in ascending time order; a time may repeat within one source (raw
 * sorted durations), and {@link RowMerger} adds the counts of equal times.
 */
interface SortedRows {

    /** Number of rows. */
    int rowCount();

    /** Time of row {@code row}; non-decreasing in {@code row}. */
    double time(int row);

    /** Events at row {@code row}. */
    long events(int row);

    /** Censorings at row {@code row}. */
    long censored(int row);
}
