package dev.cxkit.pyramid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

class CxPyramidTest {

    private static final Scale SEVEN = Scale.of("agree-7", 1, 7);
    /** 1..5: top 4-5 = 6/10, bottom 1-2 = 2/10: net 40. */
    private static final ScoreHistogram NEEDS = ScoreHistogram.of(Scale.CSAT, 1, 1, 2, 3, 3);
    /** 1..5, the same answers as NEEDS: net 40. */
    private static final ScoreHistogram EASY_FIVE = ScoreHistogram.of(Scale.CSAT, 1, 1, 2, 3, 3);
    /** 1..7: top 6-7 = 4/10, bottom 1-2 = 1/10: net 30. */
    private static final ScoreHistogram EASY_SEVEN = ScoreHistogram.of(SEVEN, 0, 1, 1, 2, 2, 2, 2);
    /** 1..5: top 3/10, bottom 5/10: net -20. */
    private static final ScoreHistogram ENJOY = ScoreHistogram.of(Scale.CSAT, 3, 2, 2, 2, 1);

    private static CxPyramid.Builder pyramid() {
        return CxPyramid.builder()
                .question(PyramidLevel.MEETS_NEEDS, NEEDS)
                .question(PyramidLevel.EASY, EASY_FIVE)
                .question(PyramidLevel.EASY, EASY_SEVEN)
                .question(PyramidLevel.ENJOYABLE, ENJOY);
    }

    @Test
    void netScoresPerLevelAndEqualWeightIndexByHand() {
        CxPyramid pyramid = pyramid().build();

        assertThat(pyramid.net(PyramidLevel.MEETS_NEEDS)).isCloseTo(40, within(1e-12));
        assertThat(pyramid.net(PyramidLevel.EASY)).isCloseTo(35, within(1e-12)); // (40 + 30) / 2
        assertThat(pyramid.net(PyramidLevel.ENJOYABLE)).isCloseTo(-20, within(1e-12));
        assertThat(pyramid.n(PyramidLevel.EASY)).isEqualTo(20);
        assertThat(pyramid.index()).isCloseTo(55.0 / 3, within(1e-12));
        assertThat(pyramid.weights().method()).isEqualTo("equal");
    }

    @Test
    void boxSizeAndGivenWeightsAreConfigurable() {
        CxPyramid topBox =
                pyramid().boxSize(1).weights(PyramidWeights.of(2, 1, 1)).build();

        // top box only: needs 3/10 - 1/10; easy (3/10 - 1/10 + 2/10 - 0) / 2; enjoyable 1/10 - 3/10
        assertThat(topBox.net(PyramidLevel.MEETS_NEEDS)).isCloseTo(20, within(1e-12));
        assertThat(topBox.net(PyramidLevel.EASY)).isCloseTo(20, within(1e-12));
        assertThat(topBox.index()).isCloseTo(0.5 * 20 + 0.25 * 20 + 0.25 * -20, within(1e-12));
    }

    @Test
    void loyaltyWeightsAreClippedStandardizedRegressionCoefficients() {
        double[] needs = {5, 1, 1, 4, 2, 3, 1, 2, 4, 2, 5, 4};
        double[] easy = {4, 5, 4, 1, 5, 4, 1, 2, 1, 5, 4, 5};
        double[] enjoyable = {2, 4, 4, 4, 1, 3, 4, 5, 4, 3, 3, 2};
        double[] nps = {9, 3, 3, 4, 7, 6, 1, 4, 3, 7, 7, 9};

        PyramidWeights weights = PyramidWeights.fromLoyalty(needs, easy, enjoyable, nps);

        // numpy.linalg.lstsq on the z-scored columns (ddof=1); negative ENJOYABLE clipped to 0
        assertThat(weights.effects().get(PyramidLevel.MEETS_NEEDS))
                .isCloseTo(0.5473553820815705, within(1e-12));
        assertThat(weights.effects().get(PyramidLevel.EASY))
                .isCloseTo(0.5014257560430128, within(1e-12));
        assertThat(weights.effects().get(PyramidLevel.ENJOYABLE))
                .isCloseTo(-0.2890626976092316, within(1e-12));
        assertThat(weights.weight(PyramidLevel.MEETS_NEEDS))
                .isCloseTo(0.5218966686036557, within(1e-12));
        assertThat(weights.weight(PyramidLevel.ENJOYABLE)).isZero();
        assertThat(weights.method()).isEqualTo("standardized-ols");
        assertThat(pyramid().weights(weights).build().index())
                .isCloseTo(40 * 0.5218966686036557 + 35 * 0.47810333139634426, within(1e-9));
    }

