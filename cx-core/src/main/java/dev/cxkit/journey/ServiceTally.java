package dev.cxkit.journey;

import com.google.common.primitives.ImmutableLongArray;
import dev.cxkit.model.Interaction;
import dev.cxkit.stats.Proportion;

/** Running service counts and measured durations of one touchpoint or channel. */
final class ServiceTally {

    private long interactions;
    private long resolved;
    private long firstContacts;
    private long firstContactsResolved;
    private final ImmutableLongArray.Builder waitNanos = ImmutableLongArray.builder();
    private final ImmutableLongArray.Builder handlingNanos = ImmutableLongArray.builder();

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
        waitNanos.addAll(other.waitNanos.build());
        handlingNanos.addAll(other.handlingNanos.build());
    }

    ServiceLevel snapshot() {
        return new ServiceLevel(new Proportion("resolution", resolved, interactions),
                new Proportion("first-contact resolution", firstContactsResolved, firstContacts),
                DurationSample.ofNanos("wait time", waitNanos.build().toArray()),
                DurationSample.ofNanos("handling time", handlingNanos.build().toArray()));
    }
}
