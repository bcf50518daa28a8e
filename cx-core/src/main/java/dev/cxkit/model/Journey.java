package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One customer's interactions and survey responses, each list in time order (ties keep their
 * order).
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer
 * @param interactions the customer's interactions, in non-decreasing time order
 * @param responses the customer's survey responses, in non-decreasing time order
 */
public record Journey(
        String customerId, List<Interaction> interactions, List<SurveyResponse> responses) {

    /**
     * Checks the components and copies the lists.
     *
     * @param customerId the customer
     * @param interactions the customer's interactions, in non-decreasing time order
     * @param responses the customer's survey responses, in non-decreasing time order
     * @throws IllegalArgumentException when {@code customerId} is blank, or an interaction or
     *     response belongs to another customer or is out of time order
     */
    public Journey {
        Checks.nonBlank(customerId, "customerId");
        interactions = List.copyOf(Objects.requireNonNull(interactions, "interactions"));
        responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
        checkOwnerAndOrder(
                customerId,
                interactions,
                "interactions",
                Interaction::customerId,
                Interaction::time);
        checkOwnerAndOrder(
                customerId,
                responses,
                "responses",
                SurveyResponse::customerId,
                SurveyResponse::time);
    }

    /** {@return true when the journey has neither interactions nor responses} */
    public boolean isEmpty() {
        return interactions.isEmpty() && responses.isEmpty();
    }

    private static <T> void checkOwnerAndOrder(
            String customerId,
            List<T> events,
            String field,
            Function<T, String> owner,
            Function<T, Instant> time) {
        Instant previous = Instant.MIN;
        for (int i = 0; i < events.size(); i++) {
            T event = events.get(i);
            String owned = owner.apply(event);
            checkArgument(
                    owned.equals(customerId),
                    "%s[%s].customerId must be '%s', was '%s'",
                    field,
                    i,
                    customerId,
                    owned);
            Instant at = time.apply(event);
            checkArgument(
                    !at.isBefore(previous),
                    "%s[%s].time must be >= %s (time order), was %s",
                    field,
                    i,
                    previous,
                    at);
            previous = at;
        }
    }
}
