package dev.cxkit.journey;

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
 * each journey is added to exactly one part. Not thread-safe. A journey naming a touchpoint not
 * in the catalogue is rejected with an {@link IllegalArgumentException} and leaves the
 * accumulator unchanged.
 */
public final class FrictionAccumulator {

    private final RepeatScope scope;
    private final Map<String, FrictionTally> tallies = new LinkedHashMap<>();

    private FrictionAccumulator(RepeatScope scope) {
        this.scope = scope;
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
     * @throws IllegalArgumentException when the catalogues or repeat-contact rules differ
     */
    public FrictionAccumulator merge(FrictionAccumulator other) {
        Objects.requireNonNull(other, "other");
        scope.requireSame(other.scope, "friction evidence");
        other.tallies.forEach((id, tally) -> tallies.get(id).merge(tally));
        return this;
    }

    /** {@return the friction evidence collected so far} */
    public FrictionReport snapshot() {
        Map<String, Map<FrictionSignal, Proportion>> evidence = new LinkedHashMap<>();
        tallies.forEach((id, tally) -> evidence.put(id, tally.rates()));
        return FrictionReport.of(scope.catalogue(), evidence);
    }
}
