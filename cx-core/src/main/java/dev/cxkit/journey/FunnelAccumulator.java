package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts customers through the ordered stages of a {@link TouchpointCatalogue}'s stage model in
 * one pass over interactions in any order; {@link #snapshot()} gives the {@link Funnel}.
 *
 * <p>A customer reaches a stage with their first interaction at a touchpoint of that stage.
 * Per customer the accumulator keeps only the first time at each stage, so memory is
 * proportional to customers times stages, not to interactions, and the order in which
 * interactions arrive does not matter. {@link #merge(FunnelAccumulator)} keeps the earlier
 * first time of each customer and stage: exact, associative and commutative, so partial
 * funnels over any split of the interactions merge into the funnel of the whole.
 *
 * <p>Not thread-safe: give each thread its own accumulator and merge them. An interaction at a
 * touchpoint not in the catalogue is rejected with an {@link IllegalArgumentException} and
 * leaves the accumulator unchanged.
 */
public final class FunnelAccumulator {

    private final TouchpointCatalogue catalogue;
    private final Map<String, Instant[]> firstTimes = new HashMap<>();

    private FunnelAccumulator(TouchpointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * {@return an empty funnel over the stages of {@code catalogue}}
     *
     * @param catalogue the touchpoints, with their channels and stages
     */
    public static FunnelAccumulator create(TouchpointCatalogue catalogue) {
        return new FunnelAccumulator(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Adds one interaction; its touchpoint must be in the catalogue.
     *
     * @param interaction the interaction to add
     * @return this accumulator
     */
    public FunnelAccumulator add(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        int stage = catalogue.stagePosition(interaction.touchpointId(), "touchpointId");
        record(interaction.customerId(), stage, interaction.time());
        return this;
    }

    /**
     * Adds every interaction of a journey; all touchpoints must be in the catalogue.
     *
     * @param journey one customer's journey
     * @return this accumulator
     */
    public FunnelAccumulator add(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        journey.interactions()
                .forEach(interaction ->
                        catalogue.require(interaction.touchpointId(), "touchpointId"));
        journey.interactions().forEach(this::add);
        return this;
    }

    /**
     * Adds {@code other}'s customers, keeping each customer's earlier first time at each
     * stage.
     *
     * @param other the accumulator whose customers are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the catalogues differ
     */
    public FunnelAccumulator merge(FunnelAccumulator other) {
        Objects.requireNonNull(other, "other");
        checkArgument(
                catalogue.equals(other.catalogue),
                "catalogue of the merged funnel must be %s, was %s",
                catalogue,
                other.catalogue);
        other.firstTimes.forEach((customer, times) -> {
            for (int stage = 0; stage < times.length; stage++) {
                if (times[stage] != null) {
                    record(customer, stage, times[stage]);
                }
            }
        });
        return this;
    }

    /** {@return the funnel of the interactions added so far} */
    public Funnel snapshot() {
        return Funnel.of(catalogue.stages(), firstTimes.values());
    }

    private void record(String customer, int stage, Instant time) {
        Instant[] times = firstTimes.computeIfAbsent(
                customer, id -> new Instant[catalogue.stages().size()]);
        if (times[stage] == null || time.isBefore(times[stage])) {
            times[stage] = time;
        }
    }
}
