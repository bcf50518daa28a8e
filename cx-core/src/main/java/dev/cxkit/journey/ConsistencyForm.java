package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.internal.Counts;

import java.util.Map;

/**
 * The binary form of a {@link ConsistencyAccumulator}'s state, version 2, big-endian:
 *
 * <pre>
 *   int    magic        0x4358434E ("CXCN")
 *   byte   version      2
 *   int    touchpoints  >= 0
 *   per touchpoint, in ascending id order ({@link String#compareTo}):
 *          text   id      (1..65535 bytes)
 *          int    ranges  R >= 1
 *          per range, ascending:
 *                 long range  max - min of the responses' scales, >= 1
 *                 long count  responses over that range, >= 1
 *                 long sum    of their points above the worst score, in [0, range * count]
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8; a touchpoint's
 * counts sum to at most {@link Long#MAX_VALUE}. Decoding is strict: besides a wrong magic,
 * version or length, it rejects a blank or repeated id, ids out of order, a touchpoint without
 * ranges, ranges out of order or below 1, a count below 1 and a sum outside {@code [0, range *
 * count]}, each with an {@link IllegalArgumentException}.
 *
 * <p>Version 1 wrote, per touchpoint, the id, a {@code long} count {@code n >= 1} and a {@code
 * double} sum of normalized scores in {@code [0, n]}, rounded as it was added. It is still read:
 * the sum, a binary fraction {@code m / 2^k}, becomes one range {@code 2^k} (at most {@code
 * 2^62}) with count {@code n} and sum {@code m}, so the decoded mean is version 1's and later
 * merges are exact.
 */
final class ConsistencyForm {

    static final int MAGIC = 0x4358434E;
    static final byte VERSION = 2;
    private static final String TYPE = "ConsistencyAccumulator";
    private static final int MAX_ID_BYTES = 0xFFFF;
    private static final int MIN_TOUCHPOINT_BYTES = Short.BYTES + 1 + Long.BYTES + Double.BYTES;
    private static final int RANGE_BYTES = 3 * Long.BYTES;

    private ConsistencyForm() {}

    static byte[] encode(Map<String, ConsistencyAccumulator.Tally> tallies) {
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION).writeInt(tallies.size());
        tallies.forEach((id, tally) -> {
            out.writeText("touchpoint id", id, MAX_ID_BYTES)
                    .writeInt(tally.byRange().size());
            tally.byRange()
                    .forEach((range, part) ->
                            out.writeLong(range).writeLong(part[0]).writeLong(part[1]));
        });
        return out.toByteArray();
    }

    /** Decodes the state into {@code tallies}, an empty map sorted by id. */
    static void decode(byte[] bytes, Map<String, ConsistencyAccumulator.Tally> tallies) {
        byte version = bytes.length > Integer.BYTES ? bytes[Integer.BYTES] : VERSION;
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, version == 1 ? 1 : VERSION);
        int touchpoints = in.readInt("touchpoint count", 0, Integer.MAX_VALUE);
        in.requireItems(touchpoints, MIN_TOUCHPOINT_BYTES, "touchpoints");
        String previous = null;
        for (int i = 0; i < touchpoints; i++) {
            String id = in.readTextAfter("touchpoint id", MAX_ID_BYTES, previous);
            if (id.isBlank()) {
                throw new IllegalArgumentException(
                        TYPE + " touchpoint id " + i + " must not be blank, was '" + id + "'");
            }
            tallies.put(id, version == 1 ? readVersion1(in, id) : readRanges(in, id));
            previous = id;
        }
        in.requireEnd();
    }

    private static ConsistencyAccumulator.Tally readRanges(BinaryReader in, String id) {
        int ranges = in.readInt("range count of '" + id + "'", 1, Integer.MAX_VALUE);
        in.requireItems(ranges, RANGE_BYTES, "ranges of '" + id + "'");
        ConsistencyAccumulator.Tally tally = new ConsistencyAccumulator.Tally();
        long previous = 0;
        for (int i = 0; i < ranges; i++) {
            long range = in.readLong("range of '" + id + "'");
            if (range <= previous) {
                throw new IllegalArgumentException(TYPE + " ranges of '" + id + "' must be >= 1"
                        + " and ascend without repeats, " + range + " follows " + previous);
            }
            long count = in.readCount("response count of '" + id + "' over range " + range);
            if (count == 0) {
                throw new IllegalArgumentException(TYPE + " response count of '" + id
                        + "' over range " + range + " must be >= 1, was 0");
            }
            long sum = in.readCount("points of '" + id + "' over range " + range);
            if (sum / range > count || (sum / range == count && sum % range != 0)) {
                throw new IllegalArgumentException(TYPE + " points of '" + id + "' over range "
                        + range + " must be at most range x count (" + range + " x " + count
                        + "), was " + sum);
            }
            try {
                Counts.add(tally.n(), count, "responses of '" + id + "'");
            } catch (IllegalArgumentException tooMany) {
                throw new IllegalArgumentException(TYPE + " " + tooMany.getMessage());
            }
            tally.add(range, count, sum);
            previous = range;
        }
        return tally;
    }

    /** A version 1 touchpoint: a count and a double sum, as one power-of-two range. */
    private static ConsistencyAccumulator.Tally readVersion1(BinaryReader in, String id) {
        long n = in.readCount("response count of '" + id + "'");
        if (n == 0) {
            throw new IllegalArgumentException(
                    TYPE + " response count of '" + id + "' must be >= 1, was 0");
        }
        double sum = in.readDouble("score sum of '" + id + "'");
        if (!(sum >= 0 && sum <= n && sum < 0x1p63)) {
            throw new IllegalArgumentException(TYPE + " score sum of '" + id
                    + "' must be in [0, " + n + "] (scores are normalized to [0, 1]), was "
                    + sum);
        }
        long range = 1;
        double points = sum;
        while (points != Math.rint(points)) {
            if (range == 1L << 62) {
                throw new IllegalArgumentException(TYPE + " score sum of '" + id + "' must be a"
                        + " multiple of 2^-62, was " + sum);
            }
            range <<= 1;
            points *= 2;
        }
        ConsistencyAccumulator.Tally tally = new ConsistencyAccumulator.Tally();
        tally.add(range, n, (long) points);
        return tally;
    }
}
