package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class BgBbModelTest {

    /**
     * Independent fit with SciPy 1.17.1 (Nelder-Mead then BFGS, the likelihood summed with
     * scipy.special.betaln and logsumexp): LL -33225.581274. From that fit: P(alive) for (x, t_x, n) =
     * (6, 6, 6) 0.9304336, (3, 4, 6) 0.4395939, (1, 1, 6) 0.0694618, (0, 0, 6) 0.1081333; expected
     * transactions in the next 5 opportunities 3.7525443, 1.0345716, 0.0856957, 0.0728633;
     * E[X(n)] for n = 1, 6, 11: 0.4985427, 2.2201694, 3.3886543.
     */
    private static final BgBbModel SCIPY_FIT = BgBbModel.of(
            1.2035224664601316, 0.7497163694267466, 0.6567181116168833, 2.7834415150634397);

    static RfmPatterns donations() {
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (String[] f : CdnowData.csvRows("donations.csv")) {
            builder.add(
                    Integer.parseInt(f[0]),
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2]),
                    Long.parseLong(f[3]));
        }
        return builder.build();
    }

    @Test
    void reproducesFaderHardieShang2010() {
        RfmPatterns patterns = donations();
        assertThat(patterns.customers()).isEqualTo(11_104);
        ModelFit<BgBbModel> fit = BgBbModel.fit(patterns);
        BgBbModel model = fit.model();
        assertThat(model.alpha()).isCloseTo(1.204, within(0.0005));
        assertThat(model.beta()).isCloseTo(0.750, within(0.0005));
        assertThat(model.gamma()).isCloseTo(0.657, within(0.0005));
        assertThat(model.delta()).isCloseTo(2.783, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.6, within(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-33225.581274, within(1e-5));
        assertThat(fit.converged()).isTrue();
    }

    @Test
    void predictionsMatchIndependentComputation() {
        int[][] histories = {{6, 6, 6}, {3, 4, 6}, {1, 1, 6}, {0, 0, 6}};
        double[] alive = {0.9304336, 0.4395939, 0.0694618, 0.1081333};
        double[] nextFive = {3.7525443, 1.0345716, 0.0856957, 0.0728633};
        for (int i = 0; i < histories.length; i++) {
            int[] h = histories[i];
            assertThat(SCIPY_FIT.probabilityAlive(h[0], h[1], h[2]))
                    .isCloseTo(alive[i], within(1e-7));
            assertThat(SCIPY_FIT.conditionalExpectedTransactions(5, h[0], h[1], h[2]))
                    .isCloseTo(nextFive[i], within(1e-7));
        }
        assertThat(SCIPY_FIT.expectedTransactions(0)).isEqualTo(0.0);
        assertThat(SCIPY_FIT.expectedTransactions(1)).isCloseTo(0.4985427, within(1e-7));
        assertThat(SCIPY_FIT.expectedTransactions(6)).isCloseTo(2.2201694, within(1e-7));
        assertThat(SCIPY_FIT.expectedTransactions(11)).isCloseTo(3.3886543, within(1e-7));
    }

    @Test
    void expectationsAreContinuousThroughGammaOne() {
        BgBbModel atOne = BgBbModel.of(1.2, 0.75, 1, 2.8);
        BgBbModel nearOne = BgBbModel.of(1.2, 0.75, 1 + 1e-9, 2.8);
        assertThat(atOne.expectedTransactions(10))
                .isCloseTo(nearOne.expectedTransactions(10), within(1e-8));
        assertThat(atOne.conditionalExpectedTransactions(4, 2, 3, 6))
                .isCloseTo(nearOne.conditionalExpectedTransactions(4, 2, 3, 6), within(1e-8));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(
                        () -> BgBbModel.fit(RfmPatterns.builder().add(1, 1.5, 6).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole numbers of opportunities, were 1.5 and 6.0");
        assertThatThrownBy(
                        () -> BgBbModel.fit(RfmPatterns.builder().add(3, 2, 6).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency must be <= recency 2.0, was 3");
        assertThatThrownBy(() ->
                        BgBbModel.fit(RfmPatterns.builder().add(0, 0, 6, 10).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat buyers were 0");
        assertThatThrownBy(() -> BgBbModel.fit(RfmPatterns.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("were empty");
        assertThatThrownBy(() -> SCIPY_FIT.probabilityAlive(2, 7, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age must be finite and >= recency 7.0, was 6.0");
        assertThatThrownBy(() -> SCIPY_FIT.expectedTransactions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n must be >= 0, was -1");
        assertThatThrownBy(() -> SCIPY_FIT.conditionalExpectedTransactions(-2, 1, 1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("m must be >= 0, was -2");
        assertThatThrownBy(() -> BgBbModel.of(1, 1, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delta must be > 0 and finite");
        assertThatThrownBy(() -> RfmPatterns.builder().add(1, 1, 6, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count must be >= 0, was -1");
    }

    @Test
    void valueSemantics() {
        assertThat(BgBbModel.of(1, 2, 3, 4))
                .isEqualTo(BgBbModel.of(1, 2, 3, 4))
                .hasSameHashCodeAs(BgBbModel.of(1, 2, 3, 4))
                .isNotEqualTo(BgBbModel.of(1, 2, 3, 5));
    }

    @Test
    void predictionsStayInRange() {
        Property.check("BG/BB predictions in range", 100, trial -> {
            BgBbModel model = BgBbModel.of(
                    trial.doubleIn(0.05, 20),
                    trial.doubleIn(0.05, 20),
                    trial.doubleIn(0.05, 20),
                    trial.doubleIn(0.05, 20));
            int n = trial.intIn(1, 30);
            int tx = trial.intIn(0, n);
            int x = tx == 0 ? 0 : trial.intIn(1, tx);
            assertThat(model.probabilityAlive(x, tx, n)).isBetween(0.0, 1.0);
            assertThat(model.conditionalExpectedTransactions(trial.intIn(0, 20), x, tx, n))
                    .isBetween(0.0, 20.0);
            double previous = 0;
            for (int k = 1; k <= 40; k++) {
                double expected = model.expectedTransactions(k);
                assertThat(expected).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(k);
                previous = expected;
            }
        });
    }

    /** Tolerance: each estimate within 4 of its standard errors, 20,000 donors over 8 opportunities. */
    @Test
    void recoversSimulatedParameters() {
        Property.check("BG/BB fit recovers alpha, beta, gamma, delta", 4, trial -> {
            double[] truth = {
                trial.doubleIn(0.5, 3),
                trial.doubleIn(0.5, 3),
                trial.doubleIn(0.3, 2),
                trial.doubleIn(1, 6)
            };
            RfmPatterns patterns = simulate(truth, 20_000, 8, trial.random());
            ModelFit<BgBbModel> fit = BgBbModel.fit(patterns);
            FitAssertions.assertRecovers(fit, truth, 4);
        });
    }

    private static RfmPatterns simulate(
            double[] truth, int customers, int opportunities, SplittableRandom random) {
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (int c = 0; c < customers; c++) {
            double p = Draws.beta(random, truth[0], truth[1]);
            double theta = Draws.beta(random, truth[2], truth[3]);
            int x = 0;
            int last = 0;
            for (int t = 1; t <= opportunities && random.nextDouble() >= theta; t++) {
                if (random.nextDouble() < p) {
                    x++;
                    last = t;
                }
            }
            builder.add(x, last, opportunities);
        }
        return builder.build();
    }

    /**
     * clv_reference.txt (FHS 2010 eq. 8 with SciPy's betaln at its fit on the donations):
     * P(X(6) = x) for x = 0..6 and 11,104 times them, beside the observed counts
     * 3464, 1823, 1430, 1085, 1036, 1063, 1203 (FHS 2010, figure 3).
     */
    @Test
    void probabilityMassAndExpectedCountsByFrequencyMatchIndependentComputation() {
        BgBbModel model = BgBbModel.of(
                1.2035222047968033, 0.749716285957792, 0.6567182690947891, 2.7834425986532394);
        double[] pmf = {
            0.3111385116,
            0.1700877503,
            0.1214771558,
            0.1002682379,
            0.0916716835,
            0.0925041429,
            0.1128525180
        };
        double[] counts = {
            3454.882033,
            1888.654379,
            1348.882338,
            1113.378514,
            1017.922373,
            1027.166003,
            1253.114360
        };
        double[] expected = model.expectedFrequencyCounts(11_104, 6);
        double total = 0;
        double mean = 0;
        for (int x = 0; x <= 6; x++) {
            assertThat(model.probabilityOfTransactions(x, 6))
                    .as("P(X(6) = %s)", x)
                    .isCloseTo(pmf[x], within(1e-10));
            assertThat(expected[x]).isCloseTo(counts[x], within(1e-5));
            total += model.probabilityOfTransactions(x, 6);
            mean += x * model.probabilityOfTransactions(x, 6);
        }
        assertThat(total).isCloseTo(1, within(1e-12));
        assertThat(mean).isCloseTo(model.expectedTransactions(6), within(1e-12));
        assertThat(model.probabilityOfTransactions(0, 0)).isCloseTo(1, within(1e-15));
        assertThatThrownBy(() -> model.probabilityOfTransactions(7, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must be in [0, n = 6], was 7");
    }
}
