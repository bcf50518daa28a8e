package dev.cxkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;
import dev.cxkit.stats.Proportion;
import dev.cxkit.stats.ProportionInterval;
import dev.cxkit.testing.Property;

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
    void agrestiCoullReproducesPublishedOutputOfAnotherImplementation() {
        // src/test/resources/dev/cxkit/stats/agresti_coull_published.md: RSurveillance's
        // binom.agresti, its documented example output (95 %, x of 200), to 7 significant digits
        double[][] published = {
            {25, 0.08558957, 0.1785444},
            {10, 0.02626810, 0.09069269},
            {20, 0.06500984, 0.15006642},
            {30, 0.10670629, 0.20648544},
            {40, 0.15016868, 0.26113852},
            {50, 0.19489935, 0.31452332},
            {60, 0.24063696, 0.36690117},
            {70, 0.28722845, 0.41842514},
            {80, 0.33457989, 0.46918917}
        };
        for (double[] row : published) {
            Interval interval = Proportions.agrestiCoull((long) row[0], 200, 0.95);
            for (int bound = 1; bound <= 2; bound++) {
                double value = bound == 1 ? interval.lower() : interval.upper();
                double unit = Math.pow(10, Math.floor(Math.log10(row[bound])) - 6);
                assertThat(value)
                        .as("%s bound of %s/200", bound == 1 ? "lower" : "upper", row[0])
                        .isCloseTo(row[bound], within(unit / 2 + 1e-15));
            }
        }
    }

    @Test
    void agrestiCoullMatchesTheIndependentScipyComputation() {
        // src/test/resources/dev/cxkit/stats/agresti_coull_reference.py and its output.
        assertAgrestiCoull(30, 50, 0.95, 0.461634140667, 0.724096339506);
        assertAgrestiCoull(0, 20, 0.90, 0.0, 0.141287711210);
        assertAgrestiCoull(20, 20, 0.99, 0.710637454862, 1.0);
        assertAgrestiCoull(1, 10, 0.95, 0.0, 0.425967737395);
        assertAgrestiCoull(15, 112, 0.95, 0.081754031942, 0.210381954304);
        assertAgrestiCoull(1869, 7043, 0.95, 0.255187319940, 0.275808230434);
        assertAgrestiCoull(5, 5, 0.95, 0.510945140367, 1.0);
        assertThat(Proportions.agrestiCoull(3, 9, 0.8).method()).isEqualTo("agresti-coull");
    }

    @Test
    void agrestiCoullKeepsThePropertiesItsSourcesState() {
        Property.check("Agresti-Coull against Wilson and add-two-and-two", trial -> {
            long n = trial.intIn(1, 2000);
            long x = trial.random().nextLong(n + 1);
            Interval ac = Proportions.agrestiCoull(x, n, 0.95);
            Interval wilson = Proportions.wilson(x, n, 0.95);
            // Brown, Cai & DasGupta (2001), 4.1.2: same centre as Wilson, never shorter, so it
            // contains Wilson's interval (up to clipping at 0 and 1).
            assertThat(ac.lower()).isLessThanOrEqualTo(wilson.lower() + 1e-12);
            assertThat(ac.upper()).isGreaterThanOrEqualTo(wilson.upper() - 1e-12);
            assertThat(ac.lower()).isGreaterThanOrEqualTo(0);
            assertThat(ac.upper()).isLessThanOrEqualTo(1);
            // Agresti & Coull (1998): at 95 % (z about 2) it is the Wald interval of the data
            // with two successes and two failures added.
            double p = (x + 2.0) / (n + 4.0);
            double half = 2 * Math.sqrt(p * (1 - p) / (n + 4.0));
            assertThat(ac.lower()).isCloseTo(Math.max(0, p - half), within(0.01));
            assertThat(ac.upper()).isCloseTo(Math.min(1, p + half), within(0.01));
        });
    }

    @Test
    void intervalMethodsAreSelectableByName() {
        assertThat(ProportionInterval.byName("Agresti-Coull"))
                .isEqualTo(ProportionInterval.AGRESTI_COULL);
        assertThat(ProportionInterval.byName("agresti_coull").interval(30, 50, 0.95))
                .isEqualTo(Proportions.agrestiCoull(30, 50, 0.95));
        Proportion churn = new Proportion("churn", 1869, 7043);
        assertThat(churn.interval(ProportionInterval.AGRESTI_COULL, 0.95))
                .isEqualTo(Proportions.agrestiCoull(1869, 7043, 0.95));
        assertThat(churn.interval(ProportionInterval.WILSON, 0.95)).isEqualTo(churn.interval(0.95));
        assertThatThrownBy(() -> new Proportion("churn", 0, 0)
                        .interval(ProportionInterval.AGRESTI_COULL, 0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("churn");
        assertThat(ProportionInterval.byName("wilson").interval(30, 50, 0.95))
                .isEqualTo(Proportions.wilson(30, 50, 0.95));
        assertThatThrownBy(() -> ProportionInterval.byName("exact"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wilson, agresti-coull")
                .hasMessageContaining("'exact'");
        assertThatThrownBy(() -> Proportions.agrestiCoull(6, 5, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes must be in 0..5, was 6");
    }

    private static void assertAgrestiCoull(
            long x, long n, double level, double lower, double upper) {
        Interval interval = Proportions.agrestiCoull(x, n, level);
        assertThat(interval.lower()).as("lower of %d/%d", x, n).isCloseTo(lower, within(1e-9));
        assertThat(interval.upper()).as("upper of %d/%d", x, n).isCloseTo(upper, within(1e-9));
        assertThat(interval.level()).isEqualTo(level);
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> Proportions.wilson(1, 0, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be >= 1, was 0");
        assertThatThrownBy(() -> Proportions.wilson(6, 5, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes must be in 0..5, was 6");
        assertThatThrownBy(() -> Proportions.wilson(1, 5, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level must be in (0, 1), was 1.0");
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
            assertThat(Proportions.wilson(n, n, 0.9).upper())
                    .as("upper, n=%d", n)
                    .isEqualTo(1.0);
            assertThat(Proportions.wilson(0, n, 0.9).lower())
                    .as("lower, n=%d", n)
                    .isEqualTo(0.0);
        }
    }
}
