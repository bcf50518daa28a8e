package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.model.SurveyResponse;

import java.util.Map;
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
 * used. Responses about no touchpoint are ignored. Memory is proportional to touchpoints.
 *
 * <p>{@link #merge(ConsistencyAccumulator)} adds sums and counts: exact up to floating-point
 * rounding of the sums, associative and commutative. {@link #toByteArray()} and {@link
 * #fromByteArray(byte[])} carry the sums and counts across processes (a {@link Consistency}
 * holds only the means, which do not merge). Not thread-safe.
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
                .ifPresent(id -> tallies.computeIfAbsent(id, key -> new Tally(0, 0))
                        .add(Normalized.score(response), 1));
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
     * Adds {@code other}'s sums and counts.
     *
     * @param other the accumulator whose sums and counts are added; unchanged
     * @return this accumulator
     * @throws IllegalArgumentException when a touchpoint's merged count would exceed {@link
     *     Long#MAX_VALUE} (decoded bytes can hold such counts); the accumulator is then unchanged
     */
    public ConsistencyAccumulator merge(ConsistencyAccumulator other) {
        Objects.requireNonNull(other, "other").tallies.forEach((id, tally) -> {
            Tally mine = tallies.get(id);
            checkArgument(
                    mine == null || mine.n <= Long.MAX_VALUE - tally.n,
                    "response count of touchpoint '%s' must be at most " + Long.MAX_VALUE
                            + " when merged, was %s + %s",
                    id,
                    mine == null ? 0 : mine.n,
                    tally.n);
        });
        other.tallies.forEach((id, tally) ->
                tallies.computeIfAbsent(id, key -> new Tally(0, 0)).add(tally.sum, tally.n));
        return this;
    }

    /**
     * The binary form of this accumulator's state: per touchpoint, in id order, the number of
     * responses and the sum of their normalized scores. Layout, version 1, big-endian: {@code
     * int} magic {@code "CXCN"}, {@code byte} version, {@code int} number of touchpoints, then
     * per touchpoint its id as an unsigned {@code short} length and that many bytes of UTF-8, a
     * {@code long} count and a {@code double} sum.
     *
     * @return the bytes, read by {@link #fromByteArray(byte[])}
     * @throws IllegalArgumentException when a touchpoint id is longer than 65535 UTF-8 bytes
     */
    public byte[] toByteArray() {
        return ConsistencyForm.encode(tallies);
    }

    /**
     * Decodes {@link #toByteArray()}'s bytes into an accumulator.
     *
     * @param bytes the encoded state
     * @return a new accumulator holding the decoded sums and counts
     * @throws IllegalArgumentException on any malformed bytes: a wrong magic, version or length,
     *     a blank, repeated or unordered touchpoint id, a count below 1, or a sum that is not a
     *     finite number between 0 and the count
     */
    public static ConsistencyAccumulator fromByteArray(byte[] bytes) {
        ConsistencyAccumulator accumulator = create();
        ConsistencyForm.decode(bytes, accumulator.tallies);
        return accumulator;
    }

    /** {@return the consistency of the responses added so far} */
    public Consistency snapshot() {
        Map<String, Double> means = new TreeMap<>();
        tallies.forEach((id, tally) -> means.put(id, tally.sum / tally.n));
        return Consistency.ofTouchpointMeans(means);
    }

    /** One touchpoint's sum of normalized scores and number of responses. */
    static final class Tally {
        private double sum;
        private long n;

        Tally(double sum, long n) {
            this.sum = sum;
            this.n = n;
        }

        double sum() {
            return sum;
        }

        long n() {
            return n;
        }

        private void add(double scores, long responses) {
            sum += scores;
            n += responses;
        }
    }
}
