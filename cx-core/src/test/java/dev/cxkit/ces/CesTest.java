package dev.cxkit.ces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

class CesTest {

    @Test
    void cesTwoMatchesScipy() {
        // scipy_reference.py: 80 responses on 1..7
        Ces ces = Ces.of(ScoreHistogram.of(Scale.CES, 2, 3, 5, 10, 20, 25, 15));
        assertThat(ces.definition()).isEqualTo(CesDefinition.V2);
        assertThat(ces.mean().value()).isCloseTo(5.225, within(1e-12));
        Interval interval = ces.mean().interval(0.90);
        assertThat(interval.lower()).isCloseTo(4.952069360924909, within(1e-10));
        assertThat(interval.upper()).isCloseTo(5.49793063907509, within(1e-10));
        assertThat(ces.easy().count()).isEqualTo(60);
        assertThat(ces.hard().count()).isEqualTo(10);
        assertThat(ces.easy().value()).isEqualTo(0.75);
        assertThat(ces.hard().value()).isEqualTo(0.125);
        assertThat(ces.net()).isEqualTo(0.625);
        assertThat(ces.easy().interval(0.95).contains(0.75)).isTrue();
    }

    @Test
    void legacyScaleIsReadByItsDefinitionLowerIsEasier() {
        // scipy_reference.py: 100 responses on 1..5, effort: 1..2 easy, 4..5 hard
        Ces ces = Ces.of(
                ScoreHistogram.of(Scale.CES_LEGACY, 30, 25, 20, 15, 10), CesDefinition.LEGACY);
        assertThat(ces.definition().higherIsEasier()).isFalse();
        assertThat(CesDefinition.V2.higherIsEasier()).isTrue();
        assertThat(ces.mean().value()).isCloseTo(2.5, within(1e-12));
        assertThat(ces.easy().value()).isCloseTo(0.55, within(1e-12));
        assertThat(ces.hard().value()).isCloseTo(0.25, within(1e-12));
        assertThat(ces.net()).isCloseTo(0.30, within(1e-12));
    }

    @Test
    void sharesStayInRange() {
        Property.check("ces shares", trial -> {
            long[] counts = new long[7];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = trial.longIn(0, 30);
            }
            counts[trial.intIn(0, 6)]++;
            Ces ces = Ces.of(ScoreHistogram.of(Scale.CES, counts));
            assertThat(ces.easy().value()).isBetween(0.0, 1.0);
            assertThat(ces.hard().value()).isBetween(0.0, 1.0);
            assertThat(ces.easy().value() + ces.hard().value()).isLessThanOrEqualTo(1 + 1e-12);
            assertThat(ces.net()).isCloseTo(ces.easy().value() - ces.hard().value(), within(1e-12));
        });
    }

    @Test
    void emptySampleRefusesStatistics() {
        Ces empty = Ces.of(ScoreHistogram.empty(Scale.CES));
        assertThat(empty.isEmpty()).isTrue();
        assertThatThrownBy(empty::net)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CES net");
        assertThatThrownBy(() -> empty.mean().value()).hasMessageContaining("CES mean");
        assertThatThrownBy(() -> empty.easy().value()).hasMessageContaining("CES easy share");
        assertThatThrownBy(() -> empty.mean().interval(0.95)).hasMessageContaining("CES");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Ces.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("histogram");
        assertThatThrownBy(() -> Ces.of(ScoreHistogram.empty(Scale.CES), null))
                .hasMessage("definition");
        assertThatThrownBy(() -> Ces.of(ScoreHistogram.empty(Scale.CES_LEGACY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "histogram scale must be the definition's scale ces 1..7, was ces-legacy 1..5");
        assertThatThrownBy(() -> CesDefinition.of(null, 5, 7, 1, 3)).hasMessage("scale");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 5, 8, 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("easyTo must be in 1..7");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 7, 5, 1, 3))
                .hasMessage("easyTo must be >= easyFrom (7), was 5");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 5, 7, 3, 2))
                .hasMessage("hardTo must be >= hardFrom (3), was 2");
        assertThatThrownBy(() -> CesDefinition.of(Scale.CES, 4, 7, 1, 4))
                .hasMessage("easy scores 4..7 must not overlap hard scores 1..4");
    }
}
