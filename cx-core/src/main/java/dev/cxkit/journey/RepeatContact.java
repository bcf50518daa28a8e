package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a contact counts as a repeat of an earlier one: the same customer contacting again
 * within {@code window}, at the same touchpoint or, with {@link Scope#STAGE}, at any touchpoint
 * of the same stage. A contact followed by a repeat did not settle the customer's need; a
 * contact preceded by one is not a first contact.
 *
 * <p>Immutable and thread-safe.
 *
 * @param window the longest time between a contact and its repeat, inclusive; {@code > 0}
 * @param scope what "the same place" means
 */
public record RepeatContact(Duration window, Scope scope) {

    /** What counts as contacting the same place again. */
    public enum Scope {
        /** The same touchpoint. */
        TOUCHPOINT,
        /** Any touchpoint of the same journey stage. */
        STAGE
    }

    /**
     * Checks that the window is positive.
     *
     * @param window the longest time between a contact and its repeat, inclusive; {@code > 0}
     * @param scope what "the same place" means
     * @throws IllegalArgumentException when {@code window} is zero or negative
     */
    public RepeatContact {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(scope, "scope");
        checkArgument(
                !window.isNegative() && !window.isZero(),
                "repeat-contact window must be > 0, was %s",
                window);
    }

    /**
     * {@return repeats at the same touchpoint within {@code window}}
     *
     * @param window the longest time between a contact and its repeat, inclusive; {@code > 0}
     */
    public static RepeatContact within(Duration window) {
        return new RepeatContact(window, Scope.TOUCHPOINT);
    }

    /**
     * For one customer's interactions in time order, whether each is followed by a repeat
     * within the window.
     */
    boolean[] followedByRepeat(List<Interaction> interactions, TouchpointCatalogue catalogue) {
        boolean[] repeated = new boolean[interactions.size()];
        Map<Object, Instant> nextAt = new HashMap<>();
        for (int i = interactions.size() - 1; i >= 0; i--) {
            Interaction interaction = interactions.get(i);
            Object place = place(interaction, catalogue);
            Instant next = nextAt.put(place, interaction.time());
            repeated[i] = next != null && within(interaction.time(), next);
        }
        return repeated;
    }

    /**
     * For one customer's interactions in time order, whether each is preceded by a contact at
     * the same place within the window (and so is not a first contact).
     */
    boolean[] precededByContact(List<Interaction> interactions, TouchpointCatalogue catalogue) {
        boolean[] preceded = new boolean[interactions.size()];
        Map<Object, Instant> previousAt = new HashMap<>();
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            Instant previous = previousAt.put(place(interaction, catalogue), interaction.time());
            preceded[i] = previous != null && within(previous, interaction.time());
        }
        return preceded;
    }

    private boolean within(Instant earlier, Instant later) {
        return Duration.between(earlier, later).compareTo(window) <= 0;
    }

    private Object place(Interaction interaction, TouchpointCatalogue catalogue) {
        return scope == Scope.TOUCHPOINT
                ? interaction.touchpointId()
                : catalogue.require(interaction.touchpointId(), "touchpointId").stage();
    }
}
