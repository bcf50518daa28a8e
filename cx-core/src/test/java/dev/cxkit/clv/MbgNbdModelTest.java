package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.MaximumLikelihoodEstimate;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

class MbgNbdModelTest {

    /** clv_reference.py's SciPy fit on the CDNOW summary. */
    private static final MbgNbdModel SCIPY_FIT = MbgNbdModel.of(
            0.524838023225555, 6.182991813754748, 0.8913560932589782, 1.6139990313635286);

    @Test
    void fitOnCdnowMatchesIndependentComputation() {
        ModelFit<MbgNbdModel> fit = MbgNbdModel.fit(CdnowData.summaryPatterns());
        MbgNbdModel model = fit.model();
        assertThat(fit.logLikelihood()).isCloseTo(-9582.1326849, within(1e-5));
        assertThat(model.r()).isCloseTo(SCIPY_FIT.r(), within(1e-4));
        assertThat(model.alpha()).isCloseTo(SCIPY_FIT.alpha(), within(1e-3));
        assertThat(model.a()).isCloseTo(SCIPY_FIT.a(), within(1e-4));
        assertThat(model.b()).isCloseTo(SCIPY_FIT.b(), within(1e-3));
        MaximumLikelihoodEstimate estimate = fit.estimate();
        double[] se = {0.0832636, 0.6955961, 0.1547840, 0.5374670};
        for (int i = 0; i < se.length; i++) {
            String name = estimate.parameterNames().get(i);
            assertThat(estimate.standardError(name).orElseThrow())
                    .as(name)
                    .isCloseTo(se[i], within(se[i] * 0.01));
        }
    }

    @Test
    void predictionsMatchIndependentComputation() {
        assertThat(SCIPY_FIT.logLikelihood(CdnowData.summaryPatterns()))
                .isCloseTo(-9582.1326849, within(1e-6));
        double[][] cases = {{0, 0, 38.86}, {2, 30.43, 38.86}, {7, 35, 38.86}, {7, 10, 38.86}};
        double[] alive = {0.3897162631, 0.7061262414, 0.8312109970, 0.0043446750};
        double[] conditional = {0.1539536449, 1.2626708043, 4.2276256597, 0.0220974691};
        for (int c = 0; c < cases.length; c++) {
            int x = (int) cases[c][0];
            assertThat(SCIPY_FIT.probabilityAlive(x, cases[c][1], cases[c][2]))
                    .isCloseTo(alive[c], within(1e-9));
            assertThat(SCIPY_FIT.conditionalExpectedTransactions(39, x, cases[c][1], cases[c][2]))
                    .isCloseTo(conditional[c], within(1e-9));
        }
        assertThat(SCIPY_FIT.expectedTransactions(0)).isEqualTo(0.0);
        assertThat(SCIPY_FIT.expectedTransactions(1)).isCloseTo(0.0530606236, within(1e-10));
        assertThat(SCIPY_FIT.expectedTransactions(39)).isCloseTo(1.1822837437, within(1e-9));
        assertThat(SCIPY_FIT.expectedTransactions(78)).isCloseTo(1.8036361529, within(1e-9));
    }

    @Test
    void predictionsStayInRange() {
        Property.check("MBG/NBD predictions in range", 100, trial -> {
            MbgNbdModel model = MbgNbdModel.of(
                    trial.doubleIn(0.05, 5),
                    trial.doubleIn(0.1, 50),
                    trial.doubleIn(0.1, 0.95),
                    trial.doubleIn(0.5, 10));
            int x = trial.intIn(0, 60);
            double T = trial.doubleIn(0.5, 100);
            double tx = x == 0 ? 0 : trial.doubleIn(0.01, T);
            assertThat(model.probabilityAlive(x, tx, T)).isBetween(0.0, 1.0);
            double near = model.conditionalExpectedTransactions(5, x, tx, T);
            assertThat(near)
                    .isFinite()
                    .isGreaterThanOrEqualTo(0)
                    .isLessThanOrEqualTo(
                            model.conditionalExpectedTransactions(50, x, tx, T) + 1e-12);
        });
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MbgNbdModel.fit(RfmPatterns.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one customer");
        assertThatThrownBy(() -> MbgNbdModel.of(0.5, 1, 1, 1).expectedTransactions(3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a != 1");
        assertThat(MbgNbdModel.of(1, 2, 3, 4))
                .isEqualTo(MbgNbdModel.of(1, 2, 3, 4))
                .hasSameHashCodeAs(MbgNbdModel.of(1, 2, 3, 4))
                .isNotEqualTo(BgNbdModel.of(1, 2, 3, 4));
    }
}
