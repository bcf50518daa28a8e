package dev.cxkit.survival;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mutable accumulator of durations per stratum (plan, region, cohort...): one
 * {@link RiskSetAccumulator} per key, in the order keys were first seen. {@link #snapshot()}
 * gives the immutable {@link Strata}.
 *
 * <p>Not thread-safe; merge per-thread accumulators with {@link #merge}.
 *
 * @param <K> the stratum key, with value-based {@code equals} and {@code hashCode}
 */
public final class StrataAccumulator<K> {

    private final Map<K, RiskSetAccumulator> strata = new LinkedHashMap<>();

    private StrataAccumulator() {}

    /**
     * {@return an empty accumulator}
     *
     * @param <K> the type of the stratum keys
     */
    public static <K> StrataAccumulator<K> create() {
        return new StrataAccumulator<>();
    }

    /**
     * Adds a subject of stratum {@code key} with {@code duration}, ending in an event when
     * {@code event} and censored otherwise.
     *
     * @param key the subject's stratum
     * @param duration the subject's follow-up time, finite and {@code >= 0}
     * @param event whether the follow-up ended in an event (otherwise it was censored)
     * @return this accumulator
     * @throws IllegalArgumentException when {@code duration} is negative, NaN or infinite
     */
    public StrataAccumulator<K> add(K key, double duration, boolean event) {
        Objects.requireNonNull(key, "key");
        RiskSets.checkDuration(duration, "duration");
        strata.computeIfAbsent(key, k -> RiskSetAccumulator.create()).add(duration, event);
        return this;
    }

    /**
     * Adds every subject of {@code other}, stratum by stratum; {@code other} is unchanged.
     *
     * @param other the strata whose subjects are added
     * @return this accumulator
     */
    public StrataAccumulator<K> merge(StrataAccumulator<K> other) {
        Objects.requireNonNull(other, "other");
        return merge(other.snapshot());
    }

    /**
     * Adds every subject of {@code strata}, stratum by stratum.
     *
     * @param other the strata whose subjects are added
     * @return this accumulator
     */
    public StrataAccumulator<K> merge(Strata<K> other) {
        Objects.requireNonNull(other, "other");
        other.asMap()
                .forEach((key, riskSets) -> strata.computeIfAbsent(
                                key, k -> RiskSetAccumulator.create())
                        .merge(riskSets));
        return this;
    }

    /** {@return the strata added so far} */
    public Strata<K> snapshot() {
        Map<K, RiskSets> tables = new LinkedHashMap<>();
        strata.forEach((key, accumulator) -> tables.put(key, accumulator.snapshot()));
        return Strata.of(tables);
    }
}
