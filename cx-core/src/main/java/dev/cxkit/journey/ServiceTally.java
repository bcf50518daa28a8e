package dev.cxkit.journey;

import dev.cxkit.model.Interaction;
import dev.cxkit.stats.Proportion;

import java.util.Arrays;

/** Running service counts and measured durations of one touchpoint or channel. */
final class ServiceTally {

    private long interactions;
    private long resolved;
    private long firstContacts;
    private long firstContactsResolved;
    private final Longs waitNanos = new Longs();
    private final Longs handlingNanos = new Longs();

    void add(Interaction interaction, boolean firstContact, boolean followedByRepeat) {
        interactions++;
        resolved += interaction.resolved() ? 1 : 0;
        if (firstContact) {
            firstContacts++;
            firstContactsResolved += interaction.resolved() && !followedByRepeat ? 1 : 0;
        }
        interaction.waitTime().ifPresent(wait -> waitNanos.add(wait.toNanos()));
        interaction.handlingTime().ifPresent(handling -> handlingNanos.add(handling.toNanos()));
    }

    void merge(ServiceTally other) {
        interactions += other.interactions;
        resolved += other.resolved;
        firstContacts += other.firstContacts;
        firstContactsResolved += other.firstContactsResolved;
        waitNanos.addAll(other.waitNanos);
        handlingNanos.addAll(other.handlingNanos);
    }

    ServiceLevel snapshot() {
        return new ServiceLevel(
                new Proportion("resolution", resolved, interactions),
                new Proportion("first-contact resolution", firstContactsResolved, firstContacts),
                DurationSample.ofNanos("wait time", waitNanos.toArray()),
                DurationSample.ofNanos("handling time", handlingNanos.toArray()));
    }

    /** A growable array of {@code long}s. */
    private static final class Longs {
        private long[] values = new long[8];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.addExact(size, Math.max(8, size >> 1)));
            }
            values[size++] = value;
        }

        void addAll(Longs other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
