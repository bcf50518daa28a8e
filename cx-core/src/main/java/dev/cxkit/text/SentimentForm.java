package dev.cxkit.text;

import dev.cxkit.internal.BinaryReader;
import dev.cxkit.internal.BinaryWriter;

import java.math.BigDecimal;

/**
 * The binary form of a {@link SentimentSummary}, version 2, big-endian:
 *
 * <pre>
 *   int     magic      0x43585345 ("CXSE")
 *   byte    version    2
 *   long    comments   n >= 0
 *   long    positive   comments scoring above 0
 *   long    negative   comments scoring below 0 (positive + negative at most n)
 *   decimal sum        of the scores, exact
 *   decimal squares    sum of the squared scores, exact, >= 0
 * </pre>
 *
 * where a decimal is an {@code int} scale, an {@code int} length and that many bytes of the
 * unscaled value in minimal two's complement, without trailing decimal zeros (zero is scale 0).
 * A sum of at most {@link Long#MAX_VALUE} finite doubles has at most 1074 decimal places and
 * fewer than 330 digits before the point, a sum of their squares twice as many: the decoder
 * refuses anything longer before it does arithmetic on it.
 *
 * <p>Version 1 (45 bytes) held, after the three counts, the {@code double} mean (0 when empty)
 * and the {@code double} sum of squared deviations from it, both rounded; it is read as the
 * sums {@code n * mean} and {@code squares + n * mean^2}, exactly.
 */
final class SentimentForm {

    static final int MAGIC = 0x43585345;
    static final byte VERSION = 2;
    private static final String TYPE = "SentimentSummary";
    /** Bounds of a sum of scores: scale and unscaled bytes. */
    private static final int SUM_MIN_SCALE = -330;

    private static final int SUM_MAX_SCALE = 1074;
    private static final int SUM_MAX_BYTES = 600;
    /** Bounds of a sum of squared scores. */
    private static final int SQUARES_MIN_SCALE = -660;

    private static final int SQUARES_MAX_SCALE = 2148;
    private static final int SQUARES_MAX_BYTES = 1200;

    private SentimentForm() {}

    static byte[] encode(SentimentSummary summary) {
        return BinaryWriter.start(MAGIC, VERSION)
                .writeLong(summary.n())
                .writeLong(summary.positive().count())
                .writeLong(summary.negative().count())
                .writeDecimal(summary.sum())
                .writeDecimal(summary.squares())
                .toByteArray();
    }

    static SentimentSummary decode(byte[] bytes) {
        byte version = bytes.length > Integer.BYTES ? bytes[Integer.BYTES] : VERSION;
        BinaryReader in = BinaryReader.open(bytes, TYPE, MAGIC, version == 1 ? 1 : VERSION);
        long n = in.readCount("comments");
        long positive = in.readCount("positive comments");
        long negative = in.readCount("negative comments");
        if (positive > n - negative) {
            throw new IllegalArgumentException(TYPE + " positive and negative comments must be at"
                    + " most the " + n + " comments, were " + positive + " and " + negative);
        }
        if (version == 1) {
            return readVersion1(in, n, positive, negative);
        }
        BigDecimal sum = readSum(in, "sum of scores", SUM_MIN_SCALE, SUM_MAX_SCALE, SUM_MAX_BYTES);
        BigDecimal squares = readSum(
                in,
                "sum of squared scores",
                SQUARES_MIN_SCALE,
                SQUARES_MAX_SCALE,
                SQUARES_MAX_BYTES);
        in.requireEnd();
        if (squares.signum() < 0
                || sum.multiply(sum).compareTo(squares.multiply(BigDecimal.valueOf(n))) > 0) {
            throw new IllegalArgumentException(TYPE + " sum of squared scores must be >= 0 and"
                    + " at least the squared sum over n (" + n + "), were " + squares + " and "
                    + sum);
        }
        if (positive + negative == 0 && squares.signum() != 0) {
            throw new IllegalArgumentException(TYPE + " of no positive or negative comment must"
                    + " have sums 0, were " + sum + " and " + squares);
        }
        return new SentimentSummary(n, positive, negative, sum, squares);
    }

    private static BigDecimal readSum(
            BinaryReader in, String field, int minScale, int maxScale, int maxBytes) {
        BigDecimal value = in.readDecimal(field, maxBytes);
        if (value.scale() < minScale || value.scale() > maxScale) {
            throw new IllegalArgumentException(TYPE + " " + field + " scale must be in " + minScale
                    + ".." + maxScale + ", was " + value.scale());
        }
        if (!value.equals(canonical(value))) {
            throw new IllegalArgumentException(
                    TYPE + " " + field + " must have no trailing zeros, was " + value);
        }
        return value;
    }

    private static SentimentSummary readVersion1(
            BinaryReader in, long n, long positive, long negative) {
        double mean = in.readDouble("mean");
        double deviations = in.readDouble("sum of squared deviations");
        in.requireEnd();
        if (!Double.isFinite(mean) || !(deviations >= 0 && deviations < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(TYPE + " mean must be finite and sum of squared"
                    + " deviations finite and >= 0, were " + mean + " and " + deviations);
        }
        if (n == 0 && (mean != 0 || deviations != 0)) {
            throw new IllegalArgumentException(TYPE + " of no comments must have mean and sum of"
                    + " squared deviations 0, were " + mean + " and " + deviations);
        }
        if (n == 1 && deviations != 0) {
            throw new IllegalArgumentException(TYPE + " of 1 comment must have sum of squared"
                    + " deviations 0, was " + deviations);
        }
        BigDecimal exactMean = new BigDecimal(mean);
        BigDecimal count = BigDecimal.valueOf(n);
        return new SentimentSummary(
                n,
                positive,
                negative,
                canonical(exactMean.multiply(count)),
                canonical(new BigDecimal(deviations)
                        .add(exactMean.multiply(exactMean).multiply(count))));
    }

    /** {@code value} without trailing zeros, zero as scale 0: equal sums, equal forms. */
    static BigDecimal canonical(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
