package dev.cxkit.survival;

import java.util.Arrays;
import java.util.Objects;

/**
 * A mutable accumulator of durations that builds a {@link RiskSets} table: {@link #add} one
 * subject at a time, {@link #addAll} columns, {@link #merge} partial accumulators, then
 * {@link #snapshot()}.
 *
 * <p>Added durations are buffered and folded into the sorted table of distinct times once the
 * buffer is as large as the table (at least {@value #MIN_BUFFER} entries), so adding {@code n}
 * durations costs {@code O(n log n)} and memory stays proportional to the distinct times plus
 * the buffer. Merging is exact, associative and commutative.
 *
 * <p>Not thread-safe. Use one accumulator per thread and merge them, for instance as the
 * accumulator and combiner of a {@link java.util.stream.Collector} on a parallel stream.
 */
public final class RiskSetAccumulator {

    static final int MIN_BUFFER = 1024;

    private RiskSets table = RiskSets.empty();
    private double[] pendingEvents = new double[16];
    private int pendingEventCount;
    private double[] pendingCensored = new double[16];
    private int pendingCensoredCount;

    private RiskSetAccumulator() {}

    /** {@return an empty accumulator} */
    public static RiskSetAccumulator create() {
        return new RiskSetAccumulator();
    }

    /**
     * Adds a subject with {@code duration}, ending in an event when {@code event} and censored
     * otherwise.
     *
     * @param duration the subject's follow-up time, finite and {@code >= 0}
     * @param event whether the follow-up ended in an event (otherwise it was censored)
     * @return this accumulator
     * @throws IllegalArgumentException when {@code duration} is negative, NaN or infinite
     */
    public RiskSetAccumulator add(double duration, boolean event) {
        RiskSets.checkDuration(duration, "duration");
        if (event) {
            pendingEvents = append(pendingEvents, pendingEventCount++, duration);
        } else {
            pendingCensored = append(pendingCensored, pendingCensoredCount++, duration);
        }
        if (pendingEventCount + pendingCensoredCount >= Math.max(MIN_BUFFER, table.rowCount())) {
            flush();
        }
        return this;
    }

    /**
     * Adds subjects {@code i} with {@code durations[i]} and {@code events[i]}, as
     * {@link RiskSets#of(double[], boolean[])} does; nothing is added when an argument is bad.
     *
     * @param durations each subject's follow-up time, finite and {@code >= 0}
     * @param events whether each subject's follow-up ended in an event (otherwise it was censored)
     * @return this accumulator
     * @throws IllegalArgumentException when the arrays differ in length or a duration is bad
     */
    public RiskSetAccumulator addAll(double[] durations, boolean[] events) {
        return merge(RiskSets.of(durations, events));
    }

    /**
     * Adds every subject of {@code other}; {@code other} is unchanged.
     *
     * @param other the accumulator whose subjects are added
     * @return this accumulator
     */
    public RiskSetAccumulator merge(RiskSetAccumulator other) {
        Objects.requireNonNull(other, "other");
        return merge(other.snapshot());
    }

    /**
     * Adds every subject of {@code riskSets}.
     *
     * @param riskSets the table whose subjects are added
     * @return this accumulator
     */
    public RiskSetAccumulator merge(RiskSets riskSets) {
        Objects.requireNonNull(riskSets, "riskSets");
        table = table.merge(riskSets);
        return this;
    }

    /** {@return the table of every subject added so far} */
    public RiskSets snapshot() {
        flush();
        return table;
    }

    private void flush() {
        if (pendingEventCount + pendingCensoredCount == 0) {
            return;
        }
        Arrays.sort(pendingEvents, 0, pendingEventCount);
        Arrays.sort(pendingCensored, 0, pendingCensoredCount);
        table = RowMerger.merge(
                table,
                SortedDurations.events(pendingEvents, pendingEventCount),
                SortedDurations.censorings(pendingCensored, pendingCensoredCount));
        pendingEventCount = 0;
        pendingCensoredCount = 0;
    }

    private static double[] append(double[] buffer, int index, double duration) {
        double[] target = index < buffer.length
                ? buffer
                : Arrays.copyOf(buffer, Math.max(16, buffer.length * 2));
        target[index] = duration + 0.0;
        return target;
    }
}
