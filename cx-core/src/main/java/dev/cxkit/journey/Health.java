package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One customer's health: the score in 0..100, its risk band, the normalized value of each
 * signal that was present and the signals that were missing (their weight renormalized away).
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param score the weighted mean of present signals, times 100, in [0, 100]
 * @param band the score's risk band
 * @param signals each present signal's normalized value, in [0, 1]
 * @param missing the signals with a positive weight that had no data
 */
public record Health(
        String customerId,
        double score,
        RiskBand band,
        Map<HealthSignal, Double> signals,
        Set<HealthSignal> missing) {

    /**
     * Checks the score and copies the signals and the missing set.
     *
     * @param customerId the customer
     * @param score the weighted mean of present signals, times 100, in [0, 100]
     * @param band the score's risk band
     * @param signals each present signal's normalized value, in [0, 1]
     * @param missing the signals with a positive weight that had no data
     * @throws IllegalArgumentException when {@code score} is not in 0..100
     */
    public Health {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(band, "band");
        checkArgument(score >= 0 && score <= 100, "score must be in 0..100, was %s", score);
        signals = Map.copyOf(new EnumMap<>(signals));
        missing = Set.copyOf(missing);
    }
}
