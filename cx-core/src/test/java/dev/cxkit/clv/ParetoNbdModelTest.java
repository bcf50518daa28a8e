package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.MaximumLikelihoodEstimate;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class ParetoNbdModelTest {

    /** The three parameter points of clv_reference.py: alpha < beta, alpha > beta, alpha = beta. */
    private static final ParetoNbdModel FHL = ParetoNbdModel.of(0.55, 10.58, 0.61, 11.67);

    private static final ParetoNbdModel ALPHA_ABOVE_BETA = ParetoNbdModel.of(0.55, 20.0, 0.61, 3.0);
    private static final ParetoNbdModel ALPHA_EQUALS_BETA = ParetoNbdModel.of(1.2, 5.0, 2.5, 5.0);

    @Test
    void reproducesFaderHardieLee2005OnCdnow() {
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.fit(CdnowData.summaryPatterns());
        ParetoNbdModel model = fit.model();
        // FHL 2005 ("Counting your customers the easy way"), the Pareto/NBD on the same data
        assertThat(model.r()).isCloseTo(0.55, within(0.005));
        assertThat(model.alpha()).isCloseTo(10.58, within(0.005));
        assertThat(model.s()).isCloseTo(0.61, within(0.005));
        assertThat(model.beta()).isCloseTo(11.67, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.98, within(0.01));
        // clv_reference.txt: SciPy's maximum and the inverse of its Hessian in natural parameters
        assertThat(fit.logLikelihood()).isCloseTo(-9594.9739298, within(1e-5));
        assertThat(model.r()).isCloseTo(0.5532755, within(2e-5));
        assertThat(model.alpha()).isCloseTo(10.5776124, within(2e-3));
        assertThat(model.s()).isCloseTo(0.6062133, within(2e-4));
        assertThat(model.beta()).isCloseTo(11.6679034, within(2e-2));
        MaximumLikelihoodEstimate estimate = fit.estimate();
        double[] se = {0.0476287, 0.8427234, 0.1872774, 6.2109574};
        for (int i = 0; i < se.length; i++) {
            String name = estimate.parameterNames().get(i);
            assertThat(estimate.standardError(name).orElseThrow())
                    .as(name)
                    .isCloseTo(se[i], within(se[i] * 0.01));
        }
    }

    @Test
    void likelihoodAndPredictionsMatchIndependentComputationForEveryOrderingOfAlphaAndBeta() {
        RfmPatterns cdnow = CdnowData.summaryPatterns();
        assertThat(FHL.logLikelihood(cdnow)).isCloseTo(-9595.008530490, within(1e-6));
        assertThat(ALPHA_ABOVE_BETA.logLikelihood(cdnow)).isCloseTo(-9986.205727551, within(1e-6));
        assertThat(ALPHA_EQUALS_BETA.logLikelihood(cdnow))
                .isCloseTo(-11354.053328941, within(1e-6));
        double[][] cases = {
            {0, 0, 38.86}, {2, 30.43, 38.86}, {7, 35, 38.86}, {7, 10, 38.86}, {20, 37.5, 38.86}
        };
        double[][] alive = {
            {0.2937739505, 0.8684109171, 0.9356860628, 0.0110248050, 0.9778260672},
            {0.1376235175, 0.8464196702, 0.9261934635, 0.0208306356, 0.9745088122},
            {0.0004794345, 0.4897126578, 0.7181523227, 0.0000442050, 0.8952143734}
        };
        double[][] conditional = {
            {0.1058253559, 1.4503713748, 4.6269081368, 0.0545169602, 13.1609488630},
            {0.0404078948, 1.1522237147, 3.7330133652, 0.0839576655, 10.6907574977},
            {0.0002358393, 0.6423873915, 2.4139936433, 0.0001485904, 7.7798031403}
        };
        double[][] expected = {
            {0.0506854213, 1.2023523628, 1.8899983705},
            {0.0251164100, 0.3805400173, 0.5533906852},
            {0.1914193805, 0.7693545517, 0.7881715496}
        };
        ParetoNbdModel[] models = {FHL, ALPHA_ABOVE_BETA, ALPHA_EQUALS_BETA};
        for (int m = 0; m < models.length; m++) {
            for (int c = 0; c < cases.length; c++) {
                int x = (int) cases[c][0];
                assertThat(models[m].probabilityAlive(x, cases[c][1], cases[c][2]))
                        .as("%s alive %s", m, c)
                        .isCloseTo(alive[m][c], within(2e-10));
                assertThat(models[m].conditionalExpectedTransactions(
                                39, x, cases[c][1], cases[c][2]))
                        .as("%s conditional %s", m, c)
                        .isCloseTo(conditional[m][c], within(1e-9));
            }
            double[] t = {1, 39, 78};
            for (int i = 0; i < t.length; i++) {
                assertThat(models[m].expectedTransactions(t[i]))
                        .isCloseTo(expected[m][i], within(1e-10));
            }
        }
    }

    @Test
    void expectationsAreContinuousAtSEqualToOne() {
        double below = ParetoNbdModel.of(0.5, 10, 1 - 1e-9, 12).expectedTransactions(39);
        double at = ParetoNbdModel.of(0.5, 10, 1, 12).expectedTransactions(39);
        assertThat(at)
                .isCloseTo(0.5 * 12 / 10 * Math.log1p(39 / 12.0), within(1e-12))
                .isCloseTo(below, within(1e-8));
    }

    @Test
    void recoversSimulatedParameters() {
        double[] truth = {0.8, 8, 0.9, 15};
        SplittableRandom random = new SplittableRandom(20260415L);
        RfmPatterns.Builder builder = RfmPatterns.builder();
        for (int i = 0; i < 6000; i++) {
            double lambda = Draws.gamma(random, truth[0], truth[1]);
            double lifetime = Draws.exponential(random, Draws.gamma(random, truth[2], truth[3]));
            double T = 20 + random.nextInt(20);
            double end = Math.min(lifetime, T);
            int x = 0;
            double last = 0;
            for (double t = Draws.exponential(random, lambda);
                    t < end;
                    t += Draws.exponential(random, lambda)) {
                x++;
                last = t;
            }
            builder.add(x, last, T);
        }
        FitAssertions.assertRecovers(ParetoNbdModel.fit(builder.build()), truth, 3.5);
    }

    @Test
    void predictionsStayInRange() {
        Property.check("Pareto/NBD predictions in range", 100, trial -> {
            ParetoNbdModel model = ParetoNbdModel.of(
                    trial.doubleIn(0.05, 5),
                    trial.doubleIn(0.1, 50),
                    trial.doubleIn(0.05, 5),
                    trial.doubleIn(0.1, 50));
            int x = trial.intIn(0, 60);
            double T = trial.doubleIn(0.5, 100);
            double tx = x == 0 ? 0 : trial.doubleIn(0.01, T);
            double alive = model.probabilityAlive(x, tx, T);
            assertThat(alive).isBetween(0.0, 1.0);
            double near = model.conditionalExpectedTransactions(5, x, tx, T);
            double far = model.conditionalExpectedTransactions(50, x, tx, T);
            assertThat(near).isFinite().isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(far);
            assertThat(model.expectedTransactions(10))
                    .isFinite()
                    .isLessThanOrEqualTo(model.expectedTransactions(20));
        });
    }

    @Test
    void rejectsBadInputAndNamesTheModelWhenAFitFails() {
        assertThatThrownBy(() -> ParetoNbdModel.fit(
                        RfmPatterns.builder().add(0, 0, 10, 50).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("repeat buyers were 0");
        assertThatThrownBy(() -> ParetoNbdModel.of(0.5, 1, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s must be > 0 and finite, was -1.0");
        assertThatThrownBy(() -> FHL.probabilityAlive(2, 40, 38))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("age must be finite and >= recency");
        assertThatThrownBy(() -> FHL.expectedTransactions(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t must be >= 0 and finite");
        // every customer bought again at the very end: the likelihood grows without bound as
        // lifetimes lengthen
        RfmPatterns unbounded =
                RfmPatterns.builder().add(3, 10, 10, 40).add(5, 10, 10, 40).build();
        assertThatThrownBy(() -> ParetoNbdModel.fit(unbounded))
                .isInstanceOf(FitFailedException.class)
                .hasMessageContaining("Pareto/NBD fit")
                .hasMessageContaining("80 customers (2 patterns, 80 repeat buyers")
                .hasMessageContaining("last parameters r = ");
    }

    @Test
    void valueSemantics() {
        assertThat(ParetoNbdModel.of(1, 2, 3, 4))
                .isEqualTo(ParetoNbdModel.of(1, 2, 3, 4))
                .hasSameHashCodeAs(ParetoNbdModel.of(1, 2, 3, 4))
                .isNotEqualTo(ParetoNbdModel.of(1, 2, 3, 5));
        assertThat(FHL.withParameters(new double[] {0.55, 10.58, 0.61, 11.67})).isEqualTo(FHL);
        assertThat(FHL.modelName()).isEqualTo("Pareto/NBD");
    }
}
