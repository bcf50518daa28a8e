package dev.cxkit.survival;

/**
 * Merges sorted row sources into one risk-set table with one row per distinct time, adding the
 * counts of equal times. Two passes over the sources: the first counts the distinct times so
 * that the table is allocated once at its exact size.
 */
final class RowMerger {

    private RowMerger() {}

    /** The table holding every row of {@code sources}, equal times added. */
    static RiskSets merge(SortedRows... sources) {
        int distinct = walk(sources, null, null, null);
        if (distinct == 0) {
            return RiskSets.empty();
        }
        double[] times = new double[distinct];
        long[] events = new long[distinct];
        long[] censored = new long[distinct];
        walk(sources, times, events, censored);
        return new RiskSets(times, events, censored);
    }

    /** Walks the sources in time order; fills the arrays when given; returns the row count. */
    private static int walk(SortedRows[] sources, double[] times, long[] events, long[] censored) {
        int[] cursors = new int[sources.length];
        int rows = 0;
        while (true) {
            double time = Double.POSITIVE_INFINITY;
            boolean any = false;
            for (int s = 0; s < sources.length; s++) {
                if (cursors[s] < sources[s].rowCount()) {
                    time = Math.min(time, sources[s].time(cursors[s]));
                    any = true;
                }
            }
            if (!any) {
                return rows;
            }
            long eventSum = 0;
            long censoredSum = 0;
            for (int s = 0; s < sources.length; s++) {
                SortedRows source = sources[s];
                int c = cursors[s];
                while (c < source.rowCount() && source.time(c) == time) {
                    eventSum = RiskSets.addCounts(
                            eventSum, source.events(c), "events at time " + time);
                    censoredSum = RiskSets.addCounts(
                            censoredSum, source.censored(c), "censorings at time " + time);
                    c++;
                }
                cursors[s] = c;
            }
            if (times != null) {
                times[rows] = time;
                events[rows] = eventSum;
                censored[rows] = censoredSum;
            }
            rows++;
        }
    }
}
