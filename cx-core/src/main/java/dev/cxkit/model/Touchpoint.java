package dev.cxkit.model;

import dev.cxkit.internal.Checks;

import java.util.Objects;

/**
 * A place where a customer meets the brand: a web checkout, a support hotline, an advert.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, referenced by interactions and responses
 * @param name a display name
 * @param channel the medium
 * @param stage the journey stage the touchpoint belongs to
 * @param contact direct (customer-initiated) or indirect contact
 */
public record Touchpoint(
        String id, String name, Channel channel, Stage stage, ContactType contact) {

    /**
     * Checks that nothing is null or blank.
     *
     * @param id a stable identifier, referenced by interactions and responses
     * @param name a display name
     * @param channel the medium
     * @param stage the journey stage the touchpoint belongs to
     * @param contact direct (customer-initiated) or indirect contact
     * @throws IllegalArgumentException when {@code id} or {@code name} is blank
     */
    public Touchpoint {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(contact, "contact");
    }

    /**
     * {@return a direct touchpoint whose name is its id}
     *
     * @param id a stable identifier, referenced by interactions and responses
     * @param channel the medium
     * @param stage the journey stage the touchpoint belongs to
     */
    public static Touchpoint of(String id, Channel channel, Stage stage) {
        return new Touchpoint(id, id, channel, stage, ContactType.DIRECT);
    }
}
