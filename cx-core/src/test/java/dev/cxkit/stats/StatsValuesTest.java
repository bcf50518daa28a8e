package dev.cxkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

/**
 * The shared statistics as values: equality, hash codes that spread, descriptions, and the
 * arguments each refuses with its own message.
 */
class StatsValuesTest {

    @Test
    void intervalsHoldTheirBoundsOnly() {
        Interval interval = new Interval(-2, 3, 0.95, "wald", Interval.Unit.NPS_POINTS);
        assertThat(interval.width()).isEqualTo(5);
        assertThat(interval.contains(-2)).isTrue();
        assertThat(interval.contains(3)).isTrue();
        assertThat(interval.contains(3.5)).isFalse();
        assertThat(interval.contains(-2.5)).isFalse();
        assertThatThrownBy(() -> new Interval(3, -2, 0.95, "wald", Interval.Unit.NPS_POINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "interval bounds must be numbers with lower <= upper, were [3.0, -2.0]");
        for (Interval.Unit unit : Interval.Unit.values()) {
            assertThat(unit.label())
                    .isEqualTo(unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }

    @Test
    void meanScoresAreValuesAndNeedTwoResponsesToVary() {
        ScoreHistogram one = ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 0, 1);
        MeanScore single = MeanScore.of(one, "CSAT");
        assertThat(single.value()).isEqualTo(5);
        assertThatThrownBy(single::standardDeviation)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CSAT standard deviation needs at least 2 responses, had 1");
        new EqualsTester()
                .addEqualityGroup(single, MeanScore.of(one, "CSAT"))
                .addEqualityGroup(MeanScore.of(one, "CES"))
                .addEqualityGroup(
                        MeanScore.of(ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 1, 1), "CSAT"))
                .testEquals();
        assertThat(single.toString()).startsWith("CSAT mean of ScoreHistogram{");
        Set<Integer> hashes = new HashSet<>();
        for (int n = 1; n <= 20; n++) {
            hashes.add(MeanScore.of(ScoreHistogram.of(Scale.CSAT, n, 0, 0, 0, 1), "CSAT")
                    .hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(10);
    }

    @Test
    void proportionsOfSomeResponsesAreNotEmpty() {
        assertThat(new Proportion("churn", 0, 3).isEmpty()).isFalse();
        assertThat(new Proportion("churn", 0, 0).isEmpty()).isTrue();
    }

    @Test
    void pValuesNeedANumber() {
        assertThat(Confidence.twoSidedP(0)).isEqualTo(1);
        assertThatThrownBy(() -> Confidence.twoSidedP(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("z must be a number, was NaN");
    }
}
