package dev.cxkit.journey;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;
import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The binary form of a {@link FrictionAccumulator}'s state, version 1, big-endian:
 *
 * <pre>
 *   int    magic      0x43584652 ("CXFR")
 *   byte   version    1
 *   the scope: repeat-contact rule and the catalogue's touchpoints ({@link ScopeForm})
 *   per touchpoint, in catalogue order:
 *          long interactions, abandoned, escalated, repeated   (abandoned + escalated and
 *                                                               repeated each at most
 *                                                               interactions)
 *          long counts of CSAT 1..5, NPS 0..10, CES 1..7 and CES 1.0 1..5 responses (28 longs)
 * </pre>
 *
 * Equal states have equal bytes: counts do not depend on the order journeys were added or
 * merged. Decoding is strict: besides a wrong magic, version or length, it rejects a repeat
 * rule that is not one, touchpoints other than the catalogue's, negative counts, more abandoned
 * and escalated (or repeated) interactions than interactions, and interactions or responses of
 * an instrument (CES and CES 1.0 together) beyond {@link Long#MAX_VALUE} over all touchpoints,
 * each with an {@link IllegalArgumentException}.
 */
final class FrictionForm {

    static final int MAGIC = 0x43584652;
    static final byte VERSION = 1;
    private static final String TYPE = "FrictionAccumulator";

    private FrictionForm() {}

    static byte[] encode(RepeatScope scope, Map<String, FrictionTally> tallies) {
        return ScopeForm.encode(MAGIC, VERSION, scope, tallies, FrictionForm::writeTally);
    }

    /**
     * Decodes the scope, checked against {@code catalogue}, and puts each touchpoint's tally
     * into {@code tallies}.
     */
    static RepeatScope decode(
            byte[] bytes, TouchpointCatalogue catalogue, Map<String, FrictionTally> tallies) {
        RepeatScope scope = ScopeForm.decode(
                bytes, TYPE, MAGIC, VERSION, catalogue, tallies, FrictionForm::readTally);
        try {
            FrictionTally.observations(tallies.values());
        } catch (IllegalArgumentException tooMany) {
            throw new IllegalArgumentException(TYPE + " bytes: " + tooMany.getMessage());
        }
        return scope;
    }

    private static void writeTally(BinaryWriter out, FrictionTally tally) {
        for (long count : tally.counts()) {
            out.writeLong(count);
        }
        for (ScoreHistogram histogram : tally.histograms()) {
            for (int score = histogram.scale().min(); score <= histogram.scale().max(); score++) {
                out.writeLong(histogram.count(score));
            }
        }
    }

    private static FrictionTally readTally(BinaryReader in, String id) {
        long[] counts = new long[FrictionTally.COUNTS.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readCount(FrictionTally.COUNTS.get(i) + " at '" + id + "'");
        }
        long interactions = counts[0];
        if (counts[1] > interactions - counts[2] || counts[3] > interactions) {
            throw new IllegalArgumentException(TYPE + " abandoned and escalated interactions at '"
                    + id + "' must together be at most its " + interactions + " interactions,"
                    + " and repeated ones too, were " + counts[1] + ", " + counts[2] + " and "
                    + counts[3]);
        }
        List<ScoreHistogram> histograms = new ArrayList<>(FrictionTally.INSTRUMENTS.size());
        for (Scale scale : FrictionTally.INSTRUMENTS) {
            long[] scores = new long[scale.points()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = in.readCount(
                        scale.name() + " count of score " + (scale.min() + i) + " at '" + id + "'");
            }
            try {
                histograms.add(ScoreHistogram.of(scale, scores));
            } catch (IllegalArgumentException tooMany) {
                throw new IllegalArgumentException(TYPE + " " + scale.name() + " responses at '"
                        + id + "': " + tooMany.getMessage());
            }
        }
        return FrictionTally.of(counts, histograms);
    }
}
