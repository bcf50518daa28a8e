package dev.cxkit.clv;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;

/**
 * The binary form of {@link RfmPatterns}, version 1, big-endian:
 *
 * <pre>
 *   int    magic     0x43585250 ("CXRP")
 *   byte   version   1
 *   int    patterns  >= 0
 *   per pattern, in the patterns' order (frequency, then age, then recency, ascending):
 *          int frequency x, double recency t_x, double age T, long count >= 1
 * </pre>
 *
 * Equal patterns have equal bytes. Decoding is strict: besides a wrong magic, version or
 * length, it rejects an invalid (x, t_x, T) as {@link RfmSummary} states, a count below 1,
 * patterns out of order or repeated, and counts whose sum exceeds {@link Long#MAX_VALUE}, each
 * with an {@link IllegalArgumentException}.
 */
final class RfmPatternsForm {

    static final int MAGIC = 0x43585250;
    static final byte VERSION = 1;
    private static final String TYPE = "RfmPatterns";
    private static final int PATTERN_BYTES = Integer.BYTES + 2 * Double.BYTES + Long.BYTES;

    private RfmPatternsForm() {}

    static byte[] encode(RfmPatterns patterns) {
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION).writeInt(patterns.size());
        for (int i = 0; i < patterns.size(); i++) {
            out.writeInt(patterns.frequency(i))
                    .writeDouble(patterns.recency(i))
                    .writeDouble(patterns.age(i))
                    .writeLong(patterns.count(i));
        }
        return out.toByteArray();
    }

    static RfmPatterns decode(byte[] bytes) {
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        int size = in.readInt("pattern count", 0, Integer.MAX_VALUE);
        in.requireItems(size, PATTERN_BYTES, "patterns");
        RfmPatterns.Builder builder = RfmPatterns.builder();
        long customers = 0;
        int previousFrequency = -1;
        double previousAge = 0;
        double previousRecency = 0;
        for (int i = 0; i < size; i++) {
            int frequency = in.readInt("frequency");
            double recency = in.readDouble("recency");
            double age = in.readDouble("age");
            long count = in.readCount("count");
            if (count == 0) {
                throw new IllegalArgumentException(
                        TYPE + " count of pattern " + i + " must be >= 1, was 0");
            }
            customers += count;
            if (customers < 0) {
                throw new IllegalArgumentException(
                        TYPE + " counts must sum to at most " + Long.MAX_VALUE + " customers");
            }
            try {
                RfmSummary.checkTimes(frequency, recency, age);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(
                        TYPE + " pattern " + i + " is invalid: " + invalid.getMessage(), invalid);
            }
            int order = i == 0
                    ? 1
                    : compare(
                            frequency,
                            age,
                            recency,
                            previousFrequency,
                            previousAge,
                            previousRecency);
            if (order <= 0) {
                throw new IllegalArgumentException(
                        TYPE + " patterns must be in ascending order without repeats, pattern "
                                + i + " (" + frequency + ", " + recency + ", " + age + ") follows ("
                                + previousFrequency
                                + ", " + previousRecency + ", " + previousAge + ")");
            }
            builder.add(frequency, recency, age, count);
            previousFrequency = frequency;
            previousAge = age;
            previousRecency = recency;
        }
        in.requireEnd();
        return builder.build();
    }

    /** The order of {@link RfmPatterns}: frequency, then age, then recency. */
    private static int compare(
            int frequency,
            double age,
            double recency,
            int otherFrequency,
            double otherAge,
            double otherRecency) {
        int order = Integer.compare(frequency, otherFrequency);
        if (order == 0) {
            order = Double.compare(age, otherAge);
        }
        return order == 0 ? Double.compare(recency, otherRecency) : order;
    }
}
