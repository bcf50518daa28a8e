package dev.cxkit.live;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * A rolling window over a ring of interval snapshots: the slots of a {@link WindowSpec} (the
 * last 60 minutes by minute, the last 30 days by day) aligned to the calendar of a
 * {@link ZoneId}, each holding the exact merge of the intervals added while it was current.
 * The window's {@link #total()} is the exact merge of its live slots; slots older than the
 * window drop out as the clock moves.
 *
 * <p><b>Alignment.</b> A slot of seconds, minutes or hours starts where the zone's local time
 * is truncated to the unit; consecutive slots are one unit apart on the time line, so the
 * last 24 hours by hour are 24 elapsed hours even across a daylight-saving change (the
 * repeated local hour of an autumn change is two slots, the skipped hour of a spring change
 * none). A day slot is a calendar day in the zone, from its start of day to the next, so it
 * lasts 23 or 25 hours on a change day, and the last 30 days are 30 calendar days, today
 * included. The window's oldest live slot starts {@code slots - 1} units before the current
 * one.
 *
 * <p><b>Time.</b> The window reads time from an injectable {@link Clock}. Its time never moves
 * backwards: it is the latest of the clock's readings and of the instants given to
 * {@link #add(Instant, Object)}. When the clock steps back (a correction, a resumed virtual
 * machine), intervals added meanwhile go to the newest slot and nothing expires until the
 * clock passes that time again; no interval is ever dropped because of a backward step. A
 * forward jump longer than the window expires every slot at once.
 *
 * <p><b>Fleets.</b> {@link #add(Instant, Object)} files an interval by its own time, so
 * service instances can ship interval snapshots (through their binary forms) to one window,
 * which merges them exactly; an interval older than the window is refused.
 *
 * <p>Thread-safe: methods are synchronized; it is meant for the reader side of a recorder,
 * not for the recording hot path. Memory: at most {@code slots} values.
 *
 * @param <T> the merged summary, such as {@link ScoreHistogram}
 */
public final class RollingWindow<T> {

    private final WindowSpec spec;
    private final ZoneId zone;
    private final Clock clock;
    private final T empty;
    private final BinaryOperator<T> merge;
    private final NavigableMap<Instant, T> slots = new TreeMap<>();
    private Instant time = Instant.MIN;

    private RollingWindow(
            WindowSpec spec, ZoneId zone, Clock clock, T empty, BinaryOperator<T> merge) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.empty = Objects.requireNonNull(empty, "empty");
        this.merge = Objects.requireNonNull(merge, "merge");
    }

    /**
     * {@return an empty window of {@code spec} slots aligned in {@code zone}, timed by
     * {@code clock}, merging values with {@code merge} (exact, associative and commutative) from
     * {@code empty}, its identity}
     *
     * @param <T> the type of a slot's value
     * @param spec the window's length and slots
     * @param zone the time zone windows are aligned in
     * @param clock the clock windows read the time from
     * @param empty the value of an empty slot
     * @param merge how two slot values combine, associative
     */
    public static <T> RollingWindow<T> create(
            WindowSpec spec, ZoneId zone, Clock clock, T empty, BinaryOperator<T> merge) {
        return new RollingWindow<>(spec, zone, clock, empty, merge);
    }

    /**
     * {@return an empty window of score histograms on {@code scale}}
     *
     * @param spec the window's length and slots
     * @param scale the scale the scores lie on
     * @param zone the time zone windows are aligned in
     * @param clock the clock windows read the time from
     */
    public static RollingWindow<ScoreHistogram> ofScores(
            WindowSpec spec, Scale scale, ZoneId zone, Clock clock) {
        return create(spec, zone, clock, ScoreHistogram.empty(scale), ScoreHistogram::plus);
    }

    /** One live slot: its start (inclusive), end (exclusive) and merged value. */
    public record Slot<T>(Instant start, Instant end, T value) {}

    /** {@return the window's shape} */
    public WindowSpec spec() {
        return spec;
    }

    /** {@return the zone slots align to} */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Adds an interval to the slot current now.
     *
     * @param interval the value recorded in one interval
     */
    public synchronized void add(T interval) {
        Objects.requireNonNull(interval, "interval");
        Instant now = advance(clock.instant());
        mergeInto(slotStart(now), interval);
    }

    /**
     * Adds an interval to the slot holding {@code at}, which becomes the window's time if it
     * is later.
     *
     * @param at the instant the interval was recorded at
     * @param interval the value recorded in one interval
     * @return false, adding nothing, when {@code at} is older than the window
     */
    public synchronized boolean add(Instant at, T interval) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(interval, "interval");
        advance(clock.instant());
        advance(at);
        Instant start = slotStart(at);
        if (start.isBefore(oldestStart())) {
            return false;
        }
        mergeInto(start, interval);
        return true;
    }

    /** {@return the exact merge of the live slots, the window's value now} */
    public synchronized T total() {
        advance(clock.instant());
        T sum = empty;
        for (T value : slots.values()) {
            sum = merge.apply(sum, value);
        }
        return sum;
    }

    /** {@return the live slots holding values, oldest first} */
    public synchronized List<Slot<T>> slots() {
        advance(clock.instant());
        List<Slot<T>> live = new ArrayList<>(slots.size());
        for (Map.Entry<Instant, T> slot : slots.entrySet()) {
            live.add(new Slot<>(slot.getKey(), nextStart(slot.getKey()), slot.getValue()));
        }
        return live;
    }

    /**
     * {@return the start of the window's oldest slot now: values from before it have dropped out}
     */
    public synchronized Instant start() {
        advance(clock.instant());
        return oldestStart();
    }

    /**
     * {@return the start of the slot holding {@code instant}, aligned in the window's zone}
     *
     * @param instant the instant asked about
     */
    public Instant slotStart(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (spec.unit() == ChronoUnit.DAYS) {
            return local.toLocalDate().atStartOfDay(zone).toInstant();
        }
        return local.truncatedTo(spec.unit()).toInstant();
    }

    /** Moves the window's time to {@code instant} unless it is earlier; expires old slots. */
    private Instant advance(Instant instant) {
        if (instant.isAfter(time)) {
            time = instant;
            slots.headMap(oldestStart(), false).clear();
        }
        return time;
    }

    private Instant oldestStart() {
        Instant current = slotStart(time);
        if (spec.unit() == ChronoUnit.DAYS) {
            return current.atZone(zone)
                    .toLocalDate()
                    .minusDays(spec.slots() - 1L)
                    .atStartOfDay(zone)
                    .toInstant();
        }
        return slotStart(current.minus(spec.slots() - 1L, spec.unit()));
    }

    private Instant nextStart(Instant start) {
        if (spec.unit() == ChronoUnit.DAYS) {
            return start.atZone(zone)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
        }
        return start.plus(1, spec.unit());
    }

    private void mergeInto(Instant start, T interval) {
        slots.merge(start, interval, merge);
    }

    @Override
    public synchronized String toString() {
        return "RollingWindow{" + spec + " in " + zone + ", " + slots.size() + " slots}";
    }
}
