package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One contact between a customer and a touchpoint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param touchpointId the touchpoint
 * @param time when the interaction started
 * @param outcome how it ended
 * @param waitTime time the customer waited before being served, if measured; not negative
 * @param handlingTime time spent serving the customer, if measured; not negative
 * @param resolved whether the customer's need was resolved in this interaction
 */
public record Interaction(
        String customerId,
        String touchpointId,
        Instant time,
        Outcome outcome,
        Optional<Duration> waitTime,
        Optional<Duration> handlingTime,
        boolean resolved) {

    /**
     * Checks the components.
     *
     * @param customerId the customer
     * @param touchpointId the touchpoint
     * @param time when the interaction started
     * @param outcome how it ended
     * @param waitTime time the customer waited before being served, if measured; not negative
     * @param handlingTime time spent serving the customer, if measured; not negative
     * @param resolved whether the customer's need was resolved in this interaction
     * @throws IllegalArgumentException when an id is blank or a duration is negative
     */
    public Interaction {
        Checks.nonBlank(customerId, "customerId");
        Checks.nonBlank(touchpointId, "touchpointId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        checkNotNegative(waitTime, "waitTime");
        checkNotNegative(handlingTime, "handlingTime");
    }

    /**
     * {@return a completed, resolved interaction with no measured durations}
     *
     * @param customerId the customer
     * @param touchpointId the touchpoint
     * @param time when the interaction started
     */
    public static Interaction of(String customerId, String touchpointId, Instant time) {
        return new Interaction(
                customerId,
                touchpointId,
                time,
                Outcome.COMPLETED,
                Optional.empty(),
                Optional.empty(),
                true);
    }

    /**
     * {@return this interaction with {@code outcome} and resolved flag}
     *
     * @param outcome how it ended
     * @param resolved whether the customer's need was resolved in this interaction
     */
    public Interaction withOutcome(Outcome outcome, boolean resolved) {
        return new Interaction(
                customerId, touchpointId, time, outcome, waitTime, handlingTime, resolved);
    }

    /**
     * {@return this interaction with measured wait and handling times}
     *
     * @param waitTime time the customer waited before being served, if measured; not negative
     * @param handlingTime time spent serving the customer, if measured; not negative
     */
    public Interaction withDurations(Duration waitTime, Duration handlingTime) {
        return new Interaction(
                customerId,
                touchpointId,
                time,
                outcome,
                Optional.of(waitTime),
                Optional.of(handlingTime),
                resolved);
    }

    private static void checkNotNegative(Optional<Duration> duration, String field) {
        Objects.requireNonNull(duration, field);
        duration.ifPresent(value ->
                checkArgument(!value.isNegative(), "%s must be >= 0, was %s", field, value));
    }
}
