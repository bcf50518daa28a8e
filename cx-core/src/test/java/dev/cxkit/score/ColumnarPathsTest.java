package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

/**
 * The columnar paths against one-at-a-time additions, on columns short enough for the direct
 * loops and long enough for the scratch-table kernels, and their rejection of bad values
 * wherever these sit in a long column.
 */
class ColumnarPathsTest {

    @Test
    void byteColumnsCountAsOneScoreAtATime() {
        Property.check("byte column = one at a time", 60, trial -> {
            // Scales partly outside the byte range too, so that some bytes are off every scale.
            int min = trial.intIn(-140, 126);
            Scale scale = Scale.of("custom", min, min + trial.intIn(Math.max(1, -128 - min), 100));
            int length = trial.intIn(0, 3_000);
            byte[] scores = onScale(trial.random(), scale, length);
            int from = trial.intIn(0, length);
            int to = trial.intIn(from, length);

            ScoreAccumulator oneByOne = ScoreAccumulator.create(scale);
            for (int i = from; i < to; i++) {
                oneByOne.add(scores[i]);
            }

            assertThat(ScoreAccumulator.create(scale).addAll(scores, from, to).snapshot())
                    .isEqualTo(oneByOne.snapshot());
        });
    }

    @Test
    void segmentedColumnsCountAsOneScoreAtATime() {
        Property.check("segmented columns = one at a time", 60, trial -> {
            Scale scale = trial.random().nextBoolean() ? Scale.NPS : Scale.CES;
            int segments = trial.intIn(1, 70);
            int length = trial.intIn(0, 4_000);
            byte[] scores = onScale(trial.random(), scale, length);
            int[] segmentIds = trial.random().ints(length, 0, segments).toArray();
            int from = trial.intIn(0, length);
            int to = trial.intIn(from, length);

            SegmentedScoreAccumulator oneByOne = SegmentedScoreAccumulator.create(scale, segments);
            for (int i = from; i < to; i++) {
                oneByOne.add(segmentIds[i], scores[i]);
            }

            assertThat(SegmentedScoreAccumulator.create(scale, segments)
                            .addAll(scores, segmentIds, from, to)
                            .snapshot())
                    .isEqualTo(oneByOne.snapshot());
        });
    }

    @Test
    void aLongByteColumnWithOneBadScoreIsRejectedWhole() {
        byte[] scores = onScale(new SplittableRandom(7), Scale.CSAT, 5_000);
        ScoreAccumulator accumulator = ScoreAccumulator.create(Scale.CSAT).addAll(scores);
        ScoreHistogram before = accumulator.snapshot();

        int[] badScores = {0, 6, -128, 127};
        int[] positions = {0, 2_500, 4_992, 4_999};
        for (int k = 0; k < badScores.length; k++) {
            int bad = badScores[k];
            int at = positions[k];
            byte[] column = scores.clone();
            column[at] = (byte) bad;

            assertThatThrownBy(() -> accumulator.addAll(column))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("scores[" + at + "] must be in 1..5, was " + bad);
        }
        assertThat(accumulator.snapshot()).isEqualTo(before);
    }

    @Test
    void aLongSegmentedColumnWithOneBadValueIsRejectedWhole() {
        int length = 5_000;
        byte[] scores = onScale(new SplittableRandom(8), Scale.NPS, length);
        int[] segmentIds = new SplittableRandom(9).ints(length, 0, 3).toArray();
        SegmentedScoreAccumulator accumulator = SegmentedScoreAccumulator.create(Scale.NPS, 3)
                .addAll(scores, segmentIds, 0, length);
        var before = accumulator.snapshot();

        // 3 is a padding row of the table; 390451573 * 11 wraps around to 7 in int arithmetic.
        for (int badSegment : new int[] {3, -1, 390_451_573, Integer.MIN_VALUE}) {
            int[] ids = segmentIds.clone();
            ids[length - 1] = badSegment;
            assertThatThrownBy(() -> accumulator.addAll(scores, ids, 0, length))
                    .hasMessage(
                            "segmentIds[" + (length - 1) + "] must be in 0..2, was " + badSegment);
        }
        // 11..15 land in padding bins of a row; 16 and -1 set bits outside the bin index.
        for (int badScore : new int[] {11, 15, 16, -1}) {
            byte[] column = scores.clone();
            column[length - 2] = (byte) badScore;
            assertThatThrownBy(() -> accumulator.addAll(column, segmentIds, 0, length))
                    .hasMessage("scores[" + (length - 2) + "] must be in 0..10, was " + badScore);
        }
        assertThat(accumulator.snapshot()).isEqualTo(before);
    }

    private static byte[] onScale(SplittableRandom random, Scale scale, int length) {
        int lo = Math.max(scale.min(), Byte.MIN_VALUE);
        int hi = Math.min(scale.max(), Byte.MAX_VALUE);
        byte[] scores = new byte[length];
        for (int i = 0; i < length; i++) {
            scores[i] = (byte) random.nextInt(lo, hi + 1);
        }
        return scores;
    }
}
