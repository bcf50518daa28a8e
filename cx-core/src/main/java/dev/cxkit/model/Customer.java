package dev.cxkit.model;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.Checks;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer: when they were acquired, when (if) they churned, and free attributes such as
 * plan, region or segment, used for grouping.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier
 * @param acquiredAt when the customer was acquired
 * @param churnedAt when the customer churned, empty while active; never before
 *     {@code acquiredAt}
 * @param attributes attribute name to value, copied; neither may be null or blank
 */
public record Customer(
        String id,
        Instant acquiredAt,
        Optional<Instant> churnedAt,
        Map<String, String> attributes) {

    /**
     * Checks the components and copies the attributes.
     *
     * @param id a stable identifier
     * @param acquiredAt when the customer was acquired
     * @param churnedAt when the customer churned, empty while active; never before
     *     {@code acquiredAt}
     * @param attributes attribute name to value, copied; neither may be null or blank
     * @throws IllegalArgumentException when {@code id} or an attribute name is blank, or
     *     {@code churnedAt} is before {@code acquiredAt}
     */
    public Customer {
        Checks.nonBlank(id, "id");
        Objects.requireNonNull(acquiredAt, "acquiredAt");
        Objects.requireNonNull(churnedAt, "churnedAt");
        Objects.requireNonNull(attributes, "attributes");
        churnedAt.ifPresent(churned -> checkArgument(
                !churned.isBefore(acquiredAt),
                "churnedAt must not be before acquiredAt (%s), was %s for customer '%s'",
                acquiredAt,
                churned,
                id));
        attributes.forEach((key, value) -> {
            Checks.nonBlank(key, "attribute name");
            Objects.requireNonNull(value, "attributes[" + key + "]");
        });
        attributes = Map.copyOf(attributes);
    }

    /**
     * {@return an active customer with no attributes}
     *
     * @param id a stable identifier
     * @param acquiredAt when the customer was acquired
     */
    public static Customer of(String id, Instant acquiredAt) {
        return new Customer(id, acquiredAt, Optional.empty(), Map.of());
    }

    /**
     * {@return true when the customer had been acquired and had not churned at {@code time}}
     *
     * @param time the instant asked about
     */
    public boolean isActiveAt(Instant time) {
        return !time.isBefore(acquiredAt) && churnedAt.map(time::isBefore).orElse(true);
    }

    /**
     * {@return the value of attribute {@code name}, if present}
     *
     * @param name the attribute's name
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * {@return this customer, churned at {@code time}}
     *
     * @param time when the customer churned, not before {@link #acquiredAt()}
     */
    public Customer withChurnedAt(Instant time) {
        return new Customer(id, acquiredAt, Optional.of(time), attributes);
    }
}
