package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class GammaGammaModelTest {

    /**
     * Independent fit with SciPy 1.17.1 (Nelder-Mead then BFGS on the same log-likelihood with
     * scipy.special.gammaln) on the 946 repeat buyers: p 6.2488031, q 3.7445884, gamma 15.4477463,
     * LL -4055.923244; E[M | 2, 22.35] 24.6586160, E[M | 1, 11.77] 18.9114794, population mean
     * 35.1710026.
     */
    private static final GammaGammaModel SCIPY_FIT =
            GammaGammaModel.of(6.248803135891452, 3.7445883948322645, 15.447746302646058);

    @Test
    void reproducesFaderHardieLee2005RfmAndClvOnCdnow() {
        ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(CdnowData.customersWithValue());
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        // Published as 15.44; the maximum on this data is 15.4477, so the paper truncated.
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.01));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.923244, within(1e-5));
        assertThat(fit.model().p()).isCloseTo(SCIPY_FIT.p(), within(1e-4));
        assertThat(fit.model().gamma()).isCloseTo(SCIPY_FIT.gamma(), within(1e-3));
        assertThat(fit.converged()).isTrue();
    }

    @Test
    void conditionalValuesMatchIndependentComputation() {
        assertThat(SCIPY_FIT.conditionalExpectedAverageValue(2, 22.35))
                .isCloseTo(24.6586160, within(1e-6));
        assertThat(SCIPY_FIT.conditionalExpectedAverageValue(1, 11.77))
                .isCloseTo(18.9114794, within(1e-6));
        assertThat(SCIPY_FIT.conditionalExpectedAverageValue(0, 0))
                .isCloseTo(35.1710026, within(1e-6));
        assertThat(SCIPY_FIT.populationMeanValue()).isCloseTo(35.1710026, within(1e-6));
    }

    @Test
    void refusesAnInfinitePopulationMean() {
        GammaGammaModel heavyTailed = GammaGammaModel.of(2, 0.8, 10);
        assertThatThrownBy(heavyTailed::populationMeanValue)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs q > 1, was q = 0.8");
        assertThatThrownBy(() -> heavyTailed.conditionalExpectedAverageValue(0, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("p x + q > 1");
        assertThat(heavyTailed.conditionalExpectedAverageValue(1, 5))
                .isCloseTo(2 * 15 / 1.8, within(1e-12));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of(RfmSummary.of(0, 0, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one with a repeat purchase of positive value to fit spend");
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat purchase of positive value");
        assertThatThrownBy(() -> GammaGammaModel.fit(List.of(new RfmSummary(2, 3, 5, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("were 1 without");
        assertThatThrownBy(() -> new RfmSummary(0, 0, 5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanRepeatValue must be 0 when frequency is 0, was 3.0");
        assertThatThrownBy(() -> new RfmSummary(1, 1, 5, -3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanRepeatValue must be >= 0 and finite, was -3.0");
        assertThatThrownBy(() -> GammaGammaModel.of(1, 1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gamma must be > 0 and finite, was -1.0");
        assertThatThrownBy(() -> SCIPY_FIT.conditionalExpectedAverageValue(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x must be >= 0, was -1");
        assertThatThrownBy(() -> SCIPY_FIT.conditionalExpectedAverageValue(0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zbar must be 0 when x is 0, was 2.0");
    }

    @Test
    void valueSemantics() {
        assertThat(GammaGammaModel.of(1, 2, 3))
                .isEqualTo(GammaGammaModel.of(1, 2, 3))
                .hasSameHashCodeAs(GammaGammaModel.of(1, 2, 3))
                .isNotEqualTo(GammaGammaModel.of(1, 2, 4));
    }

    /** Tolerance: each estimate within 4 of its standard errors, 5,000 simulated repeat buyers. */
    @Test
    void recoversSimulatedParameters() {
        Property.check("Gamma-Gamma fit recovers p, q, gamma", 4, trial -> {
            double[] truth = {trial.doubleIn(1, 8), trial.doubleIn(2, 6), trial.doubleIn(5, 40)};
            List<RfmSummary> customers = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                double nu = Draws.gamma(trial.random(), truth[1], truth[2]);
                int x = 1 + trial.random().nextInt(8);
                // the mean of x Gamma(p, nu) values is Gamma(p x, x nu)
                double zbar = Draws.gamma(trial.random(), truth[0] * x, x * nu);
                customers.add(new RfmSummary(x, x, x, zbar));
            }
            ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(customers);
            FitAssertions.assertRecovers(fit, truth, 4);
        });
    }
}
