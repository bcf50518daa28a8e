package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.model.Touchpoint;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The frame of a journey-level accumulator's binary form, shared by {@link FrictionForm} and
 * {@link ServiceForm}: the header (magic, version), the scope the state was collected under
 * ({@link RepeatScope}) and one body per touchpoint in catalogue order, which each form defines.
 * The scope, big-endian:
 *
 * <pre>
 *   long   window seconds   the repeat-contact window, > 0 in all
 *   int    window nanos     0..999999999
 *   byte   scope            0 same touchpoint, 1 same stage ({@link RepeatContact.Scope})
 *   int    touchpoints      K, the catalogue's size, >= 1
 *   per touchpoint, in catalogue order: text id, text channel name, text stage name
 * </pre>
 *
 * where a text is an unsigned short length followed by that many bytes of UTF-8. The body that
 * follows has one entry per touchpoint in the same order. A decoder reads the rule from the
 * bytes and checks the touchpoints against the caller's catalogue, so that evidence collected
 * over other touchpoints is refused rather than merged.
 */
final class ScopeForm {

    private static final int MAX_TEXT_BYTES = 0xFFFF;
    private static final List<RepeatContact.Scope> SCOPES = List.of(RepeatContact.Scope.values());

    private ScopeForm() {}

    /** Writes the header, {@code scope} and each touchpoint's body, in catalogue order. */
    static <T> byte[] encode(
            int magic,
            byte version,
            RepeatScope scope,
            Map<String, T> tallies,
            BiConsumer<BinaryWriter, T> body) {
        BinaryWriter out = BinaryWriter.start(magic, version);
        write(out, scope);
        for (Touchpoint touchpoint : scope.catalogue().touchpoints()) {
            body.accept(out, tallies.get(touchpoint.id()));
        }
        return out.toByteArray();
    }

    /**
     * Reads the header and the scope, checked against {@code catalogue}, then each touchpoint's
     * body into {@code tallies}, and checks that no byte is left.
     *
     * @param body reads one touchpoint's body, given its id
     * @return the scope of the bytes, over {@code catalogue}
     */
    static <T> RepeatScope decode(
            byte[] bytes,
            String type,
            int magic,
            byte version,
            TouchpointCatalogue catalogue,
            Map<String, T> tallies,
            BiFunction<BinaryReader, String, T> body) {
        BinaryReader in = BinaryReader.open(bytes, type, magic, version);
        RepeatScope scope = read(in, catalogue, type);
        for (Touchpoint touchpoint : catalogue.touchpoints()) {
            tallies.put(touchpoint.id(), body.apply(in, touchpoint.id()));
        }
        in.requireEnd();
        return scope;
    }

    /** Writes {@code scope}'s rule and touchpoints. */
    private static void write(BinaryWriter out, RepeatScope scope) {
        Duration window = scope.repeatContact().window();
        out.writeLong(window.getSeconds()).writeInt(window.getNano()).writeByte((byte)
                scope.repeatContact().scope().ordinal());
        List<Touchpoint> touchpoints = scope.catalogue().touchpoints();
        out.writeInt(touchpoints.size());
        for (Touchpoint touchpoint : touchpoints) {
            out.writeText("touchpoint id", touchpoint.id(), MAX_TEXT_BYTES)
                    .writeText("channel", touchpoint.channel().name(), MAX_TEXT_BYTES)
                    .writeText("stage", touchpoint.stage().name(), MAX_TEXT_BYTES);
        }
    }

    /**
     * Reads the rule and checks that the touchpoints are {@code catalogue}'s, in its order.
     *
     * @param type the summary's name, for messages
     * @return the scope of the bytes, over {@code catalogue}
     */
    private static RepeatScope read(BinaryReader in, TouchpointCatalogue catalogue, String type) {
        long seconds = in.readLong("repeat-contact window seconds");
        int nanos = in.readInt("repeat-contact window nanoseconds", 0, 999_999_999);
        int scope = in.readByte("repeat-contact scope");
        if (scope < 0 || scope >= SCOPES.size()) {
            throw new IllegalArgumentException(type + " repeat-contact scope must be in 0.."
                    + (SCOPES.size() - 1) + ", was " + scope);
        }
        Duration window = Duration.ofSeconds(seconds, nanos);
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException(
                    type + " repeat-contact window must be > 0, was " + window);
        }
        List<Touchpoint> expected = catalogue.touchpoints();
        int count = in.readInt("touchpoint count", 1, Integer.MAX_VALUE);
        if (count != expected.size()) {
            throw new IllegalArgumentException(type + " bytes are over " + count
                    + " touchpoints, the catalogue has " + expected.size());
        }
        for (Touchpoint touchpoint : expected) {
            String id = in.readText("touchpoint id", MAX_TEXT_BYTES);
            String channel = in.readText("channel of '" + id + "'", MAX_TEXT_BYTES);
            String stage = in.readText("stage of '" + id + "'", MAX_TEXT_BYTES);
            if (!id.equals(touchpoint.id())
                    || !channel.equals(touchpoint.channel().name())
                    || !stage.equals(touchpoint.stage().name())) {
                throw new IllegalArgumentException(type + " bytes name touchpoint '" + id
                        + "' (channel '" + channel + "', stage '" + stage + "') where the"
                        + " catalogue has '" + touchpoint.id() + "' (channel '"
                        + touchpoint.channel().name() + "', stage '"
                        + touchpoint.stage().name()
                        + "')");
            }
        }
        return new RepeatScope(catalogue, new RepeatContact(window, SCOPES.get(scope)));
    }
}
