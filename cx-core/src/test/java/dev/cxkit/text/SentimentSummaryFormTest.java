package dev.cxkit.text;

import static dev.cxkit.testing.Bytes.withInt;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The binary form and merge of sentiment summaries: exact sums, what the form keeps and what it
 * refuses, and version 1 still read.
 */
class SentimentSummaryFormTest {

    private static final int N = 5;
    private static final int POSITIVE = N + 8;
    private static final int NEGATIVE = POSITIVE + 8;
    private static final int SUM = NEGATIVE + 8;

    private static SentimentSummary of(double... scores) {
        SentimentAccumulator accumulator = SentimentAccumulator.create();
        for (double score : scores) {
            accumulator.add(score);
        }
        return accumulator.snapshot();
    }

    @Test
    void summariesMergeExactly() {
        SentimentSummary first = of(0.5, -0.25, 0, 0.1);
        SentimentSummary second = of(1, 0.75, 0.2);
        SentimentSummary decoded = SentimentSummary.fromByteArray(first.toByteArray());
        assertThat(decoded).isEqualTo(first);
        assertThat(decoded.merge(second)).isEqualTo(of(0.5, -0.25, 0, 0.1, 1, 0.75, 0.2));
        assertThat(second.merge(decoded)).isEqualTo(decoded.merge(second));
        assertThat(of().merge(first)).as("empty is the identity").isEqualTo(first);
        assertThat(first.merge(of())).isEqualTo(first);
        assertThat(of(0.1, 0.2, 0.3).mean())
                .as("the exact sum rounded once, not 0.1 + 0.2 + 0.3 in doubles")
                .isEqualTo(new BigDecimal(0.1)
                        .add(new BigDecimal(0.2))
                        .add(new BigDecimal(0.3))
                        .divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128)
                        .doubleValue());
    }

    @Test
    void theVarianceHasNoCancellation() {
        double base = 1e9;
        SentimentSummary summary = of(base + 4, base + 7, base + 13, base + 16);
        assertThat(summary.standardDeviation()).isEqualTo(Math.sqrt(30));
        assertThat(summary.mean()).isEqualTo(base + 10);
    }

    @Test
    void equalWhenCountsAndExactSumsAre() {
        new EqualsTester()
                .addEqualityGroup(of(0.5, -0.5), of(-0.5, 0.5))
                .addEqualityGroup(
                        of(0.1, 0.2, 0.3), of(0.3, 0.2, 0.1), of(0.2, 0.1).merge(of(0.3)))
                .addEqualityGroup(of(0.5, -0.25))
                .addEqualityGroup(of(0.5, 0))
                .addEqualityGroup(of(), of().merge(of()))
                .testEquals();
    }

    @Test
    void malformedSummariesAreRefusedByName() {
        byte[] good = of(0.5, -0.25, 0).toByteArray();
        assertRefused(withLong(good, N, -1), "SentimentSummary comments must be >= 0, was -1");
        assertRefused(
                withLong(good, POSITIVE, 3),
                "positive and negative comments must be at most the 3 comments, were 3 and 1");
        assertRefused(
                withInt(good, SUM, 2000),
                "SentimentSummary sum of scores scale must be in -330..1074, was 2000");
        assertRefused(withInt(good, SUM + 4, 601), "sum of scores length must be in 1..600");
        assertRefused(
                form(3, 1, 1, BigDecimal.TEN, BigDecimal.valueOf(200)),
                "SentimentSummary sum of scores must have no trailing zeros, was 10");
        assertRefused(
                form(3, 1, 1, new BigDecimal("1E+1"), BigDecimal.ONE),
                "SentimentSummary sum of squared scores must be >= 0 and at least the squared sum"
                        + " over n (3), were 1 and 1E+1");
        assertRefused(
                form(3, 1, 1, BigDecimal.ZERO, BigDecimal.ONE.negate()),
                "sum of squared scores must be >= 0");
        assertRefused(
                form(3, 0, 0, BigDecimal.ZERO, BigDecimal.ONE),
                "SentimentSummary of no positive or negative comment must have sums 0, were 0 and"
                        + " 1");
        assertRefused(
                form(0, 0, 0, BigDecimal.ONE, BigDecimal.ONE),
                "at least the squared sum over n (0)");
        assertRefused(Arrays.copyOf(good, good.length + 1), "long, were");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "SentimentSummary ");
        }
    }

    @Test
    void version1IsReadWithItsMeanAndSquares() {
        SentimentSummary decoded = SentimentSummary.fromByteArray(version1(3, 2, 1, 0.1, 0.5));
        assertThat(decoded.mean()).isEqualTo(0.1);
        assertThat(decoded.standardDeviation()).isEqualTo(0.5);
        assertThat(decoded.merge(of(0.3)).n()).isEqualTo(4);
        assertRefused(version1(3, 2, 1, Double.POSITIVE_INFINITY, 0), "must be finite");
        assertRefused(version1(3, 2, 1, 0, -1e-9), "finite and >= 0");
        assertRefused(
                version1(0, 0, 0, 0.5, 0),
                "SentimentSummary of no comments must have mean and sum of squared deviations 0,"
                        + " were 0.5 and 0.0");
        assertRefused(
                version1(1, 1, 0, 0.5, 0.25),
                "SentimentSummary of 1 comment must have sum of squared deviations 0, was 0.25");
        byte[] good = version1(3, 2, 1, 0.1, 0.5);
        assertRefused(Arrays.copyOf(good, good.length + 1), "must be 45 long, were 46");
    }

    @Test
    void commentsBeyondALongAreRefusedWhenMerged() {
        SentimentSummary huge = SentimentSummary.fromByteArray(
                withLong(withLong(of(0.5, 0.5).toByteArray(), N, Long.MAX_VALUE), POSITIVE, 1));
        SentimentAccumulator accumulator = SentimentAccumulator.create().add(0.5);
        assertThatThrownBy(() -> accumulator.merge(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("comments must be at most " + Long.MAX_VALUE + " when merged, were 1 + "
                        + Long.MAX_VALUE);
        assertThat(accumulator.snapshot()).as("unchanged").isEqualTo(of(0.5));
        assertThatThrownBy(() -> huge.merge(huge)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Version 2 bytes with the given counts and sums, written field by field. */
    private static byte[] form(
            long n, long positive, long negative, BigDecimal sum, BigDecimal squares) {
        ByteBuffer buffer = ByteBuffer.allocate(100)
                .putInt(0x43585345)
                .put((byte) 2)
                .putLong(n)
                .putLong(positive)
                .putLong(negative);
        for (BigDecimal value : new BigDecimal[] {sum, squares}) {
            byte[] unscaled = value.unscaledValue().toByteArray();
            buffer.putInt(value.scale()).putInt(unscaled.length).put(unscaled);
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Version 1 bytes: counts, mean and sum of squared deviations. */
    private static byte[] version1(
            long n, long positive, long negative, double mean, double squares) {
        return ByteBuffer.allocate(45)
                .putInt(0x43585345)
                .put((byte) 1)
                .putLong(n)
                .putLong(positive)
                .putLong(negative)
                .putDouble(mean)
                .putDouble(squares)
                .array();
    }

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> SentimentSummary.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
