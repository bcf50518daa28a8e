package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.Interaction;
import dev.cxkit.model.Journey;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts customers through the ordered stages of a {@link TouchpointCatalogue}'s stage model in
 * one pass over interactions in any order; {@link #snapshot()} gives the {@link Funnel}.
 *
 * <p>A customer reaches a stage with their first interaction at a touchpoint of that stage.
 * Per customer the accumulator keeps only the first time at each stage, so memory is
 * proportional to customers times stages, not to interactions, and the order in which
 * interactions arrive does not matter. {@link #merge(FunnelAccumulator)} keeps the earlier
 * first time of each customer and stage: exact, associative and commutative, so partial
 * funnels over any split of the interactions merge into the funnel of the whole.
 *
 * <p>{@link #toByteArray()} and {@link #fromByteArray(TouchpointCatalogue, byte[])} carry the
 * state across processes, where it merges as the accumulator does.
 *
 * <p>Not thread-safe: give each thread its own accumulator and merge them. An interaction at a
 * touchpoint not in the catalogue is rejected with an {@link IllegalArgumentException} and
 * leaves the accumulator unchanged, as is one that would put a customer's first times at two
 * stages more than 106,751 days (about 292 years, the nanoseconds of a {@code long}) apart:
 * the funnel measures the time between stages in nanoseconds.
 */
public final class FunnelAccumulator {

    /**
     * The longest time between two of a customer's first times: the funnel measures times
     * between stages in nanoseconds, as a {@code long}.
     */
    static final Duration MAX_SPAN = Duration.ofNanos(Long.MAX_VALUE);

    private final TouchpointCatalogue catalogue;
    private final Map<String, Instant[]> firstTimes = new HashMap<>();

    private FunnelAccumulator(TouchpointCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * {@return an empty funnel over the stages of {@code catalogue}}
     *
     * @param catalogue the touchpoints, with their channels and stages
     */
    public static FunnelAccumulator create(TouchpointCatalogue catalogue) {
        return new FunnelAccumulator(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /**
     * Adds one interaction; its touchpoint must be in the catalogue.
     *
     * @param interaction the interaction to add
     * @return this accumulator
     * @throws IllegalArgumentException when its touchpoint is not in the catalogue or it would
     *     put the customer's first times more than 106,751 days apart; the accumulator is then
     *     unchanged
     */
    public FunnelAccumulator add(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        int stage = catalogue.stagePosition(interaction.touchpointId(), "touchpointId");
        record(interaction.customerId(), stage, interaction.time());
        return this;
    }

    /**
     * Adds every interaction of a journey; all touchpoints must be in the catalogue.
     *
     * @param journey one customer's journey
     * @return this accumulator
     * @throws IllegalArgumentException as {@link #add(Interaction)} does, for any of the
     *     journey's interactions; the accumulator is then unchanged
     */
    public FunnelAccumulator add(Journey journey) {
        Objects.requireNonNull(journey, "journey");
        if (journey.interactions().isEmpty()) {
            return this;
        }
        Instant[] times = firstTimes.get(journey.customerId());
        Instant[] updated = times == null ? new Instant[catalogue.stages().size()] : times.clone();
        for (Interaction interaction : journey.interactions()) {
            int stage = catalogue.stagePosition(interaction.touchpointId(), "touchpointId");
            updated[stage] = earlier(updated[stage], interaction.time());
        }
        checkSpan(journey.customerId(), updated, -1, null);
        firstTimes.put(journey.customerId(), updated);
        return this;
    }

    /**
     * Adds {@code other}'s customers, keeping each customer's earlier first time at each
     * stage.
     *
     * @param other the accumulator whose customers are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when the catalogues differ or a customer's merged first
     *     times would be more than 106,751 days apart; the accumulator is then unchanged
     */
    public FunnelAccumulator merge(FunnelAccumulator other) {
        Objects.requireNonNull(other, "other");
        checkArgument(
                catalogue.equals(other.catalogue),
                "catalogue of the merged funnel must be %s, was %s",
                catalogue,
                other.catalogue);
        Map<String, Instant[]> merged = new HashMap<>();
        other.firstTimes.forEach((customer, times) -> {
            Instant[] mine = firstTimes.get(customer);
            if (mine != null) {
                Instant[] earliest = mine.clone();
                for (int stage = 0; stage < times.length; stage++) {
                    earliest[stage] = earlier(earliest[stage], times[stage]);
                }
                checkSpan(customer, earliest, -1, null);
                merged.put(customer, earliest);
            } else {
                merged.put(customer, times.clone());
            }
        });
        firstTimes.putAll(merged);
        return this;
    }

    /**
     * The binary form of this accumulator's state, so that partial funnels built in other
     * processes can be merged: the stage model's names and each customer's first time at each
     * stage reached (a {@link Funnel}'s rates cannot be merged; these times can). Equal states
     * have equal bytes. Layout, version 1, big-endian: {@code int} magic {@code "CXFN"},
     * {@code byte} version, {@code int} number of stages, each stage's name as text; {@code
     * int} number of customers, then per customer in ascending id order its id as text, an
     * {@code int} number of stages reached and per stage reached, in order, an {@code int}
     * position, a {@code long} of seconds and an {@code int} of nanoseconds since
     * 1970-01-01T00:00:00Z. A text is an unsigned {@code short} length and that many bytes of
     * UTF-8.
     *
     * @return the bytes, read by {@link #fromByteArray(TouchpointCatalogue, byte[])}
     * @throws IllegalArgumentException when a customer id or stage name is longer than 65535
     *     UTF-8 bytes
     */
    public byte[] toByteArray() {
        return FunnelForm.encode(catalogue.stages(), firstTimes);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes into an accumulator over {@code catalogue}, which
     * merges with accumulators over the same catalogue.
     *
     * @param catalogue the catalogue of the accumulator that wrote the bytes; its stage model
     *     must be the one the bytes name
     * @param bytes the encoded state
     * @return a new accumulator holding the decoded customers
     * @throws IllegalArgumentException on any malformed bytes (a wrong magic, version or length,
     *     blank, repeated or unordered customer ids, a customer with no stage, stage positions
     *     out of range or order, times outside {@link Instant}'s range, first times of a
     *     customer more than 106,751 days apart) and when the bytes'
     *     stages are not {@code catalogue}'s
     */
    public static FunnelAccumulator fromByteArray(TouchpointCatalogue catalogue, byte[] bytes) {
        FunnelAccumulator accumulator = create(catalogue);
        FunnelForm.decode(bytes, catalogue.stages(), accumulator.firstTimes);
        return accumulator;
    }

    /** {@return the funnel of the interactions added so far} */
    public Funnel snapshot() {
        return Funnel.of(catalogue.stages(), firstTimes.values());
    }

    private void record(String customer, int stage, Instant time) {
        Instant[] times = firstTimes.get(customer);
        if (times == null) {
            times = new Instant[catalogue.stages().size()];
            times[stage] = time;
            firstTimes.put(customer, times);
        } else if (times[stage] == null || time.isBefore(times[stage])) {
            checkSpan(customer, times, stage, time);
            times[stage] = time;
        }
    }

    private static Instant earlier(Instant first, Instant second) {
        return first == null || (second != null && second.isBefore(first)) ? second : first;
    }

    /**
     * Checks that a customer's first times lie within {@link #MAX_SPAN} of one another, so that
     * the funnel can measure the time between any two of them: {@code times} with {@code time}
     * at {@code stage} instead ({@code -1}: {@code times} as they are).
     */
    static void checkSpan(String customer, Instant[] times, int stage, Instant time) {
        Instant first = time;
        Instant last = time;
        for (int i = 0; i < times.length; i++) {
            Instant other = i == stage ? null : times[i];
            first = earlier(first, other);
            last = last == null || (other != null && other.isAfter(last)) ? other : last;
        }
        if (first != null && Duration.between(first, last).compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("first times of customer '" + customer
                    + "' at the funnel's stages must lie within " + MAX_SPAN.toDays()
                    + " days of one another, were " + first + " and " + last);
        }
    }
}
