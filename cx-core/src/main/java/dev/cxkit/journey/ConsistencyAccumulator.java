package dev.cxkit.journey;

import dev.cxkit.internal.Counts;
import dev.cxkit.model.SurveyResponse;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects survey responses per touchpoint on a common 0..1 scale; {@link #snapshot()} gives
 * the {@link Consistency} of the experience across touchpoints.
 *
 * <p>Each response is normalized to {@code (score - min) / (max - min)} on its own scale, so
 * that an NPS 9 (0.9), a CSAT 4 (0.75) and a CES 6 (0.83) can be compared; a CES 1.0 response
 * ({@link dev.cxkit.model.Scale#CES_LEGACY}, lower is better) is reversed first,
 * {@code (max - score) / (max - min)}, so that higher is always better. Survey weights are not
 * used. Responses about no touchpoint are ignored. Memory is proportional to touchpoints (and
 * the distinct scale ranges {@code max - min} among their responses).
 *
 * <p>The sums are exact: per touchpoint and scale range {@code max - min}, the accumulator
 * keeps the number of responses and the integer sum of their points above the worst score; a
 * touchpoint's mean is computed from these integers when read, in one fixed order. So {@link
 * #merge(ConsistencyAccumulator)} is exact, associative and commutative, and any grouping of
 * the same responses gives bit-identical means and bytes. {@link #toByteArray()} and {@link
 * #fromByteArray(byte[])} carry the state across processes (a {@link Consistency} holds only
 * the means, which do not merge). Not thread-safe.
 */
public final class ConsistencyAccumulator {

    private final Map<String, Tally> tallies = new TreeMap<>();

    private ConsistencyAccumulator() {}

    /** {@return an empty accumulator} */
    public static ConsistencyAccumulator create() {
        return new ConsistencyAccumulator();
    }

    /**
     * Adds one response; a response about no touchpoint is ignored.
     *
     * @param response the response to add
     * @return this accumulator
     */
    public ConsistencyAccumulator add(SurveyResponse response) {
        Objects.requireNonNull(response, "response");
        response.touchpointId()
                .ifPresent(id -> tallies.computeIfAbsent(id, key -> new Tally())
                        .add(Normalized.range(response.scale()), 1, Normalized.points(response)));
        return this;
    }

    /**
     * Adds every response.
     *
     * @param responses the responses to add
     * @return this accumulator
     */
    public ConsistencyAccumulator addAll(Iterable<SurveyResponse> responses) {
        Objects.requireNonNull(responses, "responses").forEach(this::add);
        return this;
    }

    /**
     * Adds {@code other}'s counts and sums.
     *
     * @param other the accumulator whose counts and sums are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when a touchpoint's merged count or sum of points would
     *     exceed {@link Long#MAX_VALUE} (decoded bytes can hold such counts); the accumulator is
     *     then unchanged
     */
    public ConsistencyAccumulator merge(ConsistencyAccumulator other) {
        Objects.requireNonNull(other, "other").tallies.forEach((id, tally) -> {
            Tally mine = tallies.get(id);
            if (mine != null) {
                mine.checkMerge(tally, id);
            }
        });
        other.tallies.forEach(
                (id, tally) -> tallies.computeIfAbsent(id, key -> new Tally()).merge(tally));
        return this;
    }

    /**
     * The binary form of this accumulator's state: per touchpoint, in id order, and per scale
     * range, in ascending order, the number of responses and the sum of their points above the
     * worst score. Layout, version 2, big-endian: {@code int} magic {@code "CXCN"}, {@code byte}
     * version, {@code int} number of touchpoints, then per touchpoint its id as an unsigned
     * {@code short} length and that many bytes of UTF-8, an {@code int} number of ranges and per
     * range three {@code long}s: the range, the count and the sum. Equal states have equal bytes.
     *
     * @return the bytes, read by {@link #fromByteArray(byte[])}
     * @throws IllegalArgumentException when a touchpoint id is longer than 65535 UTF-8 bytes
     */
    public byte[] toByteArray() {
        return ConsistencyForm.encode(tallies);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes into an accumulator. Bytes of version 1 (a rounded
     * sum of normalized scores per touchpoint) are read too: each sum, a binary fraction, becomes
     * exact integers over a power-of-two range, so the decoded means are version 1's and merge
     * exactly from then on.
     *
     * @param bytes the encoded state
     * @return a new accumulator holding the decoded counts and sums
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     a blank, repeated or unordered touchpoint id, a touchpoint without responses, ranges
     *     out of order or below 1, a count below 1, a sum of points beyond range times count,
     *     counts beyond {@link Long#MAX_VALUE}, or in version 1 a sum that is not a number in
     *     {@code [0, n]} or too fine a fraction for a range of at most 2<sup>62</sup>
     */
    public static ConsistencyAccumulator fromByteArray(byte[] bytes) {
        ConsistencyAccumulator accumulator = create();
        ConsistencyForm.decode(bytes, accumulator.tallies);
        return accumulator;
    }

    /** {@return the consistency of the responses added so far} */
    public Consistency snapshot() {
        Map<String, Double> means = new TreeMap<>();
        tallies.forEach((id, tally) -> means.put(id, tally.mean()));
        return Consistency.ofTouchpointMeans(means);
    }

    /**
     * One touchpoint's responses: per scale range {@code max - min}, ascending, the count and the
     * integer sum of points above the worst score; their normalized scores sum to {@code sum /
     * range}.
     */
    static final class Tally {
        private final NavigableMap<Long, long[]> byRange = new TreeMap<>();
        private long n;

        /** The ranges, ascending, each with its {@code {count, sum}}. */
        NavigableMap<Long, long[]> byRange() {
            return byRange;
        }

        long n() {
            return n;
        }

        /**
         * Adds {@code count} responses over {@code range} whose points sum to {@code sum};
         * decoders check first that the counts and sums fit.
         */
        void add(long range, long count, long sum) {
            long[] part = byRange.computeIfAbsent(range, key -> new long[2]);
            part[0] += count;
            part[1] += sum;
            n += count;
        }

        /** The mean normalized score: the ranges' sums over their ranges, ascending, over n. */
        double mean() {
            double total = 0;
            for (Map.Entry<Long, long[]> part : byRange.entrySet()) {
                total += (double) part.getValue()[1] / part.getKey();
            }
            return total / n;
        }

        private void checkMerge(Tally other, String id) {
            Counts.add(n, other.n, "responses of touchpoint '" + id + "'");
            other.byRange.forEach((range, part) -> {
                long[] mine = byRange.get(range);
                if (mine != null) {
                    Counts.add(
                            mine[1],
                            part[1],
                            "points of touchpoint '" + id + "' on scales of range " + range);
                }
            });
        }

        private void merge(Tally other) {
            other.byRange.forEach((range, part) -> add(range, part[0], part[1]));
        }
    }
}
