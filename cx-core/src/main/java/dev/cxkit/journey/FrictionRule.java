package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link FrictionReport} ranks touchpoints: a weighted sum of each signal's excess over
 * its base rate,
 *
 * <pre>  score(t) = sum over signals s with n_s(t) >= minN of  w_s * max(0, rate_s(t) - base_s)</pre>
 *
 * <p>where {@code rate_s(t)} is the signal's share at touchpoint {@code t}, {@code n_s(t)} the
 * number of responses or interactions it rests on, and {@code base_s} the pooled share over all
 * touchpoints. A signal resting on fewer than {@code minN} observations is ignored at that
 * touchpoint (too little evidence); a share at or below the base rate adds nothing (a
 * touchpoint is not credited for being better than average on one signal to hide friction on
 * another). Higher scores rank first; ties keep the catalogue order.
 *
 * <p>The {@link #defaults() defaults} weigh every signal 1 and need 30 observations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weights the weight of each signal, finite and {@code >= 0}; a signal absent from the
 *     map weighs 0
 * @param minN the fewest observations a signal needs to count, {@code >= 1}
 */
public record FrictionRule(Map<FrictionSignal, Double> weights, long minN) {

    /** Observations a signal needs under the default rule. */
    public static final long DEFAULT_MIN_N = 30;

    /**
     * Checks the weights and the minimum n and copies the weights.
     *
     * @param weights the weight of each signal, finite and {@code >= 0}; a signal absent from the
     *     map weighs 0
     * @param minN the fewest observations a signal needs to count, {@code >= 1}
     * @throws IllegalArgumentException when a weight is negative or not finite, or {@code minN < 1}
     */
    public FrictionRule {
        Objects.requireNonNull(weights, "weights");
        weights.forEach((signal, weight) -> {
            Objects.requireNonNull(signal, "signal");
            checkArgument(
                    weight != null && weight >= 0 && !weight.isInfinite(),
                    "weight of %s must be finite and >= 0, was %s",
                    signal,
                    weight);
        });
        checkArgument(minN >= 1, "minN must be >= 1, was %s", minN);
        weights = weights.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weights));
    }

    /** {@return every signal weighing 1, at least {@value #DEFAULT_MIN_N} observations} */
    public static FrictionRule defaults() {
        Map<FrictionSignal, Double> weights = new EnumMap<>(FrictionSignal.class);
        for (FrictionSignal signal : FrictionSignal.values()) {
            weights.put(signal, 1.0);
        }
        return new FrictionRule(weights, DEFAULT_MIN_N);
    }

    /**
     * {@return this rule with {@code signal} weighing {@code weight}}
     *
     * @param signal the friction signal
     * @param weight the signal's weight, finite and {@code >= 0}
     */
    public FrictionRule withWeight(FrictionSignal signal, double weight) {
        Map<FrictionSignal, Double> changed = new EnumMap<>(FrictionSignal.class);
        changed.putAll(weights);
        changed.put(Objects.requireNonNull(signal, "signal"), weight);
        return new FrictionRule(changed, minN);
    }

    /**
     * {@return this rule needing {@code minN} observations per signal}
     *
     * @param minN the fewest observations a signal needs to count, {@code >= 1}
     */
    public FrictionRule withMinN(long minN) {
        return new FrictionRule(weights, minN);
    }

    /**
     * {@return the weight of {@code signal}, 0 when absent}
     *
     * @param signal the friction signal
     */
    public double weight(FrictionSignal signal) {
        return weights.getOrDefault(signal, 0.0);
    }
}
