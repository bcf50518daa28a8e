package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.model.SurveyResponse;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every way into a score summary on a scale that does not start at 0 (here -2..2): a score's
 * bin is {@code score - min}, which an NPS scale (min 0) cannot tell from {@code score + min}.
 * And every way of combining summaries refuses another scale of the same size, where nothing
 * else would fail.
 */
class OffsetScaleTest {

    private static final Scale STARS = Scale.of("stars", -2, 2);
    private static final Scale LOOKALIKE = Scale.of("lookalike", -2, 2);
    private static final int[] SCORES = {-2, -1, -1, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
    private static final ScoreHistogram EXPECTED = ScoreHistogram.of(STARS, 1, 2, 3, 4, 5);

    private static byte[] bytes() {
        byte[] bytes = new byte[SCORES.length];
        for (int i = 0; i < SCORES.length; i++) {
            bytes[i] = (byte) SCORES[i];
        }
        return bytes;
    }

    private static SurveyResponse response(Scale scale, int score) {
        return SurveyResponse.of("c", Instant.EPOCH, scale, score);
    }

    @Test
    void accumulatorsCountEachScoreInItsOwnBin() {
        ScoreAccumulator one = ScoreAccumulator.create(STARS);
        for (int score : SCORES) {
            assertThat(one.add(score)).isSameAs(one);
        }
        assertThat(one.snapshot()).isEqualTo(EXPECTED);
        assertThat(one.n()).isEqualTo(SCORES.length);
        assertThat(ScoreAccumulator.create(STARS).addAll(SCORES).snapshot()).isEqualTo(EXPECTED);
        assertThat(ScoreAccumulator.create(STARS).addAll(bytes()).snapshot()).isEqualTo(EXPECTED);
        ScoreAccumulator responses = ScoreAccumulator.create(STARS);
        assertThat(responses.add(response(STARS, -2))).isSameAs(responses);
        assertThat(responses.snapshot().count(-2)).isEqualTo(1);
        List<SurveyResponse> all = new ArrayList<>();
        Arrays.stream(SCORES).forEach(score -> all.add(response(STARS, score)));
        assertThat(all.stream().collect(ScoreAccumulator.toHistogram(STARS))).isEqualTo(EXPECTED);
        assertThat(Arrays.stream(SCORES)
                        .boxed()
                        .collect(ScoreAccumulator.toHistogramOfScores(STARS)))
                .isEqualTo(EXPECTED);
    }

    @Test
    void segmentedAndRecordedScoresToo() {
        SegmentedScoreAccumulator segmented = SegmentedScoreAccumulator.create(STARS, 2);
        for (int score : SCORES) {
            assertThat(segmented.add(1, score)).isSameAs(segmented);
        }
        assertThat(segmented.histogram(1)).isEqualTo(EXPECTED);
        assertThat(segmented.histogram(0).isEmpty()).isTrue();
        ScoreRecorder recorder = ScoreRecorder.create(STARS, 1);
        for (int score : SCORES) {
            recorder.record(score);
        }
        recorder.record(2, 0);
        recorder.record(response(STARS, -2));
        assertThat(recorder.snapshot()).isEqualTo(ScoreHistogram.of(STARS, 2, 2, 3, 4, 5));
        assertThat(recorder.scale()).isEqualTo(STARS);
        assertThat(recorder.toString()).contains("stars");
    }

    @Test
    void weightedSummariesToo() {
        WeightedScoreAccumulator weighted = WeightedScoreAccumulator.create(STARS);
        for (int score : SCORES) {
            assertThat(weighted.add(score, 1)).isSameAs(weighted);
        }
        assertThat(weighted.snapshot().unweighted()).isEqualTo(EXPECTED);
        assertThat(weighted.scale()).isEqualTo(STARS);
        assertThat(weighted.add(response(STARS, -2).withWeight(3))).isSameAs(weighted);
        assertThat(weighted.snapshot().weight(-2)).isEqualTo(4);
        double[] weights = new double[SCORES.length];
        Arrays.fill(weights, 2);
        WeightedScoreAccumulator columns = WeightedScoreAccumulator.create(STARS);
        assertThat(columns.addAll(bytes(), weights, 0, SCORES.length)).isSameAs(columns);
        assertThat(columns.snapshot().weight(-1)).isEqualTo(4);
        assertThat(columns.snapshot().unweighted()).isEqualTo(EXPECTED);
        WeightedScoreRecorder recorder = WeightedScoreRecorder.create(STARS);
        for (int score : SCORES) {
            recorder.record(score, 0.5);
        }
        recorder.record(response(STARS, 2).withWeight(1));
        assertThat(recorder.snapshot().weight(2)).isEqualTo(3.5);
        assertThat(recorder.snapshot().count(-2)).isEqualTo(1);
        assertThat(recorder.scale()).isEqualTo(STARS);
        assertThat(Integer.bitCount(recorder.stripes())).isEqualTo(1);
        assertThat(recorder.toString()).contains("stars");
    }

    @Test
    void weightedMeanAndWeightBetween() {
        WeightedScoreHistogram histogram =
                WeightedScoreAccumulator.create(STARS).add(-2, 1).add(2, 3).snapshot();
        assertThat(histogram.isEmpty()).isFalse();
        assertThat(histogram.mean()).isEqualTo((-2 * 1 + 2 * 3) / 4.0);
        assertThat(histogram.weightBetween(2, 2)).isEqualTo(3);
        assertThat(histogram.weightBetween(-2, 1)).isEqualTo(1);
        assertThatThrownBy(() -> WeightedScoreHistogram.empty(STARS).mean())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("weighted mean is undefined for an empty weighted histogram");
    }

    @Test
    void sumsMustHaveOneEntryPerPoint() {
        long[] counts = {1, 0, 0, 0, 0};
        double[] weights = {1, 0, 0, 0, 0};
        double[] four = {1, 0, 0, 0};
        assertThat(WeightedScoreHistogram.of(STARS, counts, weights, weights).n())
                .isEqualTo(1);
        assertThatThrownBy(() ->
                        WeightedScoreHistogram.of(STARS, new long[] {1, 0, 0, 0}, weights, weights))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must have 5 entries for scale stars -2..2, had 4");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(STARS, counts, four, weights))
                .hasMessage("weights must have 5 entries for scale stars -2..2, had 4");
        assertThatThrownBy(() -> WeightedScoreHistogram.of(STARS, counts, weights, four))
                .hasMessage("squaredWeights must have 5 entries for scale stars -2..2, had 4");
    }

    @Test
    void combiningAnotherScaleIsRefused() {
        ScoreHistogram other = ScoreHistogram.of(LOOKALIKE, 1, 0, 0, 0, 0);
        Stream.<Runnable>of(
                        () -> ScoreAccumulator.create(STARS)
                                .merge(ScoreAccumulator.create(LOOKALIKE)),
                        () -> ScoreAccumulator.create(STARS).merge(other),
                        () -> SegmentedScoreAccumulator.create(STARS, 2)
                                .merge(SegmentedScoreAccumulator.create(LOOKALIKE, 2)),
                        () -> WeightedScoreAccumulator.create(STARS).add(response(LOOKALIKE, 1)),
                        () -> WeightedScoreAccumulator.create(STARS)
                                .merge(WeightedScoreAccumulator.create(LOOKALIKE)),
                        () -> WeightedScoreAccumulator.create(STARS)
                                .merge(WeightedScoreHistogram.empty(LOOKALIKE)),
                        () -> WeightedScoreRecorder.create(STARS).record(response(LOOKALIKE, 1)))
                .forEach(combine -> assertThatThrownBy(combine::run)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("lookalike"));
    }
}
