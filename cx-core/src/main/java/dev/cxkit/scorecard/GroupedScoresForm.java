package dev.cxkit.scorecard;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.model.CalendarPeriod;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The binary form of {@link GroupedScores}, version 1, big-endian:
 *
 * <pre>
 *   int    magic       0x43584753 ("CXGS")
 *   byte   version     1
 *   text   scale name  (1..255 UTF-8 bytes)
 *   int    min, max    the scale bounds
 *   int    keys        0..255
 *   per key:   text name (1..65535 bytes), byte period (0: none, 1..5: DAY, ISO_WEEK,
 *              MONTH, QUARTER, YEAR)
 *   int    groups      >= 0
 *   per group, in key order: text value per key (0..65535 bytes), then one long count per
 *              score from min to max, not all 0
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8. Groups are
 * written in {@link GroupedScores}' key order, so equal results have equal bytes. Decoding is
 * strict: besides a wrong magic, version or length, it rejects an invalid scale, repeated key
 * names, an unknown period, groups out of order or repeated, an empty group and negative or
 * overflowing counts, each with an {@link IllegalArgumentException}.
 */
final class GroupedScoresForm {

    static final int MAGIC = 0x43584753;
    static final byte VERSION = 1;
    private static final String TYPE = "GroupedScores";
    private static final int MAX_KEYS = 255;
    private static final int MAX_TEXT_BYTES = 0xFFFF;
    /** The periods by code - 1, fixed here so that the bytes do not follow the enum's order. */
    private static final List<CalendarPeriod> PERIODS = List.of(
            CalendarPeriod.DAY,
            CalendarPeriod.ISO_WEEK,
            CalendarPeriod.MONTH,
            CalendarPeriod.QUARTER,
            CalendarPeriod.YEAR);

    private GroupedScoresForm() {}

    static byte[] encode(GroupedScores scores) {
        Scale scale = scores.scale();
        checkArgument(
                scores.keys().size() <= MAX_KEYS,
                "keys must be at most %s to be encoded, were %s",
                MAX_KEYS,
                scores.keys().size());
        BinaryWriter out = BinaryWriter.start(MAGIC, VERSION)
                .writeText("scale name", scale.name(), Scale.MAX_NAME_BYTES)
                .writeInt(scale.min())
                .writeInt(scale.max())
                .writeInt(scores.keys().size());
        for (GroupKey key : scores.keys()) {
            int period = key.period().map(p -> PERIODS.indexOf(p) + 1).orElse(0);
            out.writeText("key name", key.name(), MAX_TEXT_BYTES).writeByte((byte) period);
        }
        out.writeInt(scores.groups().size());
        scores.groups().forEach((values, histogram) -> {
            values.forEach(value -> out.writeText("group key value", value, MAX_TEXT_BYTES));
            for (long count : histogram.counts()) {
                out.writeLong(count);
            }
        });
        return out.toByteArray();
    }

    static GroupedScores decode(byte[] bytes) {
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        Scale scale = readScale(in);
        int keyCount = in.readInt("key count", 0, MAX_KEYS);
        List<GroupKey> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            String name = in.readText("key name", MAX_TEXT_BYTES);
            int period = in.readByte("key period");
            if (period < 0 || period > PERIODS.size()) {
                throw new IllegalArgumentException(TYPE + " period of key '" + name
                        + "' must be in 0.." + PERIODS.size() + ", was " + period);
            }
            keys.add(invalidIfThrows(
                    "key",
                    () -> GroupKey.decoded(
                            name,
                            period == 0
                                    ? Optional.empty()
                                    : Optional.of(PERIODS.get(period - 1)))));
        }
        int groupCount = in.readInt("group count", 0, Integer.MAX_VALUE);
        in.requireItems(groupCount, keyCount * Short.BYTES + scale.points() * Long.BYTES, "groups");
        Map<List<String>, ScoreHistogram> groups = new LinkedHashMap<>();
        List<String> previous = null;
        for (int group = 0; group < groupCount; group++) {
            List<String> values = new ArrayList<>(keyCount);
            for (int i = 0; i < keyCount; i++) {
                values.add(in.readText("group key value", MAX_TEXT_BYTES));
            }
            if (previous != null && GroupedScores.compareKeys(previous, values) >= 0) {
                throw new IllegalArgumentException(
                        TYPE + " groups must be in ascending key order without repeats, " + values
                                + " follows " + previous);
            }
            groups.put(values, readHistogram(in, scale, values));
            previous = values;
        }
        in.requireEnd();
        return invalidIfThrows("key list", () -> GroupedScores.of(scale, keys, groups));
    }

    /** The value of {@code decoded}, its {@link IllegalArgumentException} said to be about bytes. */
    private static <T> T invalidIfThrows(String part, Supplier<T> decoded) {
        try {
            return decoded.get();
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException(
                    TYPE + " bytes hold an invalid " + part + ": " + invalid.getMessage(), invalid);
        }
    }

    private static Scale readScale(BinaryReader in) {
        String name = in.readText("scale name", Scale.MAX_NAME_BYTES);
        int min = in.readInt("scale min");
        int max = in.readInt("scale max");
        return invalidIfThrows("scale", () -> Scale.of(name, min, max));
    }

    private static ScoreHistogram readHistogram(BinaryReader in, Scale scale, List<String> group) {
        long[] counts = new long[scale.points()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readLong("count");
        }
        ScoreHistogram histogram =
                invalidIfThrows("group " + group, () -> ScoreHistogram.of(scale, counts));
        if (histogram.isEmpty()) {
            throw new IllegalArgumentException(
                    TYPE + " group " + group + " must hold a response, held none");
        }
        return histogram;
    }
}