    @Test
    void loyaltyWeightsFindThePlantedLevel() {
        Property.check("planted loyalty effect", 20, trial -> {
            SplittableRandom random = trial.random();
            int n = 400;
            double[][] levels = new double[3][n];
            double[] loyalty = new double[n];
            int planted = trial.intIn(0, 2);
            for (int i = 0; i < n; i++) {
                for (int level = 0; level < 3; level++) {
                    levels[level][i] = 1 + random.nextInt(5);
                }
                loyalty[i] = 2 * levels[planted][i]
                        + 0.3 * levels[(planted + 1) % 3][i]
                        + random.nextGaussian();
            }

            PyramidWeights weights =
                    PyramidWeights.fromLoyalty(levels[0], levels[1], levels[2], loyalty);

            assertThat(weights.weight(PyramidLevel.values()[planted])).isGreaterThan(0.7);
            assertThat(weights.weights().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1, within(1e-12));
        });
    }

    @Test
    void rejectsBadInput() {
        double[] five = {1, 2, 3, 4, 5};
        double[] noisy = {2, 1, 4, 3, 5};
        double[] other = {5, 3, 1, 2, 4};

        assertThatThrownBy(() ->
                        PyramidWeights.fromLoyalty(five, noisy, other, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meetsNeeds");
        assertThatThrownBy(() ->
                        PyramidWeights.fromLoyalty(five, noisy, new double[] {3, 3, 3, 3, 3}, five))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enjoyable must vary");
        assertThatThrownBy(() -> PyramidWeights.fromLoyalty(
                        new double[] {1, 2, 3, 4},
                        new double[] {1, 2, 3, 4},
                        new double[] {1, 2, 3, 4},
                        new double[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 5");
        assertThatThrownBy(() -> PyramidWeights.fromLoyalty(five, five, other, noisy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collinear");
        assertThatThrownBy(() -> PyramidWeights.fromLoyalty(
                        five, noisy, other, new double[] {5, 4, 3, 2, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive effect");
        assertThatThrownBy(() -> PyramidWeights.fromLoyalty(
                        five, noisy, other, new double[] {1, 2, Double.NaN, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loyalty[2]");
        assertThatThrownBy(() -> new PyramidWeights(
                        Map.of(
                                PyramidLevel.MEETS_NEEDS,
                                0.5,
                                PyramidLevel.EASY,
                                0.2,
                                PyramidLevel.ENJOYABLE,
                                0.2),
                        "given",
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new PyramidWeights(
                        Map.of(PyramidLevel.MEETS_NEEDS, 1.0), "given", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EASY");
        assertThatThrownBy(() -> PyramidWeights.of(0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PyramidWeights.of(-1, 1, 1)).hasMessageContaining("MEETS_NEEDS");
        assertThatThrownBy(() -> CxPyramid.builder()
                        .question(PyramidLevel.MEETS_NEEDS, NEEDS)
                        .question(PyramidLevel.EASY, EASY_FIVE)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ENJOYABLE");
        assertThatThrownBy(() -> pyramid()
                        .question(PyramidLevel.EASY, ScoreHistogram.empty(Scale.CSAT))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question 2 of level EASY");
        assertThatThrownBy(() -> pyramid().boxSize(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 6 points");
        assertThatThrownBy(() -> CxPyramid.builder().boxSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
