package dev.cxkit.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;

import org.junit.jupiter.api.Test;

/**
 * Merges whose counts would pass {@link Long#MAX_VALUE} are refused with an {@link
 * IllegalArgumentException} naming both counts (never an {@link ArithmeticException}) and leave
 * the accumulator unchanged; a merge reaching the limit exactly is fine.
 */
class CountLimitsTest {

    private static final long MAX = Long.MAX_VALUE;

    @Test
    void scoreAccumulatorsMergeUpToTheLimit() {
        ScoreAccumulator three =
                ScoreAccumulator.create(Scale.CSAT).add(1).add(5).add(5);
        ScoreHistogram atLimit = ScoreHistogram.of(Scale.CSAT, 0, MAX - 3, 0, 0, 0);
        assertThat(ScoreAccumulator.create(Scale.CSAT)
                        .merge(three)
                        .merge(atLimit)
                        .n())
                .isEqualTo(MAX);
        ScoreAccumulator big = ScoreAccumulator.create(Scale.CSAT).merge(atLimit);
        assertThat(big.merge(three).snapshot().count(5)).isEqualTo(2);
    }

    @Test
    void scoreAccumulatorsRefuseAMergePastTheLimitAndStayUnchanged() {
        ScoreAccumulator three =
                ScoreAccumulator.create(Scale.CSAT).add(1).add(5).add(5);
        ScoreHistogram beyond = ScoreHistogram.of(Scale.CSAT, MAX - 2, 0, 0, 0, 0);
        assertThatThrownBy(() -> three.merge(beyond))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "responses must be at most " + MAX + " when merged, were 3 + " + (MAX - 2));
        assertThat(three.snapshot()).isEqualTo(ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 2));
        ScoreAccumulator big = ScoreAccumulator.create(Scale.CSAT).merge(beyond);
        assertThatThrownBy(() -> big.merge(three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("responses must be at most " + MAX + " when merged, were " + (MAX - 2)
                        + " + 3");
        assertThat(big.n()).isEqualTo(MAX - 2);
    }

    @Test
    void weightedAccumulatorsMergeUpToTheLimitOnly() {
        WeightedScoreAccumulator two =
                WeightedScoreAccumulator.create(Scale.CSAT).add(2, 1.5).add(4, 0.5);
        assertThat(WeightedScoreAccumulator.create(Scale.CSAT)
                        .merge(weighted(MAX - 2))
                        .merge(two)
                        .snapshot()
                        .n())
                .isEqualTo(MAX);
        assertThatThrownBy(() -> two.merge(weighted(MAX - 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "responses must be at most " + MAX + " when merged, were 2 + " + (MAX - 1));
        assertThat(two.snapshot())
                .isEqualTo(WeightedScoreAccumulator.create(Scale.CSAT)
                        .add(2, 1.5)
                        .add(4, 0.5)
                        .snapshot());
    }

    @Test
    void npsCountsUpToTheLimitOnly() {
        assertThat(Nps.ofCounts(MAX - 3, 1, 2).n()).isEqualTo(MAX);
        assertThatThrownBy(() -> Nps.ofCounts(MAX - 2, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("detractors + passives + promoters must be at most " + MAX + ", were "
                        + (MAX - 2) + " + 1 + 2");
        assertThatThrownBy(() -> Nps.ofCounts(1, MAX, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("were 1 + " + MAX + " + 0");
    }

    @Test
    void aSegmentTableBeyondAnArrayIsRefused() {
        int most = Integer.MAX_VALUE / Scale.NPS.points();
        assertThatThrownBy(() -> SegmentedScoreAccumulator.create(Scale.NPS, most + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segments must be at most " + most + " (one table of segments x 11"
                        + " points), was " + (most + 1));
    }

    /** A CSAT histogram of {@code n} responses of score 3, each of weight 1. */
    private static WeightedScoreHistogram weighted(long n) {
        return WeightedScoreHistogram.of(
                Scale.CSAT, new long[] {0, 0, n, 0, 0}, new double[] {0, 0, n, 0, 0}, new double[] {
                    0, 0, n, 0, 0
                });
    }
}
