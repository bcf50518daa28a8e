package dev.cxkit.journey;

import dev.cxkit.stats.Proportion;

import java.util.Objects;

/**
 * The service measures of one touchpoint or channel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resolution resolved interactions out of all interactions
 * @param firstContactResolution first contacts (no contact at the same place within the
 *     {@link RepeatContact} window before) that were resolved and not followed by a repeat
 *     contact within the window, out of first contacts
 * @param waitTime the measured wait (response) times
 * @param handlingTime the measured handling times
 */
public record ServiceLevel(
        Proportion resolution,
        Proportion firstContactResolution,
        DurationSample waitTime,
        DurationSample handlingTime) {

    /**
     * Checks that nothing is null.
     *
     * @param resolution resolved interactions out of all interactions
     * @param firstContactResolution first contacts (no contact at the same place within the
     *     {@link RepeatContact} window before) that were resolved and not followed by a repeat
     *     contact within the window, out of first contacts
     * @param waitTime the measured wait (response) times
     * @param handlingTime the measured handling times
     */
    public ServiceLevel {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(firstContactResolution, "firstContactResolution");
        Objects.requireNonNull(waitTime, "waitTime");
        Objects.requireNonNull(handlingTime, "handlingTime");
    }
}
