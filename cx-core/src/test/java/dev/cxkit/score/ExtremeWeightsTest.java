package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;

import org.junit.jupiter.api.Test;

import java.time.Instant;

/**
 * Survey weights at and beyond the documented range [1e-100, 1e100] on the library path: adding
 * and merging at the limits give the weighted NPS of the weights scaled back, finite at any
 * count a histogram holds; one step beyond is an {@link IllegalArgumentException} naming the
 * weight, and leaves the accumulator as it was. Never NaN (issue 13: weights like 1e200 made the
 * weighted NPS NaN).
 */
class ExtremeWeightsTest {

    private static final double[] BEYOND = {
        Math.nextUp(SurveyResponse.MAX_WEIGHT),
        1e200,
        Math.nextDown(SurveyResponse.MIN_WEIGHT),
        1e-200,
        -1,
        Double.NaN,
        Double.POSITIVE_INFINITY
    };

    @Test
    void aWeightBeyondTheRangeIsRefusedByEveryWayIn() {
        WeightedScoreAccumulator accumulator =
                WeightedScoreAccumulator.create(Scale.NPS).add(9, 2);
        WeightedScoreHistogram before = accumulator.snapshot();
        WeightedScoreRecorder recorder = WeightedScoreRecorder.create(Scale.NPS);
        SurveyResponse response = SurveyResponse.of("c1", Instant.EPOCH, Scale.NPS, 9);
        for (double weight : BEYOND) {
            assertThatThrownBy(() -> accumulator.add(10, weight))
                    .as("%s", weight)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("weight must be 0 or in [1.0E-100, 1.0E100]")
                    .hasMessageEndingWith(", was " + weight);
            assertThatThrownBy(() -> accumulator.addAll(
                            new byte[] {10, 9, 0}, new double[] {1, 1, weight}, 0, 3))
                    .as("%s", weight)
                    .hasMessageStartingWith("weights[2] must be 0 or in [1.0E-100, 1.0E100]");
            assertThatThrownBy(() -> recorder.record(10, weight))
                    .as("%s", weight)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> response.withWeight(weight))
                    .as("%s", weight)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(accumulator.snapshot()).isEqualTo(before);
        assertThat(recorder.snapshot().n()).isZero();
    }

    @Test
    void mergingHistogramsOfTheMostResponsesAtEitherLimitStaysFinite() {
        for (double weight : new double[] {SurveyResponse.MAX_WEIGHT, SurveyResponse.MIN_WEIGHT}) {
            // 2e18 promoters and 1e18 detractors of the same weight, twice: 6e18 responses
            WeightedScoreHistogram part =
                    histogram(2_000_000_000_000_000_000L, 1_000_000_000_000_000_000L, weight);
            WeightedScoreHistogram merged = WeightedScoreAccumulator.create(Scale.NPS)
                    .merge(part)
                    .merge(part)
                    .snapshot();

            assertThat(merged.n()).isEqualTo(6_000_000_000_000_000_000L);
            Nps nps = Nps.of(merged);
            assertThat(nps.value()).as("%s", weight).isCloseTo(100.0 / 3, within(1e-9));
            assertThat(nps.effectiveN()).isCloseTo(6e18, within(6e18 * 1e-12));
            assertThat(nps.designEffect()).isCloseTo(1, within(1e-12));
            double lower = nps.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95).lower();
            assertThat(lower).isFinite().isCloseTo(100.0 / 3, within(1e-6));
            assertThat(WeightedScoreHistogram.fromByteArray(merged.toByteArray()))
                    .isEqualTo(merged);
        }
    }

    @Test
    void weightsAtTheLimitsGiveTheWeightedNpsOfTheWeightsScaledBack() {
        int[] scores = {10, 9, 9, 8, 7, 6, 3, 10, 9, 0, 5, 10};
        double[] weights = {1.0, 0.5, 2.0, 1.5, 1.0, 0.8, 1.2, 0.6, 1.0, 2.0, 0.4, 1.0};
        Nps plain = weighted(scores, weights, 1, 1);
        // Scaled so that the largest weight (2.0) is 1e100, or the smallest (0.4) is 1e-100
        for (double[] scaling :
                new double[][] {{SurveyResponse.MAX_WEIGHT, 2.0}, {SurveyResponse.MIN_WEIGHT, 0.4}
                }) {
            Nps scaled = weighted(scores, weights, scaling[0], scaling[1]);
            assertThat(scaled.value()).as("%s", scaling[0]).isCloseTo(plain.value(), within(1e-9));
            assertThat(scaled.effectiveN()).isCloseTo(plain.effectiveN(), within(1e-9));
            assertThat(scaled.interval(NpsIntervalMethod.TANGO, 0.95).upper())
                    .isCloseTo(plain.interval(NpsIntervalMethod.TANGO, 0.95).upper(), within(1e-6));
        }
        assertThat(plain.value()).isCloseTo(100 * (6.1 - 4.4) / 13, within(1e-12));
    }

    /** The weighted NPS with every weight {@code w} taken as {@code w / unit * limit}. */
    private static Nps weighted(int[] scores, double[] weights, double limit, double unit) {
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
        for (int i = 0; i < scores.length; i++) {
            accumulator.add(scores[i], weights[i] / unit * limit);
        }
        return Nps.of(accumulator.snapshot());
    }

    /** {@code promoters} tens and {@code detractors} zeros, each of weight {@code weight}. */
    private static WeightedScoreHistogram histogram(
            long promoters, long detractors, double weight) {
        long[] counts = new long[11];
        double[] sums = new double[11];
        double[] squares = new double[11];
        counts[10] = promoters;
        counts[0] = detractors;
        for (int score : new int[] {0, 10}) {
            sums[score] = counts[score] * weight;
            squares[score] = counts[score] * (weight * weight);
        }
        return WeightedScoreHistogram.of(Scale.NPS, counts, sums, squares);
    }
}
