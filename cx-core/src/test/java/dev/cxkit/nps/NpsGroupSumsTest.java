package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

/**
 * {@link Nps#ofGroupSums}: the weighted NPS of the sums a query engine aggregates (counts and
 * weight sums per NPS group, one sum of squared weights) is the NPS of the responses' histogram,
 * statistic for statistic, and sums that no responses can have are refused.
 */
class NpsGroupSumsTest {

    @Test
    void everyStatisticIsThatOfTheResponsesHistogram() {
        Property.check("Nps.ofGroupSums of a histogram's sums", trial -> {
            WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
            int responses = trial.intIn(1, 300);
            // Weights over six orders of magnitude, some zero (a group may weigh nothing).
            double spread = trial.doubleIn(0, 6);
            for (int i = 0; i < responses; i++) {
                double weight = trial.random().nextInt(20) == 0
                        ? 0
                        : Math.pow(10, spread * trial.random().nextDouble());
                accumulator.add(trial.intIn(0, 10), weight);
            }
            WeightedScoreHistogram histogram = accumulator.snapshot();
            Nps expected = Nps.of(histogram);

            Nps actual = ofSumsOf(histogram);

            assertThat(actual.n()).isEqualTo(expected.n());
            assertThat(actual.detractors()).isEqualTo(expected.detractors());
            assertThat(actual.passives()).isEqualTo(expected.passives());
            assertThat(actual.promoters()).isEqualTo(expected.promoters());
            assertThat(actual.isWeighted()).isTrue();
            assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
            if (expected.isEmpty()) {
                return;
            }
            // Bit for bit: the same sums go through the same arithmetic.
            assertThat(actual.value()).isEqualTo(expected.value());
            assertThat(actual.promoterShare()).isEqualTo(expected.promoterShare());
            assertThat(actual.detractorShare()).isEqualTo(expected.detractorShare());
            assertThat(actual.passiveShare()).isEqualTo(expected.passiveShare());
            assertThat(actual.effectiveN()).isEqualTo(expected.effectiveN());
            assertThat(actual.designEffect()).isEqualTo(expected.designEffect());
            assertThat(actual.variance()).isEqualTo(expected.variance());
            assertThat(actual.standardError()).isEqualTo(expected.standardError());
            assertThat(actual.adjustedScore()).isEqualTo(expected.adjustedScore());
            for (NpsIntervalMethod method : NpsIntervalMethod.values()) {
                assertThat(actual.interval(method, 0.9)).isEqualTo(expected.interval(method, 0.9));
            }
        });
    }

    @Test
    void theSurveyWeightsCaseGivesThePublishedValues() {
        // Reference README section 4: scores 10 9 9 8 7 6 5 10 3 9, weights 1 2 .5 1 1.5 1 2 .5
        // 1 1.5; detractors 6, 5, 3 (weights 1, 2, 1), passives 8, 7 (1, 1.5), promoters 10, 9,
        // 9, 10, 9 (1, 2, .5, .5, 1.5).
        double squares = 1 + 4 + .25 + 1 + 2.25 + 1 + 4 + .25 + 1 + 2.25;
        Nps nps = Nps.ofGroupSums(3, 2, 5, 4, 2.5, 5.5, squares);

        assertThat(nps.n()).isEqualTo(10);
        assertThat(nps.value()).isEqualTo(12.5);
        assertThat(nps.effectiveN()).isCloseTo(8.470588, within(1e-6));
        assertThat(nps.designEffect()).isCloseTo(1.180556, within(1e-6));
        assertThat(nps.standardError()).isCloseTo(30.2681, within(1e-4));
    }

    @Test
    void linearizationNeedsTheSquaredWeightsOfEachGroup() {
        Nps nps = Nps.ofGroupSums(1, 1, 1, 1, 1, 1, 3);

        assertThatThrownBy(nps::linearizationStandardError)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("NPS linearization standard error needs the squared weights of each"
                        + " NPS group; this sample has only their total (Nps.ofGroupSums)");
    }

