package dev.cxkit.live;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Waiting and handling times per touchpoint, as {@link DurationHistogram}s with percentiles:
 * a snapshot of a {@link ServiceTimeRecorder}. Immutable and thread-safe.
 */
public final class ServiceTimes {

    private final Map<String, DurationHistogram> waits;
    private final Map<String, DurationHistogram> handlings;

    private ServiceTimes(
            Map<String, DurationHistogram> waits, Map<String, DurationHistogram> handlings) {
        this.waits = waits;
        this.handlings = handlings;
    }

    /**
     * {@return the waiting and handling times of each touchpoint id}
     *
     * @param waits the waiting times of each touchpoint id
     * @param handlings the handling times of each touchpoint id
     */
    public static ServiceTimes of(
            Map<String, DurationHistogram> waits, Map<String, DurationHistogram> handlings) {
        return new ServiceTimes(
                Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(waits, "waits"))),
                Collections.unmodifiableMap(
                        new TreeMap<>(Objects.requireNonNull(handlings, "handlings"))));
    }

    /** {@return waiting times per touchpoint id, in id order} */
    public Map<String, DurationHistogram> waitTimes() {
        return waits;
    }

    /** {@return handling times per touchpoint id, in id order} */
    public Map<String, DurationHistogram> handlingTimes() {
        return handlings;
    }

    /**
     * {@return the waiting times at {@code touchpointId}, empty when none were recorded}
     *
     * @param touchpointId the touchpoint's id
     */
    public DurationHistogram waitTime(String touchpointId) {
        return waits.getOrDefault(
                Objects.requireNonNull(touchpointId, "touchpointId"),
                DurationHistogram.empty("wait time"));
    }

    /**
     * {@return the handling times at {@code touchpointId}, empty when none were recorded}
     *
     * @param touchpointId the touchpoint's id
     */
    public DurationHistogram handlingTime(String touchpointId) {
        return handlings.getOrDefault(
                Objects.requireNonNull(touchpointId, "touchpointId"),
                DurationHistogram.empty("handling time"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceTimes that
                && waits.equals(that.waits)
                && handlings.equals(that.handlings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(waits, handlings);
    }

    @Override
    public String toString() {
        return "ServiceTimes{" + waits.keySet() + "}";
    }
}
