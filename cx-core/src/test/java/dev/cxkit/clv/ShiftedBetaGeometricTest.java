package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

class ShiftedBetaGeometricTest {

    /** Fader &amp; Hardie (2007), "regular" customers: survivors at years 0..7. */
    private static final long[] REGULAR = {1000, 631, 468, 382, 326, 289, 262, 241};

    /**
     * Independent values from SciPy 1.17.1 (scipy.optimize.minimize, Nelder-Mead on the same
     * likelihood written with scipy.special.betaln; DEL/DERL by direct summation of 5,000 terms):
     * alpha 0.7040773, beta 1.1820430, LL -1680.265188; S(8..12) x 1000 = 220.0850, 204.4108,
     * 191.1902, 179.8650, 170.0374; at d = 0.1: DEL 3.6949084, DERL n=1 2.9643992, n=2 4.1031397,
     * n=5 5.8940953.
     */
    private static final ShiftedBetaGeometric SCIPY_FIT =
            ShiftedBetaGeometric.of(0.7040773046692893, 1.1820430071266919);

    @Test
    void reproducesFaderHardie2007() {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fitSurvivors(REGULAR);
        assertThat(fit.model().alpha()).isCloseTo(0.704, within(0.0005));
        assertThat(fit.model().beta()).isCloseTo(1.182, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-1680.27, within(0.005));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.estimate().standardError("alpha")).isPresent();

