package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class BgNbdModelTest {

    /**
     * The maximum-likelihood fit on the CDNOW summary computed independently with SciPy 1.17.1
     * (Nelder-Mead then BFGS on the log-likelihood written with scipy.special.gammaln/betaln):
     * LL -9582.425561. Predictions from that fit with mpmath 1.3.0's hyp2f1 at 30 digits:
     * E[X(39)] 1.1950163, E[X(78)] 1.8579718; E[Y(39) | 2, 30.43, 38.86] 1.2259105 with
     * P(alive) 0.7266092 (FHL 2005 report 1.226); E[Y(39) | 0, 0, 38.86] 0.1947808;
     * E[Y(10) | 7, 35, 38.86] 1.3183418 (P(alive) 0.8437869); E[Y(39) | 7, 10, 38.86] 0.0191774
     * (P(alive) 0.0036881); P(X(39) = k) for k = 0, 1, 2, 5: 0.5743073, 0.1991930, 0.0853224, 0.0179384.
     */
    private static final BgNbdModel SCIPY_FIT = BgNbdModel.of(
            0.24259289362790748, 4.413531515004253, 0.7928860827156742, 2.425753555288405);

    @Test
    void reproducesFaderHardieLee2005OnCdnow() {
        RfmPatterns patterns = CdnowData.summaryPatterns();
        assertThat(patterns.customers()).isEqualTo(2357);
        assertThat(patterns.size()).isEqualTo(1016);

        ModelFit<BgNbdModel> fit = BgNbdModel.fit(patterns);
        BgNbdModel model = fit.model();
        assertThat(model.r()).isCloseTo(0.243, within(0.0005));
        assertThat(model.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(model.a()).isCloseTo(0.793, within(0.0005));
        assertThat(model.b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.425561, within(1e-5));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.estimate().standardError("r").getAsDouble()).isBetween(0.005, 0.05);

        assertThat(model.expectedTransactions(1)).isCloseTo(0.0532, within(0.00005));
        assertThat(model.expectedTransactions(3)).isCloseTo(0.1506, within(0.00005));
        assertThat(model.expectedTransactions(32)).isCloseTo(1.0437, within(0.00005));
    }

    @Test
    void predictionsMatchIndependentComputation() {
        BgNbdModel model = SCIPY_FIT;
        assertThat(model.logLikelihood(CdnowData.summaryPatterns()))
                .isCloseTo(-9582.425561, within(1e-6));
        assertThat(model.expectedTransactions(0)).isEqualTo(0.0);
        assertThat(model.expectedTransactions(39)).isCloseTo(1.1950163, within(1e-7));
        assertThat(model.expectedTransactions(78)).isCloseTo(1.8579718, within(1e-7));
        assertThat(model.conditionalExpectedTransactions(39, 2, 30.43, 38.86))
                .isCloseTo(1.2259105, within(1e-7));
        assertThat(model.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.7266092, within(1e-7));
        assertThat(model.conditionalExpectedTransactions(39, 0, 0, 38.86))
                .isCloseTo(0.1947808, within(1e-7));
        assertThat(model.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
        assertThat(model.conditionalExpectedTransactions(10, 7, 35, 38.86))
                .isCloseTo(1.3183418, within(1e-7));
        assertThat(model.probabilityAlive(7, 35, 38.86)).isCloseTo(0.8437869, within(1e-7));
        assertThat(model.conditionalExpectedTransactions(39, 7, 10, 38.86))
                .isCloseTo(0.0191774, within(1e-7));
        assertThat(model.probabilityAlive(7, 10, 38.86)).isCloseTo(0.0036881, within(1e-7));
        double[] pk = {0.5743073, 0.1991930, 0.0853224, 0.0179384};
        int[] k = {0, 1, 2, 5};
        for (int i = 0; i < k.length; i++) {
            assertThat(model.probabilityOfTransactions(k[i], 39))
                    .as("k = %s", k[i])
                    .isCloseTo(pk[i], within(1e-7));
        }
        assertThat(model.probabilityOfTransactions(0, 0)).isEqualTo(1.0);
        assertThat(model.probabilityOfTransactions(3, 0)).isEqualTo(0.0);
    }

    @Test
    void countDistributionSumsToOneAndHasTheExpectedMean() {
        BgNbdModel model = SCIPY_FIT;
        double total = 0;
        double mean = 0;
        for (int k = 0; k < 400; k++) {
            double p = model.probabilityOfTransactions(k, 20);
            total += p;
            mean += k * p;
        }
        assertThat(total).isCloseTo(1, within(1e-9));
        assertThat(mean).isCloseTo(model.expectedTransactions(20), within(1e-6));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> BgNbdModel.fit(RfmPatterns.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("patterns must hold at least one customer");
        assertThatThrownBy(() -> BgNbdModel.fit(
                        RfmPatterns.builder().add(0, 0, 10, 50).add(0, 0, 20).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat buyers were 0");
        assertThatThrownBy(() -> BgNbdModel.of(0.2, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be > 0 and finite, was 0.0");
        assertThatThrownBy(() -> SCIPY_FIT.probabilityAlive(2, 40, 38))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age must be finite and >= recency 40.0, was 38.0");
        assertThatThrownBy(() -> SCIPY_FIT.probabilityAlive(2, 0, 38))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recency must be > 0 when frequency is 2 > 0, was 0.0");
        assertThatThrownBy(() -> SCIPY_FIT.probabilityAlive(-1, 0, 38))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency must be >= 0, was -1");
        assertThatThrownBy(() -> SCIPY_FIT.expectedTransactions(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must be >= 0 and finite, was -1.0");
        assertThatThrownBy(() -> SCIPY_FIT.conditionalExpectedTransactions(Double.NaN, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must be >= 0");
        assertThatThrownBy(() -> SCIPY_FIT.probabilityOfTransactions(-1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be >= 0, was -1");
        assertThatThrownBy(() -> BgNbdModel.of(0.2, 1, 1, 3).expectedTransactions(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a != 1");
    }

    @Test
    void valueSemantics() {
        assertThat(BgNbdModel.of(1, 2, 3, 4))
                .isEqualTo(BgNbdModel.of(1, 2, 3, 4))
                .hasSameHashCodeAs(BgNbdModel.of(1, 2, 3, 4))
                .isNotEqualTo(BgNbdModel.of(1, 2, 3, 5));
    }

    @Test
    void predictionsStayInRange() {
        Property.check("BG/NBD predictions in range", 100, trial -> {
            BgNbdModel model = BgNbdModel.of(
                    trial.doubleIn(0.05, 5),
                    trial.doubleIn(0.1, 50),
                    trial.doubleIn(0.1, 0.95),
                    trial.doubleIn(1.1, 10));
            int x = trial.intIn(0, 60);
            double T = trial.doubleIn(0.5, 100);
            double tx = x == 0 ? 0 : trial.doubleIn(0.01, T);
            assertThat(model.probabilityAlive(x, tx, T)).isBetween(0.0, 1.0);
            double previous = 0;
            for (double t = 0.5; t <= 100; t *= 2) {
                double expected = model.expectedTransactions(t);
                assertThat(expected).isGreaterThanOrEqualTo(previous);
                previous = expected;
                assertThat(model.conditionalExpectedTransactions(t, x, tx, T))
                        .isGreaterThanOrEqualTo(0.0);
                assertThat(model.probabilityOfTransactions(x, t)).isBetween(0.0, 1.0);
            }
        });
    }

    /**
     * Tolerance: each estimate lies within 4 of its own standard errors of the true value, with 10,000
     * simulated customers observed for 26 to 52 weeks.
     */
    @Test
    void recoversSimulatedParameters() {
        Property.check("BG/NBD fit recovers r, alpha, a, b", 4, trial -> {
            double[] truth = {
                trial.doubleIn(0.3, 2),
                trial.doubleIn(2, 10),
                trial.doubleIn(0.6, 1.8),
                trial.doubleIn(1.5, 5)
            };
            RfmPatterns patterns = simulate(
                    BgNbdModel.of(truth[0], truth[1], truth[2], truth[3]), 10_000, trial.random());
            ModelFit<BgNbdModel> fit = BgNbdModel.fit(patterns);
            FitAssertions.assertRecovers(fit, truth, 4);
        });
    }

    /** Above 40,000 patterns the simplex runs on a subsample and BOBYQA alone on all the data. */
    @Test
    void largeDataFitsFromASubsampleWarmStart() {
        double[] truth = {0.5, 5, 0.8, 2.5};
        RfmPatterns patterns = simulate(
                BgNbdModel.of(truth[0], truth[1], truth[2], truth[3]),
                50_000,
                new SplittableRandom(20_250));
        assertThat(patterns.size()).isGreaterThan(40_000);
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(patterns);
        FitAssertions.assertRecovers(fit, truth, 4);
        assertThat(fit.estimate().iterations())
                .as("no simplex on the full data")
                .isZero();
    }

    /** Customers with ages uniform in [26, 52] weeks, simulated by the BG/NBD story. */
    static RfmPatterns simulate(BgNbdModel model, int customers, SplittableRandom random) {
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (int i = 0; i < customers; i++) {
            double lambda = Draws.gamma(random, model.r(), model.alpha());
            double p = Draws.beta(random, model.a(), model.b());
            double age = 26 + 26 * random.nextDouble();
            int x = 0;
            double last = 0;
            double t = Draws.exponential(random, lambda);
            while (t <= age) {
                x++;
                last = t;
                if (random.nextDouble() < p) {
                    break;
                }
                t += Draws.exponential(random, lambda);
            }
            builder.add(x, last, age);
        }
        return builder.build();
    }
}
