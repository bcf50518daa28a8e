package dev.cxkit.survival;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The binary form of {@link Strata}, version 1, big-endian:
 *
 * <pre>
 *   int    magic    0x43585354 ("CXST")
 *   byte   version  1
 *   int    strata   >= 0
 *   per stratum, in the strata's order:
 *          text key        unsigned short length, then that many bytes of UTF-8
 *          int  length     of the stratum's table
 *          byte[] table    its {@link RiskSets#toByteArray()} form ("CXRS")
 * </pre>
 *
 * Keys are written as text by a caller's function and read back by another. Decoding is
 * strict: besides a wrong magic, version or length, a repeated key or a malformed table is an
 * {@link IllegalArgumentException}.
 */
final class StrataForm {

    static final int MAGIC = 0x43585354;
    static final byte VERSION = 1;
    private static final String TYPE = "Strata";
    private static final int MAX_KEY_BYTES = 0xFFFF;

    private StrataForm() {}

    static <K> byte[] encode(Strata<K> strata, Function<? super K, String> keyText) {
        Objects.requireNonNull(keyText, "keyText");
        BinaryWriter out =
                BinaryWriter.start(MAGIC, VERSION).writeInt(strata.asMap().size());
        strata.asMap().forEach((key, riskSets) -> {
            String text = Objects.requireNonNull(keyText.apply(key), "keyText of " + key);
            byte[] table = riskSets.toByteArray();
            out.writeText("stratum key", text, MAX_KEY_BYTES).writeBlock(table);
        });
        return out.toByteArray();
    }

    static <K> Strata<K> decode(byte[] bytes, Function<String, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, VERSION);
        int count = in.readInt("stratum count", 0, Integer.MAX_VALUE);
        in.requireItems(count, Short.BYTES + Integer.BYTES, "strata");
        Map<K, RiskSets> strata = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String text = in.readText("stratum key", MAX_KEY_BYTES);
            byte[] table = in.readBlock("table of stratum '" + text + "'");
            K decoded = Objects.requireNonNull(key.apply(text), "key of '" + text + "'");
            RiskSets riskSets;
            try {
                riskSets = RiskSets.fromByteArray(table);
            } catch (IllegalArgumentException malformed) {
                throw new IllegalArgumentException(
                        TYPE + " table of stratum '" + text + "' is malformed: "
                                + malformed.getMessage(),
                        malformed);
            }
            if (strata.put(decoded, riskSets) != null) {
                throw new IllegalArgumentException(TYPE + " key '" + text + "' repeats");
            }
        }
        in.requireEnd();
        return Strata.of(strata);
    }
}
