package dev.cxkit.journey;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.model.Touchpoint;
import dev.cxkit.stats.Proportion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects, per touchpoint, the evidence of every {@link FrictionSignal} from journeys;
 * {@link #snapshot()} gives the {@link FrictionReport} that ranks touchpoints.
 *
 * <p>Journeys are the unit because a {@link RepeatContact repeat contact} is a relation between
 * one customer's interactions in time order; add each customer's events in one journey (or
 * one episode) so that repeats are seen. Responses count at the touchpoint they are about;
 * responses about no touchpoint, and responses on other scales than CSAT, NPS, CES and CES 1.0,
 * are not friction evidence and are ignored. Memory is proportional to touchpoints.
 *
 * <p>{@link #merge(FrictionAccumulator)} adds counts: exact, associative and commutative when
 * each journey is added to exactly one part. {@link #toByteArray()} and {@link
 * #fromByteArray(TouchpointCatalogue, byte[])} carry the state (per touchpoint, a score
 * histogram per instrument and the interaction counts) across processes: a {@link
 * FrictionReport} holds rates, and the state is what merges. Its size is fixed by the catalogue,
 * 256 bytes per touchpoint and its names. Not thread-safe. A journey naming a touchpoint not in
 * the catalogue is rejected with an {@link IllegalArgumentException} and leaves the accumulator
 * unchanged.
 */
public final class FrictionAccumulator {

    private final RepeatScope scope;
    private final Map<String, FrictionTally> tallies;

    private FrictionAccumulator(RepeatScope scope, Map<String, FrictionTally> tallies) {
        this.scope = scope;
        this.tallies = tallies;
    }

    private FrictionAccumulator(RepeatScope scope) {
        this(scope, new LinkedHashMap<>());
        for (Touchpoint touchpoint : scope.catalogue().touchpoints()) {
            tallies.put(touchpoint.id(), new FrictionTally());
        }
    }

    /**
     * {@return an empty accumulator over {@code catalogue}'s touchpoints}
     *
     * @param catalogue the touchpoints, with their channels and stages
     * @param repeatContact when a contact counts as a repeat of an earlier one
     */
    public static FrictionAccumulator create(
            TouchpointCatalogue catalogue, RepeatContact repeatContact) {
        return new FrictionAccumulator(new RepeatScope(catalogue, repeatContact));
    }

    /**
     * Adds one customer's journey; every touchpoint it names must be in the catalogue.
     *
     * @param journey one customer's journey
     * @return this accumulator
     */
    public FrictionAccumulator add(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        scope.requireKnownTouchpoints(journey);
        List<Interaction> interactions = journey.interactions();
        boolean[] repeated =
                scope.repeatContact().followedByRepeat(interactions, scope.catalogue());
        for (int i = 0; i < interactions.size(); i++) {
            tallies.get(interactions.get(i).touchpointId()).add(interactions.get(i), repeated[i]);
        }
        for (SurveyResponse response : journey.responses()) {
            response.touchpointId().ifPresent(id -> tallies.get(id).add(response));
        }
        return this;
    }

    /**
     * Adds {@code other}'s evidence.
     *
     * @param other the accumulator whose evidence is added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the catalogues or repeat-contact rules differ, or
     *     when the merged interactions or responses of an instrument, over all touchpoints, would
     *     exceed {@link Long#MAX_VALUE} (decoded bytes can hold such counts); this accumulator is
     *     then unchanged
     */
    public FrictionAccumulator merge(FrictionAccumulator other) {
        Objects.requireNonNull(other, "other");
        scope.requireSame(other.scope, "friction evidence");
        long[] mine = FrictionTally.observations(tallies.values());
        long[] theirs = FrictionTally.observations(other.tallies.values());
        for (int i = 0; i < mine.length; i++) {
            Counts.add(mine[i], theirs[i], FrictionTally.OBSERVATIONS.get(i));
        }
        other.tallies.forEach((id, tally) -> tallies.get(id).merge(tally));
        return this;
    }

    /**
     * The binary form of this accumulator's state: the repeat-contact rule, the catalogue's
     * touchpoints (id, channel and stage names) and, per touchpoint in catalogue order, its
     * interaction counts and a score histogram per friction instrument. Layout, version 1,
     * big-endian: {@code int} magic {@code "CXFR"}, {@code byte} version, {@code long} seconds
     * and {@code int} nanoseconds of the repeat-contact window, {@code byte} scope (0
     * touchpoint, 1 stage), {@code int} number of touchpoints, per touchpoint three texts (an
     * unsigned {@code short} length and that many bytes of UTF-8: id, channel, stage), then per
     * touchpoint four {@code long}s (interactions, abandoned, escalated, repeated) and the
     * {@code long} counts of CSAT 1..5, NPS 0..10, CES 1..7 and CES 1.0 1..5. Equal states have
     * equal bytes.
     *
     * @return the bytes, read by {@link #fromByteArray(TouchpointCatalogue, byte[])}
     * @throws IllegalArgumentException when a touchpoint id, channel or stage name is longer
     *     than 65535 UTF-8 bytes
     */
    public byte[] toByteArray() {
        return FrictionForm.encode(scope, tallies);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes into an accumulator over {@code catalogue}, which
     * must have the touchpoints the bytes name (ids, channels and stages, in order); the
     * repeat-contact rule is the one the bytes carry.
     *
     * @param catalogue the catalogue the state was collected over
     * @param bytes the encoded state
     * @return a new accumulator holding the decoded evidence
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or
     *     length, a repeat-contact window that is not positive or an unknown scope, touchpoints
     *     other than the catalogue's, a negative count, more abandoned and escalated (or
     *     repeated) interactions than interactions, or interactions or responses of an
     *     instrument (CES and CES 1.0 together) beyond {@link Long#MAX_VALUE} over all
     *     touchpoints
     */
    public static FrictionAccumulator fromByteArray(TouchpointCatalogue catalogue, byte[] bytes) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(bytes, "bytes");
        Map<String, FrictionTally> tallies = new LinkedHashMap<>();
        RepeatScope scope = FrictionForm.decode(bytes, catalogue, tallies);
        return new FrictionAccumulator(scope, tallies);
    }

    /** {@return the friction evidence collected so far} */
    public FrictionReport snapshot() {
        Map<String, Map<FrictionSignal, Proportion>> evidence = new LinkedHashMap<>();
        tallies.forEach((id, tally) -> evidence.put(id, tally.rates()));
        return FrictionReport.of(scope.catalogue(), evidence);
    }
}
