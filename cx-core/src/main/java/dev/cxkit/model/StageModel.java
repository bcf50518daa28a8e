package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered list of journey stages, each appearing once.
 *
 * <p>{@link #DEFAULT} is pre-purchase, purchase, post-purchase; {@link #DETAILED} refines it to
 * awareness, consideration, purchase, onboarding, use, support, renewal. A stage that appears
 * twice would make the order a cycle and is rejected.
 *
 * <p>Immutable and thread-safe.
 */
public final class StageModel {

    /** Pre-purchase, purchase, post-purchase. */
    public static final StageModel DEFAULT = of("pre-purchase", "purchase", "post-purchase");

    /** Awareness, consideration, purchase, onboarding, use, support, renewal. */
    public static final StageModel DETAILED =
            of("awareness", "consideration", "purchase", "onboarding", "use", "support", "renewal");

    private final List<Stage> stages;
    private final Map<Stage, Integer> positions;

    private StageModel(List<Stage> stages) {
        checkArgument(!stages.isEmpty(), "stages must not be empty");
        Map<Stage, Integer> byStage = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = Objects.requireNonNull(stages.get(i), "stages[" + i + "]");
            Integer earlier = byStage.putIfAbsent(stage, i);
            checkArgument(
                    earlier == null,
                    "stages must each appear once, but '%s' is at positions %s and %s (a cycle)",
                    stage,
                    earlier,
                    i);
        }
        this.stages = List.copyOf(stages);
        this.positions = Map.copyOf(byStage);
    }

    /**
     * {@return a stage model with the named stages in this order}
     *
     * @param names the stages' names, in journey order, without duplicates
     */
    public static StageModel of(String... names) {
        List<Stage> stages = new ArrayList<>(names.length);
        for (String name : names) {
            stages.add(Stage.of(name));
        }
        return new StageModel(stages);
    }

    /**
     * {@return a stage model with these stages in this order}
     *
     * @param stages the stages, in journey order, without duplicates
     */
    public static StageModel of(List<Stage> stages) {
        return new StageModel(new ArrayList<>(Objects.requireNonNull(stages, "stages")));
    }

    /** {@return the stages in order} */
    public List<Stage> stages() {
        return stages;
    }

    /** {@return number of stages} */
    public int size() {
        return stages.size();
    }

    /**
     * {@return the stage at {@code position} (0-based)}
     *
     * @param position the 0-based position, in {@code [0, size())}
     */
    public Stage stage(int position) {
        Objects.checkIndex(position, stages.size());
        return stages.get(position);
    }

    /**
     * {@return true when {@code stage} belongs to this model}
     *
     * @param stage the stage to look up
     */
    public boolean contains(Stage stage) {
        return positions.containsKey(stage);
    }

    /**
     * {@return the 0-based position of {@code stage}, if it belongs to this model}
     *
     * @param stage the stage to look up
     */
    public Optional<Integer> position(Stage stage) {
        return Optional.ofNullable(positions.get(Objects.requireNonNull(stage, "stage")));
    }

    /**
     * {@return the 0-based position of {@code stage}}
     *
     * @param stage the stage to look up
     * @throws IllegalArgumentException when the stage is not in this model
     */
    public int positionOf(Stage stage) {
        Integer position = positions.get(Objects.requireNonNull(stage, "stage"));
        checkArgument(position != null, "stage must be one of %s, was '%s'", stages, stage);
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageModel model && stages.equals(model.stages);
    }

    @Override
    public int hashCode() {
        return stages.hashCode();
    }

    @Override
    public String toString() {
        return "StageModel" + stages;
    }
}
