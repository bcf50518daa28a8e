package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;
import dev.cxkit.stats.Proportion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A stage funnel: how many customers reached each stage of an ordered {@link StageModel}, how
 * many went on from each stage to the next, and how long that took. Built by a
 * {@link FunnelAccumulator}.
 *
 * <p>Definitions, for stages {@code 0..K-1} in model order:
 *
 * <ul>
 *   <li>{@link #reached(Stage) reached(k)}: customers with at least one interaction at a
 *       touchpoint of stage {@code k}. It need not fall along the order: customers may skip a
 *       stage (an advert nobody saw) or enter mid-way.
 *   <li>{@link #reachedAtOrBeyond(Stage) reachedAtOrBeyond(k)}: customers whose furthest stage
 *       is {@code k} or later; it never increases along the order.
 *   <li>{@link #steps() step} {@code k -> k+1}: of the customers who reached {@code k}
 *       (entered), those whose first time at {@code k+1} is at or after their first time at
 *       {@code k} converted; the rest dropped off. Conversion and drop-off are {@link Proportion}s
 *       with Wilson intervals; the time between stages is the sample, over converted
 *       customers, of first time at {@code k+1} minus first time at {@code k}.
 * </ul>
 *
 * <p>An empty funnel (no customers) {@link #isEmpty() says so}; its rates are empty and throw
 * {@link IllegalStateException} when read. Immutable value object; thread-safe.
 */
public final class Funnel {

    private final StageModel stages;
    private final long customers;
    private final long[] reached;
    private final long[] reachedAtOrBeyond;
    private final List<Step> steps;

    private Funnel(
            StageModel stages,
            long customers,
            long[] reached,
            long[] reachedAtOrBeyond,
            List<Step> steps) {
        this.stages = stages;
        this.customers = customers;
        this.reached = reached;
        this.reachedAtOrBeyond = reachedAtOrBeyond;
        this.steps = steps;
    }

    /** The funnel of customers given as their first time at each stage ({@code null}: never). */
    static Funnel of(StageModel stages, Collection<Instant[]> firstTimes) {
        int k = stages.size();
        long[] reached = new long[k];
        long[] furthest = new long[k];
        long[] entered = new long[k - 1];
        long[] converted = new long[k - 1];
        List<List<Long>> gaps = new ArrayList<>();
        for (int stage = 0; stage + 1 < k; stage++) {
            gaps.add(new ArrayList<>());
        }
        for (Instant[] times : firstTimes) {
            int last = -1;
            for (int stage = 0; stage < k; stage++) {
                if (times[stage] == null) {
                    continue;
                }
                reached[stage]++;
                last = stage;
                if (stage + 1 < k) {
                    entered[stage]++;
                    Instant next = times[stage + 1];
                    if (next != null && !next.isBefore(times[stage])) {
                        converted[stage]++;
                        gaps.get(stage).add(Duration.between(times[stage], next).toNanos());
                    }
                }
            }
            furthest[last]++;
        }
        long[] atOrBeyond = new long[k];
        long running = 0;
        for (int stage = k - 1; stage >= 0; stage--) {
            running += furthest[stage];
            atOrBeyond[stage] = running;
        }
        List<Step> steps = new ArrayList<>();
        for (int stage = 0; stage + 1 < k; stage++) {
            long[] nanos = gaps.get(stage).stream().mapToLong(Long::longValue).toArray();
            steps.add(new Step(
                    stages.stage(stage),
                    stages.stage(stage + 1),
                    new Proportion("conversion", converted[stage], entered[stage]),
                    DurationSample.ofNanos(
                            "time from " + stages.stage(stage) + " to " + stages.stage(stage + 1),
                            nanos)));
        }
        return new Funnel(stages, firstTimes.size(), reached, atOrBeyond, List.copyOf(steps));
    }

    /** {@return the stage model} */
    public StageModel stages() {
        return stages;
    }

    /** {@return number of customers with at least one interaction} */
    public long customers() {
        return customers;
    }

    /** {@return true when no customer had an interaction} */
    public boolean isEmpty() {
        return customers == 0;
    }

    /**
     * {@return customers with at least one interaction at stage {@code stage}}
     *
     * @param stage a stage of the funnel's stage model
     */
    public long reached(Stage stage) {
        return reached[stages.positionOf(stage)];
    }

    /**
     * {@return customers whose furthest stage is {@code stage} or a later one}
     *
     * @param stage a stage of the funnel's stage model
     */
    public long reachedAtOrBeyond(Stage stage) {
        return reachedAtOrBeyond[stages.positionOf(stage)];
    }

    /** {@return the steps between consecutive stages, in model order ({@code K - 1} of them)} */
    public List<Step> steps() {
        return steps;
    }

    /**
     * {@return the step leaving {@code from} for the next stage; {@code from} must not be the last}
     *
     * @param from the stage left
     */
    public Step step(Stage from) {
        int position = stages.positionOf(from);
        checkArgument(
                position != stages.size() - 1,
                "stage '%s' is the last of %s and has no next step",
                from,
                stages);
        return steps.get(position);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Funnel funnel
                && stages.equals(funnel.stages)
                && customers == funnel.customers
                && Arrays.equals(reached, funnel.reached)
                && Arrays.equals(reachedAtOrBeyond, funnel.reachedAtOrBeyond)
                && steps.equals(funnel.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stages, customers, Arrays.hashCode(reached), steps);
    }

    @Override
    public String toString() {
        return "Funnel{customers=" + customers + ", reached=" + Arrays.toString(reached) + "}";
    }

    /**
     * One step from a stage to the next.
     *
     * @param from the stage left
     * @param to the next stage
     * @param conversion customers who went on to {@code to}, out of those who reached
     *     {@code from}
     * @param timeBetween first time at {@code to} minus first time at {@code from}, over
     *     converted customers
     */
    public record Step(Stage from, Stage to, Proportion conversion, DurationSample timeBetween) {

        /**
         * Checks that nothing is null.
         *
         * @param from the stage left
         * @param to the next stage
         * @param conversion customers who went on to {@code to}, out of those who reached
         *     {@code from}
         * @param timeBetween first time at {@code to} minus first time at {@code from}, over
         *     converted customers
         */
        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(conversion, "conversion");
            Objects.requireNonNull(timeBetween, "timeBetween");
        }

        /** {@return customers who reached {@code from} but not {@code to} after it} */
        public Proportion dropOff() {
            return conversion.complement("drop-off");
        }
    }
}
