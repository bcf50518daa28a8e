package dev.cxkit.spark;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreHistogram;

import java.nio.ByteBuffer;

/**
 * The two kinds of histogram bytes the cxkit functions read, told apart by the magic number
 * that opens each cx-core binary form: {@code "CXSH"} for {@link ScoreHistogram#toByteArray()},
 * {@code "CXWH"} for {@link WeightedScoreHistogram#toByteArray()}. Bytes that do not decode
 * give an {@link IllegalArgumentException} whose message names the function and says what it
 * reads, worded for the SQL user who passed the bytes.
 */
final class HistogramBytes {

    private static final int WEIGHTED_MAGIC = 0x43585748; // "CXWH"

    private HistogramBytes() {}

    /** True when {@code bytes} start as a weighted histogram's binary form. */
    static boolean isWeighted(byte[] bytes) {
        return bytes.length >= Integer.BYTES && ByteBuffer.wrap(bytes).getInt() == WEIGHTED_MAGIC;
    }

    /**
     * Decodes unweighted histogram bytes for {@code function}.
     *
     * @throws IllegalArgumentException naming the function when the bytes do not decode
     */
    static ScoreHistogram unweighted(String function, byte[] bytes) {
        try {
            return ScoreHistogram.fromByteArray(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed(function, e);
        }
    }

    /**
     * Decodes weighted histogram bytes for {@code function}.
     *
     * @throws IllegalArgumentException naming the function when the bytes do not decode
     */
    static WeightedScoreHistogram weighted(String function, byte[] bytes) {
        try {
            return WeightedScoreHistogram.fromByteArray(bytes);
        } catch (IllegalArgumentException e) {
            throw malformed(function, e);
        }
    }

    private static IllegalArgumentException malformed(String function, IllegalArgumentException e) {
        return new IllegalArgumentException(
                function + " reads the bytes of cx_*_histogram or "
                        + "cx_*_weighted_histogram, but these are not: " + e.getMessage(),
                e);
    }
}
