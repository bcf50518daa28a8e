package dev.cxkit.live;

import dev.cxkit.model.Interaction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A thread-safe recorder of service measures per touchpoint, waiting time and handling time,
 * as HdrHistogram {@link Recorder}s: many threads record durations while a reader takes
 * interval and running snapshots ({@link ServiceTimes}) with percentiles.
 *
 * <p>HdrHistogram's recorder is what this uses rather than a hand-written histogram: writers
 * are wait-free (its writer-reader phaser, as in {@link dev.cxkit.score.WeightedScoreRecorder})
 * except when a value beyond the histogram's current range makes it grow, and readers never
 * stop them. Durations are recorded in whole microseconds with three significant digits (see
 * {@link DurationHistogram}); a negative duration is rejected with an
 * {@link IllegalArgumentException} and records nothing.
 *
 * <p>The recorder holds at most {@code maxTouchpoints} touchpoints, the rest handled as
 * {@link GroupOverflow} says (the overflow touchpoint is {@value BoundedGroups#OTHER}).
 * Memory per touchpoint: four HdrHistograms of a few kilobytes to tens of kilobytes each,
 * growing with the range of the durations.
 */
public final class ServiceTimeRecorder {

    private final BoundedGroups<String, Measures> touchpoints;
    private final Object readLock = new Object();

    /** The two measures of one touchpoint. */
    private static final class Measures {
        final Measure wait = new Measure("wait time");
        final Measure handling = new Measure("handling time");
    }

    /**
     * One measure's recorder and, guarded by the reader lock, what the reader drained from it
     * but has not reported in an interval yet, and everything drained.
     */
    private static final class Measure {
        final String name;
        final Recorder recorder = new Recorder(3);
        final Histogram pending = DurationHistogram.newHistogram();
        final Histogram total = DurationHistogram.newHistogram();

        Measure(String name) {
            this.name = name;
        }

        DurationHistogram read(boolean interval) {
            Histogram drained = recorder.getIntervalHistogram();
            pending.add(drained);
            total.add(drained);
            if (!interval) {
                return DurationHistogram.wrap(name, total.copy());
            }
            Histogram result = pending.copy();
            pending.reset();
            return DurationHistogram.wrap(name, result);
        }
    }

    private ServiceTimeRecorder(int maxTouchpoints, GroupOverflow overflow) {
        this.touchpoints = new BoundedGroups<>(
                "touchpoint", maxTouchpoints, overflow, BoundedGroups.OTHER, Measures::new);
    }

    /**
     * {@return an empty recorder of at most {@code maxTouchpoints} touchpoints}
     *
     * @param maxTouchpoints the most touchpoints held, {@code >= 1}
     * @param overflow what happens to a record of a new touchpoint beyond {@code maxTouchpoints}
     * @throws IllegalArgumentException when {@code maxTouchpoints < 1}
     */
    public static ServiceTimeRecorder create(int maxTouchpoints, GroupOverflow overflow) {
        return new ServiceTimeRecorder(maxTouchpoints, overflow);
    }

    /**
     * Records a waiting time at {@code touchpointId}.
     *
     * @param touchpointId the touchpoint's id
     * @param wait the waiting time, not negative
     * @throws IllegalArgumentException when {@code wait} is negative
     * @throws IllegalStateException when the touchpoint is new, the recorder full and the
     *     policy {@link GroupOverflow#REJECT}
     */
    public void recordWait(String touchpointId, Duration wait) {
        long micros = DurationHistogram.micros("wait time", wait);
        measures(touchpointId).wait.recorder.recordValue(micros);
    }

    /**
     * Records a handling time at {@code touchpointId}.
     *
     * @param touchpointId the touchpoint's id
     * @param handling the handling time, not negative
     * @throws IllegalArgumentException when {@code handling} is negative
     * @throws IllegalStateException as {@link #recordWait(String, Duration)}
     */
    public void recordHandling(String touchpointId, Duration handling) {
        long micros = DurationHistogram.micros("handling time", handling);
        measures(touchpointId).handling.recorder.recordValue(micros);
    }

    /**
     * Records an interaction's waiting and handling times, those it has, at its touchpoint.
     *
     * @param interaction the interaction, with the durations it has
     */
    public void record(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        interaction.waitTime().ifPresent(wait -> recordWait(interaction.touchpointId(), wait));
        interaction
                .handlingTime()
                .ifPresent(handling -> recordHandling(interaction.touchpointId(), handling));
    }

    /**
     * Records refused under {@link GroupOverflow#REJECT}.
     *
     * @return the number of refused records
     */
    public long rejected() {
        return touchpoints.rejected();
    }

    /**
     * {@return the durations recorded per touchpoint since the previous call (or since creation)}
     */
    public ServiceTimes intervalSnapshot() {
        synchronized (readLock) {
            return read(true);
        }
    }

    /** {@return every duration recorded per touchpoint; does not change the next interval} */
    public ServiceTimes snapshot() {
        synchronized (readLock) {
            return read(false);
        }
    }

    private ServiceTimes read(boolean interval) {
        Map<String, DurationHistogram> waits = new HashMap<>();
        Map<String, DurationHistogram> handlings = new HashMap<>();
        touchpoints.groups().forEach((touchpoint, measures) -> {
            waits.put(touchpoint, measures.wait.read(interval));
            handlings.put(touchpoint, measures.handling.read(interval));
        });
        return ServiceTimes.of(waits, handlings);
    }

    private Measures measures(String touchpointId) {
        Objects.requireNonNull(touchpointId, "touchpointId");
        return touchpoints.get(touchpointId);
    }

    @Override
    public String toString() {
        return "ServiceTimeRecorder{" + touchpoints.groups().size() + " of at most "
                + touchpoints.maxGroups() + " touchpoints}";
    }
}
