package dev.cxkit.spark;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;

import java.nio.ByteBuffer;

/**
 * The two kinds of histogram bytes the cxkit functions read, told apart by the magic number
 * that opens each cx-core binary form: {@code "CXSH"} for {@link ScoreHistogram#toByteArray()},
 * {@code "CXWH"} for {@link WeightedScoreHistogram#toByteArray()}. Decoding failures become
 * query errors naming the function.
 */
final class HistogramBytes {

    private static final int SCORE_MAGIC = 0x43585348; // "CXSH"
    private static final int WEIGHTED_MAGIC = 0x43585748; // "CXWH"

    private HistogramBytes() {}

    /** True when {@code bytes} start as a weighted histogram's binary form. */
    static boolean isWeighted(byte[] bytes) {
        return bytes.length >= Integer.BYTES && ByteBuffer.wrap(bytes).getInt() == WEIGHTED_MAGIC;
    }

    /** True when {@code bytes} start as an unweighted histogram's binary form. */
    static boolean isUnweighted(byte[] bytes) {
        return bytes.length >= Integer.BYTES && ByteBuffer.wrap(bytes).getInt() == SCORE_MAGIC;
    }

    /** Decodes unweighted histogram bytes for {@code function}, failing the query if bad. */
    static ScoreHistogram unweighted(String function, byte[] bytes) {
        try {
            return ScoreHistogram.fromByteArray(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed(function, e);
        }
    }

    /** Decodes weighted histogram bytes for {@code function}, failing the query if bad. */
    static WeightedScoreHistogram weighted(String function, byte[] bytes) {
        try {
            return WeightedScoreHistogram.fromByteArray(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed(function, e);
        }
    }

    private static RuntimeException malformed(String function, IllegalArgumentException e) {
        return CxErrors.runtime(
                function + " reads the bytes of cx_*_histogram or "
                        + "cx_*_weighted_histogram, but these are not: " + e.getMessage(),
                e);
    }
}
