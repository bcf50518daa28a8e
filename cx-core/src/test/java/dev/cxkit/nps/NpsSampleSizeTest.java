package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpsSampleSizeTest {

    @Test
    void reproducesTheWorstCaseReference() {
        // Reference README section 5: 95 %, V = 1, margin +-0.05 -> 1537, +-0.10 -> 385
        assertThat(NpsSampleSize.forMargin(5, 0.95)).isEqualTo(1537);
        assertThat(NpsSampleSize.forMargin(10, 0.95)).isEqualTo(385);
    }

    @Test
    void matchesScipy() {
        // scipy_reference.py
        assertThat(NpsSampleSize.forMargin(3, 0.90, 0.64)).isEqualTo(1924);
        assertThat(NpsSampleSize.withFinitePopulation(1537, 5000)).isEqualTo(1176);
        assertThat(NpsSampleSize.perGroupForDifference(10, 0.95, 0.8, 0.6, 0.5)).isEqualTo(864);
    }

    @Test
    void finitePopulationNeverAsksForMoreThanThePopulation() {
        assertThat(NpsSampleSize.withFinitePopulation(1537, 100)).isLessThanOrEqualTo(100);
        assertThat(NpsSampleSize.withFinitePopulation(1, 1)).isEqualTo(1);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> NpsSampleSize.forMargin(0, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("margin must be in (0, 200] points, was 0.0");
        assertThatThrownBy(() -> NpsSampleSize.forMargin(5, 0.95, 1.5))
                .hasMessage("variance must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> NpsSampleSize.forMargin(5, 1.0))
                .hasMessageContaining("confidence level");
        assertThatThrownBy(() -> NpsSampleSize.withFinitePopulation(0, 10))
                .hasMessage("n must be >= 1, was 0");
        assertThatThrownBy(() -> NpsSampleSize.withFinitePopulation(10, 0))
                .hasMessage("population must be >= 1, was 0");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifference(Double.NaN, 0.95, 0.8, 1, 1))
                .hasMessage("difference must be in (0, 200] points, was NaN");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifference(10, 0.95, 1, 1, 1))
                .hasMessage("power must be in (0, 1), was 1.0");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifference(10, 0.95, 0.8, 0, 1))
                .hasMessage("firstVariance must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> NpsSampleSize.perGroupForDifference(10, 0.95, 0.8, 1, -1))
                .hasMessage("secondVariance must be in (0, 1], was -1.0");
    }
}
