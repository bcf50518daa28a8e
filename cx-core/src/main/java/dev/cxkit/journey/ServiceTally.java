package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.stats.Proportion;

import java.util.Arrays;
import java.util.List;

/** Running service counts and measured durations of one touchpoint or channel. */
final class ServiceTally {

    /** What {@link #counts()} holds, in order. */
    static final List<String> COUNTS =
            List.of("interactions", "resolved", "first contacts", "first contacts resolved");

    private final long[] counts = new long[COUNTS.size()];
    private final Longs waitNanos = new Longs();
    private final Longs handlingNanos = new Longs();

    /** A tally of {@code counts} (in {@link #COUNTS}' order) and durations, already checked. */
    static ServiceTally of(long[] counts, long[] waitNanos, long[] handlingNanos) {
        ServiceTally tally = new ServiceTally();
        System.arraycopy(counts, 0, tally.counts, 0, counts.length);
        tally.waitNanos.addAll(waitNanos, waitNanos.length);
        tally.handlingNanos.addAll(handlingNanos, handlingNanos.length);
        return tally;
    }

    void add(Interaction interaction, boolean firstContact, boolean followedByRepeat) {
        counts[0]++;
        counts[1] += interaction.resolved() ? 1 : 0;
        if (firstContact) {
            counts[2]++;
            counts[3] += interaction.resolved() && !followedByRepeat ? 1 : 0;
        }
        interaction.waitTime().ifPresent(wait -> waitNanos.add(wait.toNanos()));
        interaction.handlingTime().ifPresent(handling -> handlingNanos.add(handling.toNanos()));
    }

    /**
     * Adds {@code other}'s counts and durations; the caller checks first that the interactions
     * stay within a {@code long} (every other count is at most the interactions).
     */
    void merge(ServiceTally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        waitNanos.addAll(other.waitNanos.values, other.waitNanos.size);
        handlingNanos.addAll(other.handlingNanos.values, other.handlingNanos.size);
    }

    /** {@return the number of interactions} */
    long interactions() {
        return counts[0];
    }

    /** The counts, in {@link #COUNTS}' order; a copy. */
    long[] counts() {
        return counts.clone();
    }

    /** The measured wait times in nanoseconds, ascending. */
    long[] sortedWaitNanos() {
        return waitNanos.sorted();
    }

    /** The measured handling times in nanoseconds, ascending. */
    long[] sortedHandlingNanos() {
        return handlingNanos.sorted();
    }

    ServiceLevel snapshot() {
        return new ServiceLevel(
                new Proportion("resolution", counts[1], counts[0]),
                new Proportion("first-contact resolution", counts[3], counts[2]),
                DurationSample.ofNanos("wait time", waitNanos.sorted()),
                DurationSample.ofNanos("handling time", handlingNanos.sorted()));
    }

    /** A growable array of {@code long}s. */
    private static final class Longs {
        /** The longest array a JVM allocates safely. */
        private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

        private long[] values = new long[8];
        private int size;

        void add(long value) {
            reserve(1);
            values[size++] = value;
        }

        void addAll(long[] more, int count) {
            reserve(count);
            System.arraycopy(more, 0, values, size, count);
            size += count;
        }

        private void reserve(int more) {
            if (more > MAX_LENGTH - size) {
                throw new IllegalArgumentException("measured durations of one touchpoint or"
                        + " channel must be at most " + MAX_LENGTH + ", were " + size + " + "
                        + more);
            }
            if (size + more > values.length) {
                long grown = Math.max(size + more, (long) values.length + (values.length >> 1));
                values = Arrays.copyOf(values, (int) Math.min(grown, MAX_LENGTH));
            }
        }

        long[] sorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }
}
