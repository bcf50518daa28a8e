package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.model.Stage;
import dev.cxkit.model.StageModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary form of a {@link FunnelAccumulator}'s state, version 1, big-endian:
 *
 * <pre>
 *   int    magic      0x4358464E ("CXFN")
 *   byte   version    1
 *   int    stages     K, 1..65535
 *   per stage, in the model's order: text name (1..65535 bytes)
 *   int    customers  >= 0
 *   per customer, in ascending id order ({@link String#compareTo}):
 *          text id    (1..65535 bytes)
 *          int  r     stages the customer reached, 1..K
 *          per reached stage, in ascending position:
 *                int position (0..K-1), long seconds and int nanoseconds (0..999999999) of the
 *                customer's first time there, since 1970-01-01T00:00:00Z
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8. Equal states
 * have equal bytes. Decoding is strict: besides a wrong magic, version or length, it rejects
 * stages other than the catalogue's, a blank or repeated customer id, ids out of order, a
 * customer who reached no stage, positions out of range or out of order, times outside
 * {@link Instant}'s range and first times of one customer more than 106,751 days apart (see
 * {@link FunnelAccumulator}), each with an {@link IllegalArgumentException}.
 */
final class FunnelForm {

    static final int MAGIC = 0x4358464E;
    static final byte VERSION = 1;
    private static final String TYPE = "FunnelAccumulator";
    private static final int MAX_TEXT_BYTES = 0xFFFF;
    /** The smallest encoding of a customer: an id of one byte and one reached stage. */
    private static final int MIN_CUSTOMER_BYTES =
            Short.BYTES + 1 + 2 * Integer.BYTES + Long.BYTES + Integer.BYTES;

    private FunnelForm() {}

    static byte[] encode(StageModel stages, Map<String, Instant[]> firstTimes) {
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION).writeInt(stages.size());
        for (Stage stage : stages.stages()) {
            out.writeText("stage name", stage.name(), MAX_TEXT_BYTES);
        }
        out.writeInt(firstTimes.size());
        new TreeMap<>(firstTimes).forEach((customer, times) -> {
            out.writeText("customer id", customer, MAX_TEXT_BYTES);
            int reached = 0;
            for (Instant time : times) {
                reached += time == null ? 0 : 1;
            }
            out.writeInt(reached);
            for (int stage = 0; stage < times.length; stage++) {
                if (times[stage] != null) {
                    out.writeInt(stage).writeInstant(times[stage]);
                }
            }
        });
        return out.toByteArray();
    }

    /** Decodes the state into {@code firstTimes}, checking that the stages are {@code stages}. */
    static void decode(byte[] bytes, StageModel stages, Map<String, Instant[]> firstTimes) {
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        int stageCount = in.readInt("stage count", 1, MAX_TEXT_BYTES);
        in.requireItems(stageCount, Short.BYTES + 1, "stages");
        List<String> names = new ArrayList<>(stageCount);
        for (int i = 0; i < stageCount; i++) {
            names.add(in.readText("stage name", MAX_TEXT_BYTES));
        }
        List<String> expected = stages.stages().stream().map(Stage::name).toList();
        if (!names.equals(expected)) {
            throw new IllegalArgumentException(TYPE + " bytes are over stages " + names
                    + ", the catalogue's stages are " + expected);
        }
        int customers = in.readInt("customer count", 0, Integer.MAX_VALUE);
        in.requireItems(customers, MIN_CUSTOMER_BYTES, "customers");
        String previous = null;
        for (int i = 0; i < customers; i++) {
            String customer = in.readTextAfter("customer id", MAX_TEXT_BYTES, previous);
            if (customer.isBlank()) {
                throw new IllegalArgumentException(
                        TYPE + " customer id " + i + " must not be blank, was '" + customer + "'");
            }
            Instant[] times = readTimes(in, stageCount, customer);
            try {
                FunnelAccumulator.checkSpan(customer, times, -1, null);
            } catch (IllegalArgumentException tooLong) {
                throw new IllegalArgumentException(TYPE + " bytes: " + tooLong.getMessage());
            }
            firstTimes.put(customer, times);
            previous = customer;
        }
        in.requireEnd();
    }

    private static Instant[] readTimes(BinaryReader in, int stageCount, String customer) {
        int reached = in.readInt("stages reached by '" + customer + "'", 1, stageCount);
        Instant[] times = new Instant[stageCount];
        int previous = -1;
        for (int i = 0; i < reached; i++) {
            int stage = in.readInt("stage position of '" + customer + "'", 0, stageCount - 1);
            if (stage <= previous) {
                throw new IllegalArgumentException(TYPE + " stage positions of '" + customer
                        + "' must ascend without repeats, " + stage + " follows " + previous);
            }
            times[stage] = in.readInstant("first time of '" + customer + "' at stage " + stage);
            previous = stage;
        }
        return times;
    }
}
