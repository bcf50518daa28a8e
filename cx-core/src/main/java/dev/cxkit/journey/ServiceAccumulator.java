package dev.cxkit.journey;

import dev.cxkit.internal.Counts;
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
 * commutative when each journey goes to one part. {@link #toByteArray()} and {@link
 * #fromByteArray(TouchpointCatalogue, byte[])} carry the state across processes; since it holds
 * every measured duration, the bytes grow with the data: 8 bytes per measured wait or handling
 * time, besides 40 bytes and the names per touchpoint. Where partial results must stay small
 * whatever the data, record durations in a {@link dev.cxkit.live.DurationHistogram} instead,
 * whose percentiles are approximate. Not thread-safe. A journey naming a touchpoint not in the
 * catalogue is rejected with an {@link IllegalArgumentException} and leaves the accumulator
 * unchanged.
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
     * @throws IllegalArgumentException when the catalogues or repeat-contact rules differ, or
     *     when the merged interactions over all touchpoints would exceed {@link Long#MAX_VALUE}
     *     (decoded bytes can hold such counts); this accumulator is then unchanged
     */
    public ServiceAccumulator merge(ServiceAccumulator other) {
        Objects.requireNonNull(other, "other");
        scope.requireSame(other.scope, "service measures");
        Counts.add(interactions(), other.interactions(), "interactions");
        other.byTouchpoint.forEach((id, tally) -> byTouchpoint.get(id).merge(tally));
        other.byChannel.forEach((channel, tally) -> byChannel.get(channel).merge(tally));
        return this;
    }

    /**
     * The binary form of this accumulator's state: the repeat-contact rule, the catalogue's
     * touchpoints (id, channel and stage names) and, per touchpoint in catalogue order, its four
     * counts and every measured wait and handling time. Its size grows with the data: 8 bytes
     * per measured duration. Layout, version 1, big-endian: {@code int} magic {@code "CXSV"},
     * {@code byte} version, {@code long} seconds and {@code int} nanoseconds of the
     * repeat-contact window, {@code byte} scope (0 touchpoint, 1 stage), {@code int} number of
     * touchpoints, per touchpoint three texts (an unsigned {@code short} length and that many
     * bytes of UTF-8: id, channel, stage), then per touchpoint four {@code long}s
     * (interactions, resolved, first contacts, first contacts resolved), an {@code int} count
     * and that many {@code long} wait times in nanoseconds, ascending, and the same for handling
     * times. Channels are their touchpoints together and are not written. Equal states have
     * equal bytes.
     *
     * @return the bytes, read by {@link #fromByteArray(TouchpointCatalogue, byte[])}
     * @throws IllegalArgumentException when a touchpoint id, channel or stage name is longer
     *     than 65535 UTF-8 bytes
     */
    public byte[] toByteArray() {
        return ServiceForm.encode(scope, byTouchpoint);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes into an accumulator over {@code catalogue}, which
     * must have the touchpoints the bytes name (ids, channels and stages, in order); the
     * repeat-contact rule is the one the bytes carry. Decoding allocates no more than the bytes
     * given can fill.
     *
     * @param catalogue the catalogue the state was collected over
     * @param bytes the encoded state
     * @return a new accumulator holding the decoded counts and durations
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or
     *     length, a repeat-contact window that is not positive or an unknown scope, touchpoints
     *     other than the catalogue's, a negative count, resolved interactions or first contacts
     *     beyond the interactions or resolved first contacts beyond either, more durations than
     *     interactions, negative or unordered durations, or interactions beyond {@link
     *     Long#MAX_VALUE} over all touchpoints
     */
    public static ServiceAccumulator fromByteArray(TouchpointCatalogue catalogue, byte[] bytes) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(bytes, "bytes");
        Map<String, ServiceTally> decoded = new LinkedHashMap<>();
        ServiceAccumulator accumulator =
                new ServiceAccumulator(ServiceForm.decode(bytes, catalogue, decoded));
        for (Touchpoint touchpoint : catalogue.touchpoints()) {
            ServiceTally tally = decoded.get(touchpoint.id());
            accumulator.byTouchpoint.get(touchpoint.id()).merge(tally);
            accumulator.byChannel.get(touchpoint.channel()).merge(tally);
        }
        return accumulator;
    }

    private long interactions() {
        long total = 0;
        for (ServiceTally tally : byTouchpoint.values()) {
            total += tally.interactions();
        }
        return total;
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
