package dev.cxkit.text;

import static dev.cxkit.testing.Bytes.withDouble;
import static dev.cxkit.testing.Bytes.withLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** The binary form and merge of sentiment summaries: what they keep and what they refuse. */
class SentimentSummaryFormTest {

    private static final int N = 5;
    private static final int POSITIVE = N + 8;
    private static final int NEGATIVE = POSITIVE + 8;
    private static final int MEAN = NEGATIVE + 8;
    private static final int SQUARES = MEAN + 8;

    private static SentimentSummary of(double... scores) {
        SentimentAccumulator accumulator = SentimentAccumulator.create();
        for (double score : scores) {
            accumulator.add(score);
        }
        return accumulator.snapshot();
    }

    @Test
    void summariesMergeAsTheirAccumulatorsDo() {
        SentimentSummary first = of(0.5, -0.25, 0);
        SentimentSummary second = of(1, 0.75);
        SentimentSummary decoded = SentimentSummary.fromByteArray(first.toByteArray());
        assertThat(decoded).isEqualTo(first);
        assertThat(decoded.merge(second))
                .isEqualTo(SentimentAccumulator.create()
                        .merge(SentimentAccumulator.create().add(0.5).add(-0.25).add(0))
                        .merge(SentimentAccumulator.create().add(1).add(0.75))
                        .snapshot());
        assertThat(decoded.merge(second).mean()).isCloseTo(0.4, within(1e-15));
        assertThat(of().merge(first)).as("empty is the identity").isEqualTo(first);
        assertThat(first.merge(of())).isEqualTo(first);
        assertThat(of().toByteArray()).hasSize(45);
    }

    @Test
    void equalWhenCountsMeanAndSquaresAre() {
        new EqualsTester()
                .addEqualityGroup(of(0.5, -0.5), of(-0.5, 0.5))
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
        assertRefused(withDouble(good, MEAN, Double.POSITIVE_INFINITY), "must be finite");
        assertRefused(withDouble(good, SQUARES, -1e-9), "finite and >= 0");
        byte[] empty = of().toByteArray();
        assertRefused(
                withDouble(empty, MEAN, 0.5),
                "SentimentSummary of no comments must have mean and sum of squared deviations 0,"
                        + " were 0.5 and 0.0");
        assertRefused(
                withDouble(of(0.5).toByteArray(), SQUARES, 0.25),
                "SentimentSummary of 1 comment must have sum of squared deviations 0, was 0.25");
        assertRefused(Arrays.copyOf(good, good.length + 1), "must be 45 long, were 46");
        for (int length = 0; length < good.length; length++) {
            assertRefused(Arrays.copyOf(good, length), "SentimentSummary ");
        }
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

    private static void assertRefused(byte[] bytes, String message) {
        assertThatThrownBy(() -> SentimentSummary.fromByteArray(bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
