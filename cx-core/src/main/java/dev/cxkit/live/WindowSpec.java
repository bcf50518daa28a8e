package dev.cxkit.live;

import static dev.cxkit.internal.Checks.checkArgument;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The shape of a rolling window: {@code slots} consecutive calendar slots of one {@code unit}
 * ending with the current one, such as the last 60 minutes by minute or the last 30 days by
 * day. Its {@link #name()} ({@code "60m"}, {@code "24h"}, {@code "30d"}) tags exported meters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param slots number of slots, 1..10,000
 * @param unit the slot length: seconds, minutes, hours or days
 */
public record WindowSpec(int slots, ChronoUnit unit) {

    /** The most slots a window may have. */
    public static final int MAX_SLOTS = 10_000;

    /**
     * Checks the unit and the number of slots.
     *
     * @param slots number of slots, 1..10,000
     * @param unit the slot length: seconds, minutes, hours or days
     * @throws IllegalArgumentException when {@code slots} is out of range or {@code unit} is not
     *     seconds, minutes, hours or days
     */
    public WindowSpec {
        Objects.requireNonNull(unit, "unit");
        checkArgument(
                slots >= 1 && slots <= MAX_SLOTS,
                "slots must be in 1.." + MAX_SLOTS + ", was %s",
                slots);
        checkArgument(
                unit == ChronoUnit.SECONDS
                        || unit == ChronoUnit.MINUTES
                        || unit == ChronoUnit.HOURS
                        || unit == ChronoUnit.DAYS,
                "unit must be SECONDS, MINUTES, HOURS or DAYS, was %s",
                unit);
    }

    /**
     * {@return the last {@code slots} seconds by second}
     *
     * @param slots number of slots, 1..10,000
     */
    public static WindowSpec seconds(int slots) {
        return new WindowSpec(slots, ChronoUnit.SECONDS);
    }

    /**
     * {@return the last {@code slots} minutes by minute}
     *
     * @param slots number of slots, 1..10,000
     */
    public static WindowSpec minutes(int slots) {
        return new WindowSpec(slots, ChronoUnit.MINUTES);
    }

    /**
     * {@return the last {@code slots} hours by hour}
     *
     * @param slots number of slots, 1..10,000
     */
    public static WindowSpec hours(int slots) {
        return new WindowSpec(slots, ChronoUnit.HOURS);
    }

    /**
     * {@return the last {@code slots} calendar days by day}
     *
     * @param slots number of slots, 1..10,000
     */
    public static WindowSpec days(int slots) {
        return new WindowSpec(slots, ChronoUnit.DAYS);
    }

    /**
     * {@return the slot count and a unit letter: {@code 60s}, {@code 60m}, {@code 24h},
     * {@code 30d}}
     */
    public String name() {
        return slots
                + switch (unit) {
                    case SECONDS -> "s";
                    case MINUTES -> "m";
                    case HOURS -> "h";
                    default -> "d";
                };
    }

    @Override
    public String toString() {
        return name();
    }
}