    @Test
    void zeroWeightIsAnEmptySample() {
        Nps nps = Nps.ofGroupSums(2, 0, 1, 0, 0, 0, 0);

        assertThat(nps.isEmpty()).isTrue();
        assertThat(nps.n()).isEqualTo(3);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThatThrownBy(nps::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("total weight 0");
    }

    @Test
    void equalWhenEverySumIsEqual() {
        Nps nps = Nps.ofGroupSums(1, 2, 3, 1, 2, 3, 6);

        assertThat(nps).isEqualTo(Nps.ofGroupSums(1, 2, 3, 1, 2, 3, 6));
        assertThat(nps).hasSameHashCodeAs(Nps.ofGroupSums(1, 2, 3, 1, 2, 3, 6));
        assertThat(nps).isNotEqualTo(Nps.ofGroupSums(1, 2, 3, 1, 2, 3, 7));
        assertThat(nps).isNotEqualTo(Nps.ofGroupSums(1, 2, 3, 1, 1.5, 3, 6));
        // Known per group, the squared weights are another sample's description.
        assertThat(nps)
                .isNotEqualTo(Nps.of(WeightedScoreAccumulator.create(Scale.NPS)
                        .add(0, 1)
                        .add(7, 1)
                        .add(8, 1)
                        .add(9, 1)
                        .add(10, 1)
                        .add(10, 1)
                        .snapshot()));
    }

    @Test
    void rejectsSumsNoResponsesCanHave() {
        assertThatThrownBy(() -> Nps.ofGroupSums(-1, 0, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("detractors must be >= 0, was -1");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 0, 1, 0, 0, -1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("promoterWeight must be finite and >= 0, was -1.0");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 1, 0, 0, Double.NaN, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("passiveWeight must be finite and >= 0, was NaN");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 0, 1, 0.5, 0, 1, 1.25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("detractorWeight must be 0 when there is no detractor, was 0.5");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 0, 1, 0, 0, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("squaredWeight must be finite and >= 0, was Infinity");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 0, 1, 0, 0, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("squaredWeight must be 0 exactly when the weights sum to 0, was 0.0"
                        + " for a weight sum of 2.0");
        assertThatThrownBy(() -> Nps.ofGroupSums(0, 0, 1, 0, 0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 1.0 for a weight sum of 0.0");
        // Counts past a long are refused as Nps.ofCounts refuses them.
        Throwable tooMany = catchThrowable(() -> Nps.ofCounts(Long.MAX_VALUE, 1, 0));
        assertThat(tooMany).isNotNull();
        assertThatThrownBy(() -> Nps.ofGroupSums(Long.MAX_VALUE, 1, 0, 1, 1, 0, 2))
                .isInstanceOf(tooMany.getClass())
                .hasMessage(tooMany.getMessage());
    }

    /**
     * Kish's effective n must lie in [1, n]: both ends are taken, and a sum past an end by more
     * than the rounding tolerance (relative 1e-9) is refused.
     */
    @Test
    void effectiveNMustLieBetweenOneAndN() {
        // Two responses of weight 1: sum w = 2, sum w^2 from 2 (n_eff = 2 = n) to 4 (n_eff = 1).
        assertThat(Nps.ofGroupSums(1, 0, 1, 1, 0, 1, 2).effectiveN()).isEqualTo(2);
        assertThat(Nps.ofGroupSums(1, 0, 1, 1, 0, 1, 4).effectiveN()).isEqualTo(1);
        assertThatThrownBy(() -> Nps.ofGroupSums(1, 0, 1, 1, 0, 1, 2 * (1 - 1e-8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("squaredWeight must give an effective n (sum w)^2 / sum w^2 in [1, 2],"
                        + " was 1.99999998 for a weight sum of 2.0");
        assertThatThrownBy(() -> Nps.ofGroupSums(1, 0, 1, 1, 0, 1, 4 * (1 + 1e-8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("in [1, 2], was 4.00000004");
    }

    /** The sums a query engine would hand over: per group, and the squares' total. */
    private static Nps ofSumsOf(WeightedScoreHistogram histogram) {
        double squares = histogram.squaredWeight(0);
        for (int score = 1; score <= 6; score++) {
            squares += histogram.squaredWeight(score);
        }
        // Nps.of(histogram) adds the squared weights group by group, in this order.
        double detractorSquares = squares;
        double passiveSquares = histogram.squaredWeight(7) + histogram.squaredWeight(8);
        double promoterSquares = histogram.squaredWeight(9) + histogram.squaredWeight(10);
        return Nps.ofGroupSums(
                histogram.unweighted().countBetween(0, 6),
                histogram.unweighted().countBetween(7, 8),
                histogram.unweighted().countBetween(9, 10),
                histogram.weightBetween(0, 6),
                histogram.weightBetween(7, 8),
                histogram.weightBetween(9, 10),
                detractorSquares + passiveSquares + promoterSquares);
    }
}