        double[] projection = fit.model().projectSurvivors(1000, 12);
        long[] observed = {223, 207, 194, 183, 173};
        double[] scipy = {220.0850, 204.4108, 191.1902, 179.8650, 170.0374};
        for (int year = 8; year <= 12; year++) {
            assertThat(projection[year])
                    .as("year %s", year)
                    .isCloseTo(observed[year - 8], within(4.0));
            assertThat(projection[year])
                    .as("year %s", year)
                    .isCloseTo(scipy[year - 8], within(0.01));
        }
        assertThat(projection[0]).isEqualTo(1000);
    }

    @Test
    void perCustomerLifetimesGiveTheSameFitAsSurvivorCounts() {
        List<ContractLifetime> lifetimes = new ArrayList<>();
        for (int t = 1; t < REGULAR.length; t++) {
            for (long i = 0; i < REGULAR[t - 1] - REGULAR[t]; i++) {
                lifetimes.add(ContractLifetime.churnedIn(t));
            }
        }
        for (long i = 0; i < REGULAR[7]; i++) {
            lifetimes.add(ContractLifetime.activeAfter(7));
        }
        ModelFit<ShiftedBetaGeometric> fromLifetimes = ShiftedBetaGeometric.fitLifetimes(lifetimes);
        assertThat(fromLifetimes.logLikelihood()).isCloseTo(-1680.265188, within(1e-5));
        assertThat(fromLifetimes.model().alpha()).isCloseTo(SCIPY_FIT.alpha(), within(1e-5));
    }

    @Test
    void survivalRetentionAndChurnAgree() {
        ShiftedBetaGeometric model = SCIPY_FIT;
        assertThat(model.survival(0)).isEqualTo(1.0);
        assertThat(model.churnProbability(1))
                .isCloseTo(model.alpha() / (model.alpha() + model.beta()), within(1e-15));
        for (int t = 1; t <= 20; t++) {
            assertThat(model.survival(t - 1) - model.survival(t))
                    .isCloseTo(model.churnProbability(t), within(1e-14));
            assertThat(model.survival(t) / model.survival(t - 1))
                    .isCloseTo(model.retentionRate(t), within(1e-14));
        }
        assertThat(model.retentionRate(2))
                .isCloseTo(
                        (1.1820430071266919 + 1) / (0.7040773046692893 + 1.1820430071266919 + 1),
                        within(1e-15));
    }

    @Test
    void discountedLifetimesMatchDirectSummation() {
        ShiftedBetaGeometric model = SCIPY_FIT;
        assertThat(model.discountedExpectedLifetime(0.1)).isCloseTo(3.6949084, within(1e-6));
        assertThat(model.discountedExpectedResidualLifetimeAfterRenewals(0.1, 0))
                .isCloseTo(2.9643992, within(1e-6));
        assertThat(model.discountedExpectedResidualLifetimeAfterRenewals(0.1, 1))
                .isCloseTo(4.1031397, within(1e-6));
        assertThat(model.discountedExpectedResidualLifetimeAfterRenewals(0.1, 4))
                .isCloseTo(5.8940953, within(1e-6));
        assertThat(model.residualLifetimeValueAfterRenewals(50, 0.1, 4))
                .isCloseTo(50 * 5.8940953, within(5e-5));
        // the paper's n counts periods: a customer in period 5 has made 4 renewals
        assertThat(model.discountedExpectedResidualLifetimeInPeriod(0.1, 5))
                .isCloseTo(5.8940953, within(1e-6));
        assertThat(model.discountedExpectedResidualLifetimeInPeriod(0.1, 1))
                .isEqualTo(model.discountedExpectedResidualLifetimeAfterRenewals(0.1, 0));
        assertThatThrownBy(() -> model.discountedExpectedResidualLifetimeInPeriod(0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period must be >= 1 (the first period is 1), was 0");
        // DEL counts the undiscounted first payment plus the discounted residual of a new customer
        assertThat(model.discountedExpectedLifetime(0.1))
                .isCloseTo(
                        1 + model.discountedExpectedResidualLifetimeAfterRenewals(0.1, 0) / 1.1,
                        within(1e-12));
    }

    @Test
    void undiscountedLifetimesUseGaussSumAndDivergeForAlphaAtMostOne() {
        ShiftedBetaGeometric model = ShiftedBetaGeometric.of(3, 2);
        assertThat(model.expectedLifetime()).isEqualTo(2.0);
        assertThat(model.discountedExpectedLifetime(0)).isEqualTo(2.0);
        assertThat(model.discountedExpectedResidualLifetimeAfterRenewals(0, 2))
                .isCloseTo((2 + 3 - 1) / 2.0, within(1e-15));
        assertThat(model.discountedExpectedLifetime(1e-4)).isCloseTo(2.0, within(1e-3));
        assertThat(SCIPY_FIT.expectedLifetime()).isInfinite();
        assertThat(SCIPY_FIT.discountedExpectedLifetime(0)).isInfinite();
        assertThat(model.discountedExpectedLifetime(-0.5)).isInfinite();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitSurvivors(1000, 600, 700))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "survivors must not increase, survivors[2] was 700 after 600");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitSurvivors(1000, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("survivors[1] must be >= 0, was -1");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitSurvivors(1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length was 1");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitSurvivors(1000, 1000, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one churned customer");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitSurvivors(1000, 600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 or more periods");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fitLifetimes(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one churned customer");
        assertThatThrownBy(() -> ContractLifetime.churnedIn(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods must be >= 1 for a churned customer, was 0");
        assertThatThrownBy(() -> ContractLifetime.activeAfter(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was -1");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be > 0 and finite, was 0.0");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beta");
        assertThatThrownBy(() -> SCIPY_FIT.discountedExpectedLifetime(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d must be > -1 and finite, was -1.0");
        assertThatThrownBy(() -> SCIPY_FIT.discountedExpectedResidualLifetimeAfterRenewals(0.1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("renewalsMade must be >= 0, was -1");
        assertThatThrownBy(() -> SCIPY_FIT.survival(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SCIPY_FIT.churnProbability(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SCIPY_FIT.projectSurvivors(-5, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valueSemantics() {
        assertThat(ShiftedBetaGeometric.of(1, 2))
                .isEqualTo(ShiftedBetaGeometric.of(1, 2))
                .hasSameHashCodeAs(ShiftedBetaGeometric.of(1, 2))
                .isNotEqualTo(ShiftedBetaGeometric.of(2, 1));
    }

    /**
     * Tolerance: with 20,000 simulated customers observed for 12 periods, the estimates land within
     * 20 % of the true alpha and beta (their standard errors are a few per cent).
     */
    @Test
    void recoversSimulatedParameters() {
        Property.check("sBG fit recovers alpha and beta", 6, trial -> {
            double alpha = trial.doubleIn(0.5, 3);
            double beta = trial.doubleIn(0.8, 6);
            List<ContractLifetime> lifetimes = simulate(alpha, beta, 20_000, 12, trial.random());
            ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fitLifetimes(lifetimes);
            assertThat(fit.converged()).isTrue();
            assertThat(fit.model().alpha()).isCloseTo(alpha, within(0.2 * alpha));
            assertThat(fit.model().beta()).isCloseTo(beta, within(0.2 * beta));
            double[] projection = fit.model().projectSurvivors(100, 12);
            for (int t = 1; t < projection.length; t++) {
                assertThat(projection[t]).isBetween(0.0, projection[t - 1]);
            }
        });
    }

    private static List<ContractLifetime> simulate(
            double alpha, double beta, int customers, int periods, SplittableRandom random) {
        List<ContractLifetime> lifetimes = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double theta = Draws.beta(random, alpha, beta);
            int t = 1;
            while (t <= periods && random.nextDouble() >= theta) {
                t++;
            }
            lifetimes.add(
                    t <= periods
                            ? ContractLifetime.churnedIn(t)
                            : ContractLifetime.activeAfter(periods));
        }
        return lifetimes;
    }
}
