package dev.cxkit.survival;

/**
 * The first {@code size} entries of a sorted array of durations, read as rows of one event each
 * or one censoring each.
 */
final class SortedDurations implements SortedRows {

    private final double[] durations;
    private final int size;
    private final long events;
    private final long censored;

    private SortedDurations(double[] durations, int size, boolean event) {
        this.durations = durations;
        this.size = size;
        this.events = event ? 1 : 0;
        this.censored = event ? 0 : 1;
    }

    /** Rows of one event at each of the first {@code size} (sorted) durations. */
    static SortedDurations events(double[] sortedDurations, int size) {
        return new SortedDurations(sortedDurations, size, true);
    }

    /** Rows of one censoring at each of the first {@code size} (sorted) durations. */
    static SortedDurations censorings(double[] sortedDurations, int size) {
        return new SortedDurations(sortedDurations, size, false);
    }

    @Override
    public int rowCount() {
        return size;
    }

    @Override
    public double time(int row) {
        return durations[row];
    }

    @Override
    public long events(int row) {
        return events;
    }

    @Override
    public long censored(int row) {
        return censored;
    }
}
