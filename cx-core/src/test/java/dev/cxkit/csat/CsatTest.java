package dev.cxkit.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.ProportionInterval;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.Map;

class CsatTest {

    /** Reference README section 6: counts {1: 5, 2: 5, 3: 10, 4: 20, 5: 10}. */
    private static final ScoreHistogram INTERCOM = ScoreHistogram.of(Scale.CSAT, 5, 5, 10, 20, 10);

    @Test
    void reproducesTheCsatReference() {
        Csat csat = Csat.of(INTERCOM);
        assertThat(csat.topBoxMin()).isEqualTo(4);
        assertThat(csat.satisfied()).isEqualTo(30);
        assertThat(csat.value()).isCloseTo(0.6, within(1e-15));
        Interval wilson = csat.interval(0.95);
        assertThat(wilson.lower()).isCloseTo(0.461814, within(1e-6));
        assertThat(wilson.upper()).isCloseTo(0.723916, within(1e-6));
        assertThat(wilson.method()).isEqualTo("wilson");
        assertThat(csat.interval(ProportionInterval.WILSON, 0.95)).isEqualTo(wilson);
        // Agresti-Coull of 30 of 50: agresti_coull_reference.py in the stats test resources.
        Interval agrestiCoull = csat.interval(ProportionInterval.AGRESTI_COULL, 0.95);
        assertThat(agrestiCoull.lower()).isCloseTo(0.461634140667, within(1e-9));
        assertThat(agrestiCoull.upper()).isCloseTo(0.724096339506, within(1e-9));
        assertThat(agrestiCoull.method()).isEqualTo("agresti-coull");
        assertThat(csat.mean().value()).isCloseTo(3.5, within(1e-15));
        assertThat(csat.mean().standardDeviation()).isCloseTo(1.216385, within(1e-6));
    }

    @Test
    void meanIntervalMatchesScipy() {
        // scipy_reference.py: scipy.stats.t.interval(0.95, 49, loc=mean, scale=sem)
        Interval interval = Csat.of(INTERCOM).mean().interval(0.95);
        assertThat(interval.lower()).isCloseTo(3.1543072816987046, within(1e-10));
        assertThat(interval.upper()).isCloseTo(3.8456927183012954, within(1e-10));
        assertThat(interval.method()).isEqualTo("t");
    }

    @Test
    void distributionListsEveryScoreInOrder() {
        Map<Integer, Double> distribution = Csat.of(INTERCOM).distribution();
        assertThat(distribution)
                .containsExactly(
                        Map.entry(1, 0.1),
                        Map.entry(2, 0.1),
                        Map.entry(3, 0.2),
                        Map.entry(4, 0.4),
                        Map.entry(5, 0.2));
        assertThat(Csat.of(INTERCOM).share(4)).isEqualTo(0.4);
    }

    @Test
    void topBoxesAreConfigurable() {
        Csat topBox = Csat.of(INTERCOM, 5);
        assertThat(topBox.value()).isCloseTo(0.2, within(1e-15));
        Csat tenPoint =
                Csat.of(ScoreHistogram.of(Scale.of("csat10", 1, 10), 0, 0, 0, 0, 0, 0, 0, 1, 2, 1));
        assertThat(tenPoint.topBoxMin()).isEqualTo(9);
        assertThat(tenPoint.value()).isCloseTo(0.75, within(1e-15));
        assertThat(Csat.of(INTERCOM))
                .isEqualTo(Csat.of(INTERCOM, 4))
                .isNotEqualTo(topBox)
                .hasSameHashCodeAs(Csat.of(INTERCOM, 4));
    }

    @Test
    void sharesStayInRange() {
        Property.check("csat shares", trial -> {
            long[] counts = new long[5];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = trial.longIn(0, 40);
            }
            counts[trial.intIn(0, 4)]++;
            Csat csat = Csat.of(ScoreHistogram.of(Scale.CSAT, counts), trial.intIn(1, 5));
            assertThat(csat.value()).isBetween(0.0, 1.0);
            assertThat(csat.distribution().values())
                    .allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
            assertThat(csat.distribution().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1, within(1e-12));
            assertThat(csat.interval(0.9).contains(csat.value())).isTrue();
            assertThat(csat.mean().value()).isBetween(1.0, 5.0);
        });
    }

    @Test
    void emptyAndTinySamplesRefuseStatistics() {
        Csat empty = Csat.of(ScoreHistogram.empty(Scale.CSAT));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.n()).isZero();
        assertThatThrownBy(empty::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CSAT top-box share");
        assertThatThrownBy(() -> empty.interval(0.95)).hasMessageContaining("CSAT");
        assertThatThrownBy(() -> empty.mean().value())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CSAT mean");
        assertThatThrownBy(empty::distribution).hasMessageContaining("CSAT distribution");
        Csat one = Csat.of(ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 0, 1));
        assertThat(one.mean().value()).isEqualTo(5);
        assertThatThrownBy(() -> one.mean().interval(0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("CSAT mean interval needs at least 2 responses, had 1");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Csat.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("histogram");
        assertThatThrownBy(() -> Csat.of(null, 4)).hasMessage("histogram");
        assertThatThrownBy(() -> Csat.of(INTERCOM, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topBoxMin must be in 1..5");
        assertThatThrownBy(() -> Csat.of(INTERCOM).share(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score must be in 1..5");
        assertThatThrownBy(() -> Csat.of(INTERCOM).mean().interval(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level");
    }
}
