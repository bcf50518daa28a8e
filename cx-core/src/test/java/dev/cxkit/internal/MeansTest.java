package dev.cxkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.MeanScore;

import org.junit.jupiter.api.Test;

class MeansTest {

    @Test
    void tIntervalMatchesScipy() {
        // scipy.stats.t.interval(0.99, 4, loc=10, scale=2/sqrt(5)) -> (5.881972, 14.118028)
        Interval interval = Means.tInterval(10, 2, 5, 0.99);
        assertThat(interval.lower()).isCloseTo(5.881972, within(1e-6));
        assertThat(interval.upper()).isCloseTo(14.118028, within(1e-6));
        assertThat(Means.tInterval(3, 0, 2, 0.95))
                .isEqualTo(new Interval(3, 3, 0.95, "t", Interval.Unit.SCALE_POINTS));
    }

    @Test
    void tIntervalRejectsBadInput() {
        assertThatThrownBy(() -> Means.tInterval(1, 1, 1, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 2 for a t interval, was 1");
        assertThatThrownBy(() -> Means.tInterval(Double.NaN, 1, 5, 0.95))
                .hasMessage("mean must be finite, was NaN");
        assertThatThrownBy(() -> Means.tInterval(1, -1, 5, 0.95))
                .hasMessage("standardDeviation must be finite and >= 0, was -1.0");
        assertThatThrownBy(() -> Means.tInterval(1, 1, 5, 1))
                .hasMessageContaining("confidence level");
    }

    @Test
    void meanScoreNamesItsMetric() {
        MeanScore mean = MeanScore.of(ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 1), "CSAT");
        assertThat(mean.value()).isEqualTo(3);
        assertThat(mean.standardDeviation()).isCloseTo(Math.sqrt(8), within(1e-12));
        assertThat(mean.interval(0.95)).isEqualTo(Means.tInterval(3, Math.sqrt(8), 2, 0.95));
        assertThat(mean)
                .isEqualTo(MeanScore.of(ScoreHistogram.of(Scale.CSAT, 1, 0, 0, 0, 1), "CSAT"));
        assertThatThrownBy(() ->
                        MeanScore.of(ScoreHistogram.empty(Scale.CES), "CES").value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CES mean is undefined for an empty sample on ces 1..7");
        assertThatThrownBy(() -> MeanScore.of(null, "CES")).hasMessage("histogram");
        assertThatThrownBy(() -> MeanScore.of(ScoreHistogram.empty(Scale.CES), null))
                .hasMessage("metric");
    }
}
