package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.internal.Counts;

import java.util.Map;

/**
 * The binary form of a {@link ServiceAccumulator}'s state, version 1, big-endian:
 *
 * <pre>
 *   int    magic      0x43585356 ("CXSV")
 *   byte   version    1
 *   the scope: repeat-contact rule and the catalogue's touchpoints ({@link ScopeForm})
 *   per touchpoint, in catalogue order:
 *          long interactions, resolved, first contacts, first contacts resolved
 *          int  W, then W longs: the measured wait times in nanoseconds, ascending
 *          int  H, then H longs: the measured handling times in nanoseconds, ascending
 * </pre>
 *
 * Channels are not written: a channel's measures are those of its touchpoints together, and
 * the decoder adds them up again. The form holds every measured duration, since percentiles are
 * exact, so its size grows with the interactions: 8 bytes per measured wait or handling time.
 * Equal states have equal bytes (durations are written in order, not as added). Decoding is
 * strict: besides a wrong magic, version or length, it rejects a repeat rule that is not one,
 * touchpoints other than the catalogue's, negative counts, resolved interactions or first
 * contacts beyond the interactions, resolved first contacts beyond either, more durations than
 * interactions or than the bytes can hold, negative or unordered durations, and interactions
 * beyond {@link Long#MAX_VALUE} over all touchpoints, each with an {@link
 * IllegalArgumentException}; it allocates no more than the bytes given can fill.
 */
final class ServiceForm {

    static final int MAGIC = 0x43585356;
    static final byte VERSION = 1;
    private static final String TYPE = "ServiceAccumulator";

    private ServiceForm() {}

    static byte[] encode(RepeatScope scope, Map<String, ServiceTally> byTouchpoint) {
        return ScopeForm.encode(MAGIC, VERSION, scope, byTouchpoint, ServiceForm::writeTally);
    }

    /**
     * Decodes the scope, checked against {@code catalogue}, and puts each touchpoint's tally
     * into {@code byTouchpoint}.
     */
    static RepeatScope decode(
            byte[] bytes, TouchpointCatalogue catalogue, Map<String, ServiceTally> byTouchpoint) {
        RepeatScope scope = ScopeForm.decode(
                bytes, TYPE, MAGIC, VERSION, catalogue, byTouchpoint, ServiceForm::readTally);
        long interactions = 0;
        for (ServiceTally tally : byTouchpoint.values()) {
            try {
                interactions = Counts.add(interactions, tally.interactions(), "interactions");
            } catch (IllegalArgumentException tooMany) {
                throw new IllegalArgumentException(TYPE + " bytes: " + tooMany.getMessage());
            }
        }
        return scope;
    }

    private static void writeTally(BinaryWriter out, ServiceTally tally) {
        for (long count : tally.counts()) {
            out.writeLong(count);
        }
        writeDurations(out, tally.sortedWaitNanos());
        writeDurations(out, tally.sortedHandlingNanos());
    }

    private static void writeDurations(BinaryWriter out, long[] nanos) {
        out.writeInt(nanos.length);
        for (long value : nanos) {
            out.writeLong(value);
        }
    }

    private static ServiceTally readTally(BinaryReader in, String id) {
        long[] counts = new long[ServiceTally.COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readCount(ServiceTally.COUNTS.get(i) + " at '" + id + "'");
        }
        long interactions = counts[0];
        if (counts[1] > interactions
                || counts[2] > interactions
                || counts[3] > Math.min(counts[1], counts[2])) {
            throw new IllegalArgumentException(TYPE + " resolved interactions and first contacts"
                    + " at '" + id + "' must each be at most its " + interactions
                    + " interactions, and resolved first contacts at most both, were "
                    + counts[1] + ", " + counts[2] + " and " + counts[3]);
        }
        long[] waits = readDurations(in, "wait times at '" + id + "'", interactions);
        long[] handlings = readDurations(in, "handling times at '" + id + "'", interactions);
        return ServiceTally.of(counts, waits, handlings);
    }

    private static long[] readDurations(BinaryReader in, String field, long interactions) {
        int count = in.readInt(field + " count", 0, Integer.MAX_VALUE);
        if (count > interactions) {
            throw new IllegalArgumentException(TYPE + " " + field + " must be at most its "
                    + interactions + " interactions, were " + count);
        }
        in.requireItems(count, Long.BYTES, field);
        long[] nanos = new long[count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            nanos[i] = in.readLong(field);
            if (nanos[i] < previous) {
                throw new IllegalArgumentException(TYPE + " " + field + " must be nanoseconds >= 0"
                        + " in ascending order, " + nanos[i] + " follows " + previous);
            }
            previous = nanos[i];
        }
        return nanos;
    }
}
