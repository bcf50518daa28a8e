package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

class ScoreHistogramTest {

    private static final Scale CSAT = Scale.CSAT;

    @Test
    void statisticsOfTheCsatReference() {
        // Reference README section 6: {1: 5, 2: 5, 3: 10, 4: 20, 5: 10}.
        ScoreHistogram histogram = ScoreHistogram.of(CSAT, 5, 5, 10, 20, 10);
        assertThat(histogram.n()).isEqualTo(50);
        assertThat(histogram.shareBetween(4, 5)).isEqualTo(0.6);
        assertThat(histogram.mean()).isEqualTo(3.5);
        assertThat(histogram.sampleStandardDeviation()).isCloseTo(1.216385, within(1e-6));
    }

    @Test
    void emptyHistogramSaysSoAndRefusesStatistics() {
        ScoreHistogram empty = ScoreHistogram.empty(Scale.NPS);
        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(empty::mean)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("mean is undefined for an empty histogram on nps 0..10");
        assertThatThrownBy(() -> empty.shareBetween(9, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("share");
        assertThatThrownBy(() -> ScoreHistogram.of(CSAT, 1, 0, 0, 0, 0).sampleVariance())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sample variance needs at least 2 responses, had 1");
    }

    @Test
    void factoryRejectsWrongShapesAndNegativeCounts() {
        assertThatThrownBy(() -> ScoreHistogram.of(CSAT, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must have 5 entries for scale csat 1..5, had 3");
        assertThatThrownBy(() -> ScoreHistogram.of(CSAT, 1, 2, -3, 0, 0))
                .hasMessage("count of score 3 must be >= 0, was -3");
        assertThatThrownBy(() -> ScoreHistogram.of(CSAT, 1, 1, 1, 1, 1).countBetween(5, 4))
                .hasMessage("to must be >= from (5), was 4");
    }

    @Test
    void accumulatorRejectsScoresOffTheScaleAndStaysUnchanged() {
        ScoreAccumulator accumulator =
                ScoreAccumulator.create(Scale.NPS).addAll(new byte[] {9, 10});
        assertThatThrownBy(() -> accumulator.add(11))
                .hasMessage("score must be in 0..10 on scale 'nps', was 11");
        assertThatThrownBy(() -> accumulator.addAll(new byte[] {1, 2, -1, 12}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scores[2] must be in 0..10, was -1");
        assertThatThrownBy(() -> accumulator.addAll(new int[] {5, Integer.MIN_VALUE}))
                .hasMessage("scores[1] must be in 0..10, was " + Integer.MIN_VALUE);
        assertThatThrownBy(() -> accumulator.add(SurveyResponse.of("c", Instant.EPOCH, CSAT, 3)))
                .hasMessage("scale must be nps 0..10 to match this accumulator, was csat 1..5");
        assertThat(accumulator.snapshot())
                .isEqualTo(ScoreHistogram.of(Scale.NPS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void columnsOfBytesAndIntsCountAlike() {
        byte[] bytes = {0, 10, 10, 5, 7, 7, 7, 3};
        int[] ints = new int[bytes.length];
        Arrays.setAll(ints, i -> bytes[i]);
        ScoreHistogram fromBytes =
                ScoreAccumulator.create(Scale.NPS).addAll(bytes, 1, 7).snapshot();
        ScoreHistogram fromInts =
                ScoreAccumulator.create(Scale.NPS).addAll(ints, 1, 7).snapshot();
        assertThat(fromBytes).isEqualTo(fromInts);
        assertThat(fromBytes.counts()).containsExactly(0, 0, 0, 0, 0, 1, 0, 3, 0, 0, 2);
        assertThatThrownBy(() -> ScoreAccumulator.create(Scale.NPS).addAll(bytes, 3, 9))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void customScalesOutsideTheByteRangeWork() {
        Scale wide = Scale.of("thermometer", -50, 50);
        ScoreHistogram histogram =
                ScoreAccumulator.create(wide).addAll(new int[] {-50, 0, 50, 50}).snapshot();
        assertThat(histogram.count(50)).isEqualTo(2);
        assertThat(histogram.mean()).isEqualTo(12.5);
        assertThat(ScoreHistogram.fromByteArray(histogram.toByteArray())).isEqualTo(histogram);
    }

    @Test
    void decoderRejectsBadBytes() {
        byte[] good = ScoreHistogram.of(CSAT, 1, 2, 3, 4, 5).toByteArray();
        assertThat(ScoreHistogram.fromByteArray(good).counts()).containsExactly(1, 2, 3, 4, 5);

        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(Arrays.copyOf(good, good.length - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "must be " + good.length + " long, were " + (good.length - 1));
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(Arrays.copyOf(good, good.length + 8)))
                .hasMessageContaining("long, were " + (good.length + 8));
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(new byte[3]))
                .hasMessage("ScoreHistogram bytes are truncated: 3 bytes hold no complete header");

        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(badMagic))
                .hasMessage(
                        "ScoreHistogram bytes must start with magic 0x43585348, was 0x58585348");
        byte[] badVersion = good.clone();
        badVersion[4] = 2;
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(badVersion))
                .hasMessage("ScoreHistogram format version must be 1, was 2");
        byte[] negative = good.clone();
        ByteBuffer.wrap(negative).putLong(good.length - 8, -5);
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(negative))
                .hasMessage("ScoreHistogram count of score 5 must be >= 0, was -5");
        byte[] weighted =
                WeightedScoreAccumulator.create(CSAT).add(3, 2).snapshot().toByteArray();
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(weighted))
                .hasMessageContaining("must start with magic 0x43585348");
        byte[] badScale = good.clone();
        ByteBuffer.wrap(badScale).putInt(good.length - 5 * 8 - 4, 1); // max = min
        assertThatThrownBy(() -> ScoreHistogram.fromByteArray(badScale))
                .hasMessage("max must be > min (1), was 1 for scale 'csat'");
    }

    @Test
    void weightedHistogramReproducesKishReference() {
        // Reference README section 4.
        int[] scores = {10, 9, 9, 8, 7, 6, 5, 10, 3, 9};
        double[] weights = {1, 2, .5, 1, 1.5, 1, 2, .5, 1, 1.5};
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
        for (int i = 0; i < scores.length; i++) {
            accumulator.add(scores[i], weights[i]);
        }
        WeightedScoreHistogram histogram = accumulator.snapshot();
        assertThat(histogram.n()).isEqualTo(10);
        assertThat(histogram.totalWeight()).isEqualTo(12);
        assertThat(histogram.effectiveN()).isCloseTo(8.470588, within(1e-6));
        assertThat(histogram.designEffect()).isCloseTo(1.180556, within(1e-6));
        assertThat(histogram.shareBetween(9, 10) - histogram.shareBetween(0, 6))
                .isCloseTo(0.125, within(1e-12));
        assertThat(histogram.unweighted().n()).isEqualTo(10);
        assertThat(WeightedScoreHistogram.fromByteArray(histogram.toByteArray()))
                .isEqualTo(histogram);
    }

    @Test
    void weightedAccumulatorRejectsBadWeightsAndStaysUnchanged() {
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.CSAT);
        assertThatThrownBy(() -> accumulator.add(3, -1))
                .hasMessage("weight must be 0 or in [1.0E-100, 1.0E100] (so that squared weights "
                        + "stay finite, normal doubles; rescale the weights otherwise), was -1.0");
        assertThatThrownBy(() ->
                        accumulator.addAll(new byte[] {3, 4}, new double[] {1, Double.NaN}, 0, 2))
                .hasMessageStartingWith("weights[1] must be 0 or in [1.0E-100, 1.0E100]")
                .hasMessageEndingWith(", was NaN");
        assertThatThrownBy(() -> accumulator.addAll(new byte[] {3, 9}, new double[] {1, 1}, 0, 2))
                .hasMessage("scores[1] must be in 1..5, was 9");
        assertThat(accumulator.snapshot().n()).isZero();
        assertThat(accumulator.snapshot().isEmpty()).isTrue();
        assertThatThrownBy(() -> accumulator.snapshot().effectiveN())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("effective n");
    }

    @Test
    void weightedDecoderRejectsInconsistentSums() {
        byte[] good = WeightedScoreAccumulator.create(CSAT).add(3, 2).snapshot().toByteArray();
        byte[] weightWithoutCount = good.clone();
        int firstBin = good.length - 5 * 24;
        ByteBuffer.wrap(weightWithoutCount).putDouble(firstBin + 8, 1.0);
        assertThatThrownBy(() -> WeightedScoreHistogram.fromByteArray(weightWithoutCount))
                .hasMessage("WeightedScoreHistogram weight sums of score 1 must be 0 when its "
                        + "count is 0, were 1.0 and 0.0");
        byte[] negativeWeight = good.clone();
        ByteBuffer.wrap(negativeWeight).putDouble(firstBin + 2 * 24 + 8, -2.0);
        assertThatThrownBy(() -> WeightedScoreHistogram.fromByteArray(negativeWeight))
                .hasMessage("WeightedScoreHistogram weight sum of score 3 must be finite and "
                        + ">= 0, was -2.0");
    }

    @Test
    void weightedHistogramOfSumsEqualsAccumulatedAndIsCheckedLikeTheDecoder() {
        WeightedScoreHistogram accumulated = WeightedScoreAccumulator.create(CSAT)
                .add(3, 2)
                .add(3, 0.5)
                .add(5, 1)
                .snapshot();
        long[] counts = {0, 0, 2, 0, 1};
        double[] weights = {0, 0, 2.5, 0, 1};
        double[] squares = {0, 0, 4.25, 0, 1};
        assertThat(WeightedScoreHistogram.of(CSAT, counts, weights, squares))
                .isEqualTo(accumulated);
        counts[2] = 7;
        assertThat(accumulated.count(3)).as("copied, not shared").isEqualTo(2);

        assertThatThrownBy(() -> WeightedScoreHistogram.of(CSAT, new long[4], weights, squares))
                .hasMessage("counts must have 5 entries for scale " + CSAT + ", had 4");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(CSAT, new long[5], weights, squares))
                .hasMessage("WeightedScoreHistogram weight sums of score 3 must be 0 when its "
                        + "count is 0, were 2.5 and 4.25");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(
                        CSAT,
                        new long[] {0, 0, 1, 0, 0},
                        new double[] {0, 0, Double.NaN, 0, 0},
                        new double[5]))
                .hasMessage("WeightedScoreHistogram weight sum of score 3 must be finite and "
                        + ">= 0, was NaN");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(
                        CSAT, new long[] {-1, 0, 0, 0, 0}, new double[5], new double[5]))
                .hasMessage("WeightedScoreHistogram count of score 1 must be >= 0, was -1");
    }

    @Test
    void segmentedColumnsRejectBadSegmentsAndStayUnchanged() {
        SegmentedScoreAccumulator accumulator = SegmentedScoreAccumulator.create(Scale.NPS, 3);
        accumulator.addAll(new byte[] {10, 0, 9}, new int[] {0, 2, 2}, 0, 3);
        assertThatThrownBy(() -> accumulator.addAll(new byte[] {1, 2}, new int[] {1, 3}, 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segmentIds[1] must be in 0..2, was 3");
        assertThatThrownBy(() -> accumulator.addAll(new byte[] {1, 11}, new int[] {1, 1}, 0, 2))
                .hasMessage("scores[1] must be in 0..10, was 11");
        assertThatThrownBy(() -> SegmentedScoreAccumulator.create(Scale.NPS, 0))
                .hasMessage("segments must be >= 1, was 0");
        assertThat(accumulator.histogram(0).n()).isEqualTo(1);
        assertThat(accumulator.histogram(1).isEmpty()).isTrue();
        assertThat(accumulator.histogram(2).counts())
                .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
        assertThat(accumulator.snapshot()).hasSize(3);
    }
}
