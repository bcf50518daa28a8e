package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;

import java.util.Map;

/**
 * The binary form of a {@link ConsistencyAccumulator}'s state, version 1, big-endian:
 *
 * <pre>
 *   int    magic        0x4358434E ("CXCN")
 *   byte   version      1
 *   int    touchpoints  >= 0
 *   per touchpoint, in ascending id order ({@link String#compareTo}):
 *          text   id     (1..65535 bytes)
 *          long   n      responses about it, >= 1
 *          double sum    of their normalized scores, in [0, n]
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8. Decoding is
 * strict: besides a wrong magic, version or length, it rejects a blank or repeated id, ids out
 * of order, a touchpoint with no response and a sum that is not a finite number in {@code [0,
 * n]}, each with an {@link IllegalArgumentException}.
 */
final class ConsistencyForm {

    static final int MAGIC = 0x4358434E;
    static final byte VERSION = 1;
    private static final String TYPE = "ConsistencyAccumulator";
    private static final int MAX_ID_BYTES = 0xFFFF;
    private static final int MIN_TOUCHPOINT_BYTES = Short.BYTES + 1 + Long.BYTES + Double.BYTES;

    private ConsistencyForm() {}

    static byte[] encode(Map<String, ConsistencyAccumulator.Tally> tallies) {
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION).writeInt(tallies.size());
        tallies.forEach((id, tally) -> out.writeText("touchpoint id", id, MAX_ID_BYTES)
                .writeLong(tally.n())
                .writeDouble(tally.sum()));
        return out.toByteArray();
    }

    /** Decodes the state into {@code tallies}, an empty map sorted by id. */
    static void decode(byte[] bytes, Map<String, ConsistencyAccumulator.Tally> tallies) {
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        int touchpoints = in.readInt("touchpoint count", 0, Integer.MAX_VALUE);
        in.requireItems(touchpoints, MIN_TOUCHPOINT_BYTES, "touchpoints");
        String previous = null;
        for (int i = 0; i < touchpoints; i++) {
            String id = in.readTextAfter("touchpoint id", MAX_ID_BYTES, previous);
            if (id.isBlank()) {
                throw new IllegalArgumentException(
                        TYPE + " touchpoint id " + i + " must not be blank, was '" + id + "'");
            }
            long n = in.readCount("response count of '" + id + "'");
            if (n == 0) {
                throw new IllegalArgumentException(
                        TYPE + " response count of '" + id + "' must be >= 1, was 0");
            }
            double sum = in.readDouble("score sum of '" + id + "'");
            if (!(sum >= 0 && sum <= n)) {
                throw new IllegalArgumentException(TYPE + " score sum of '" + id
                        + "' must be in [0, " + n + "] (scores are normalized to [0, 1]), was "
                        + sum);
            }
            tallies.put(id, new ConsistencyAccumulator.Tally(sum, n));
            previous = id;
        }
        in.requireEnd();
    }
}
