package dev.cxkit.journey;

import dev.cxkit.model.Channel;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.stats.Proportion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects service measures per touchpoint and per channel from journeys: resolution rate,
 * first-contact resolution rate (both with Wilson intervals through {@link Proportion}), and wait
 * and handling time percentiles.
 *
 * <p>First-contact resolution follows the usual contact-centre definition (the share of
 * customer needs settled on the first contact, with no repeat contact about them): a contact
 * is a first contact when the same customer had no contact at the same place (touchpoint or
 * stage, per {@link RepeatContact}) within the window before it; it is resolved at first
 * contact when it is marked resolved and no repeat follows within the window. Add each
 * customer's events in one journey so that repeats are seen.
 *
 * <p>Memory: counts per touchpoint and channel, plus every measured duration (percentiles are
 * exact). {@link #merge(ServiceAccumulator)} adds counts and durations: exact, associative and
 * commutative when each journey goes to one part. Not thread-safe. A journey naming a
 * touchpoint not in the catalogue is rejected with an {@link IllegalArgumentException} and
 * leaves the accumulator unchanged.
 */
public final class ServiceAccumulator {

    private final RepeatScope scope;
    private final Map<String, ServiceTally> byTouchpoint = new LinkedHashMap<>();
    private final Map<Channel, ServiceTally> byChannel = new LinkedHashMap<>();

    private ServiceAccumulator(RepeatScope scope) {
        this.scope = scope;
        for (Touchpoint touchpoint : scope.catalogue().touchpoints()) {
            byTouchpoint.put(touchpoint.id(), new ServiceTally());
            byChannel.putIfAbsent(touchpoint.channel(), new ServiceTally());
        }
    }

    /**
     * {@return an empty accumulator over {@code catalogue}'s touchpoints and their channels}
     *
     * @param catalogue the touchpoints, with their channels and stages
     * @param repeatContact when a contact counts as a repeat of an earlier one
     */
    public static ServiceAccumulator create(
            TouchpointCatalogue catalogue, RepeatContact repeatContact) {
        return new ServiceAccumulator(new RepeatScope(catalogue, repeatContact));
    }

    /**
     * Adds one customer's interactions; every touchpoint the journey names must be in the
     * catalogue.
     *
     * @param journey one customer's journey
     * @return this accumulator
     */
    public ServiceAccumulator add(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        scope.requireKnownTouchpoints(journey);
        List<Interaction> interactions = journey.interactions();
        TouchpointCatalogue catalogue = scope.catalogue();
        boolean[] preceded = scope.repeatContact().precededByContact(interactions, catalogue);
        boolean[] repeated = scope.repeatContact().followedByRepeat(interactions, catalogue);
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            Touchpoint touchpoint = catalogue.require(interaction.touchpointId(), "touchpointId");
            byTouchpoint.get(touchpoint.id()).add(interaction, !preceded[i], repeated[i]);
            byChannel.get(touchpoint.channel()).add(interaction, !preceded[i], repeated[i]);
        }
        return this;
    }

    /**
     * Adds {@code other}'s counts and durations.
     *
     * @param other the accumulator whose counts and durations are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the catalogues or repeat-contact rules differ
     */
    public ServiceAccumulator merge(ServiceAccumulator other) {
        Objects.requireNonNull(other, "other");
        scope.requireSame(other.scope, "service measures");
        other.byTouchpoint.forEach((id, tally) -> byTouchpoint.get(id).merge(tally));
        other.byChannel.forEach((channel, tally) -> byChannel.get(channel).merge(tally));
        return this;
    }

    /** {@return the service level of every touchpoint, by id, in catalogue order} */
    public Map<String, ServiceLevel> byTouchpoint() {
        Map<String, ServiceLevel> levels = new LinkedHashMap<>();
        byTouchpoint.forEach((id, tally) -> levels.put(id, tally.snapshot()));
        return Collections.unmodifiableMap(levels);
    }

    /**
     * {@return the service level of every channel of the catalogue, in order of first appearance}
     */
    public Map<Channel, ServiceLevel> byChannel() {
        Map<Channel, ServiceLevel> levels = new LinkedHashMap<>();
        byChannel.forEach((channel, tally) -> levels.put(channel, tally.snapshot()));
        return Collections.unmodifiableMap(levels);
    }
}
