package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.StageModel;
import dev.cxkit.model.Touchpoint;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The touchpoints an analysis knows, by id, each on a stage of one {@link StageModel}.
 *
 * <p>Journey analytics look up every event's touchpoint here: an event naming a touchpoint that
 * is not in the catalogue is bad input, rejected (or skipped and reported, where the caller
 * asks for it) rather than silently counted nowhere. Immutable and thread-safe.
 */
public final class TouchpointCatalogue {

    private final StageModel stages;
    private final Map<String, Touchpoint> byId;

    private TouchpointCatalogue(StageModel stages, Map<String, Touchpoint> byId) {
        this.stages = stages;
        this.byId = byId;
    }

    /**
     * {@return the catalogue of {@code touchpoints}, whose stages all belong to {@code stages}}
     *
     * @param stages the stage model
     * @param touchpoints the touchpoints, with distinct ids
     * @throws IllegalArgumentException when the list is empty, an id appears twice or a
     *     touchpoint's stage is not in the stage model
     */
    public static TouchpointCatalogue of(StageModel stages, Collection<Touchpoint> touchpoints) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(touchpoints, "touchpoints");
        checkArgument(!touchpoints.isEmpty(), "touchpoints must not be empty");
        Map<String, Touchpoint> byId = new LinkedHashMap<>();
        for (Touchpoint touchpoint : touchpoints) {
            Objects.requireNonNull(touchpoint, "touchpoint");
            checkArgument(
                    stages.contains(touchpoint.stage()),
                    "stage of touchpoint '%s' must be one of %s, was '%s'",
                    touchpoint.id(),
                    stages.stages(),
                    touchpoint.stage());
            checkArgument(
                    byId.putIfAbsent(touchpoint.id(), touchpoint) == null,
                    "touchpoint ids must be unique, '%s' appears twice",
                    touchpoint.id());
        }
        return new TouchpointCatalogue(stages, byId);
    }

    /** {@return the stage model every touchpoint's stage belongs to} */
    public StageModel stages() {
        return stages;
    }

    /** {@return the touchpoints, in the order given} */
    public List<Touchpoint> touchpoints() {
        return List.copyOf(byId.values());
    }

    /** {@return number of touchpoints} */
    public int size() {
        return byId.size();
    }

    /**
     * {@return true when a touchpoint has this id}
     *
     * @param touchpointId the touchpoint's id
     */
    public boolean contains(String touchpointId) {
        return byId.containsKey(Objects.requireNonNull(touchpointId, "touchpointId"));
    }

    /**
     * {@return the touchpoint with this id, if there is one}
     *
     * @param touchpointId the touchpoint's id
     */
    public Optional<Touchpoint> find(String touchpointId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(touchpointId, "touchpointId")));
    }

    /**
     * {@return the touchpoint with this id}
     *
     * @param touchpointId the touchpoint's id
     * @param field the field the id came from, for the message
     * @throws IllegalArgumentException naming {@code field} and the id when it is unknown
     */
    public Touchpoint require(String touchpointId, String field) {
        Touchpoint touchpoint = byId.get(Objects.requireNonNull(touchpointId, "touchpointId"));
        checkArgument(
                touchpoint != null,
                "%s must name a touchpoint of the catalogue %s, was '%s'",
                field,
                byId.keySet(),
                touchpointId);
        return touchpoint;
    }

    /** The 0-based stage position of the touchpoint with this id; it must be known. */
    int stagePosition(String touchpointId, String field) {
        return stages.positionOf(require(touchpointId, field).stage());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TouchpointCatalogue catalogue
                && stages.equals(catalogue.stages)
                && byId.equals(catalogue.byId);
    }

    @Override
    public int hashCode() {
        return 31 * stages.hashCode() + byId.hashCode();
    }

    @Override
    public String toString() {
        return "TouchpointCatalogue" + byId.keySet() + " over " + stages;
    }
}
