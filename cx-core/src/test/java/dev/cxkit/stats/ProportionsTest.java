package dev.cxkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionsTest {

    @Test
    void wilsonReproducesTheCsatReference() {
        // Reference README section 6: 30 of 50 in the top two boxes, Wilson 95 %.
        Interval interval = Proportions.wilson(30, 50, 0.95);
        assertThat(interval.lower()).isCloseTo(0.461814, within(1e-6));
        assertThat(interval.upper()).isCloseTo(0.723916, within(1e-6));
        assertThat(interval.method()).isEqualTo("wilson");
    }

    @Test
    void wilsonMatchesScipyAtTheEdges() {
        // scipy.stats.binomtest(0, 20).proportion_ci(0.9, method='wilson') -> (0.0, 0.11915784)
        // scipy.stats.binomtest(20, 20).proportion_ci(0.99, method='wilson') -> (0.75089460, 1.0)
        Interval none = Proportions.wilson(0, 20, 0.90);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.1191578, within(1e-6));
        Interval all = Proportions.wilson(20, 20, 0.99);
        assertThat(all.lower()).isCloseTo(0.7508946, within(1e-6));
        assertThat(all.upper()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> Proportions.wilson(1, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be >= 1, was 0");
        assertThatThrownBy(() -> Proportions.wilson(6, 5, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successes must be in 0..5, was 6");
        assertThatThrownBy(() -> Proportions.wilson(1, 5, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence level must be in (0, 1), was 1.0");
    }

    @Test
    void zAndPAreInverse() {
        assertThat(Confidence.z(0.95)).isCloseTo(1.959963985, within(1e-9));
        assertThat(Confidence.twoSidedP(Confidence.z(0.95))).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void wilsonBoundsAtZeroAndAllSuccessesAreExactlyZeroAndOne() {
        // Rounding once gave upper 0.9999999999999999 for 6 of 6 and lower 2.8e-17 for 0 of 7,
        // so the interval missed its own estimate.
        for (int n = 1; n <= 60; n++) {
            assertThat(Proportions.wilson(n, n, 0.9).upper()).as("upper, n=%d", n).isEqualTo(1.0);
            assertThat(Proportions.wilson(0, n, 0.9).lower()).as("lower, n=%d", n).isEqualTo(0.0);
        }
    }
}
