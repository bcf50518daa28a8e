package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

/**
 * {@code cx_nps_weighted} aggregates the squared weights of a group once, not per NPS group;
 * {@link Finishers#shareSquares} shares that total out among detractors, passives and
 * promoters. Every statistic the struct reports must be the one of the true per-group sums.
 */
class SharedSquaresTest {

    private static final int[] NPS_GROUPS = {0, 7, 9};
    private static final double TOLERANCE = 1e-12;

    @Test
    void weightedNpsOfSharedSquaresIsThatOfTheRows() {
        Property.check("shared squared weights", trial -> {
            long[] counts = new long[3];
            double[] weights = new double[3];
            double[] squares = new double[3];
            int rows = trial.intIn(1, 200);
            // Weights from 0 (a group may hold only zero weights) over six orders of magnitude.
            double spread = trial.doubleIn(0, 6);
            for (int row = 0; row < rows; row++) {
                int group = trial.intIn(0, 2);
                double weight = trial.random().nextInt(20) == 0
                        ? 0
                        : Math.pow(10, spread * trial.random().nextDouble());
                counts[group]++;
                weights[group] += weight;
                squares[group] += weight * weight;
            }
            double total = squares[0] + squares[1] + squares[2];

            double[] shared = Finishers.shareSquares(counts, weights, total);

            assertThat(shared[0] + shared[1] + shared[2]).isCloseTo(total, within(total * 1e-14));
            WeightedScoreHistogram truth = histogram(counts, weights, squares);
            WeightedScoreHistogram rebuilt = histogram(counts, weights, shared);
            assertSameStruct(Nps.of(rebuilt), Nps.of(truth));
        });
    }

    @Test
    void oneRowPerGroupGetsItsOwnSquare() {
        double[] shared = Finishers.shareSquares(
                new long[] {1, 0, 1}, new double[] {1.5, 0, 0.5}, 1.5 * 1.5 + 0.5 * 0.5);

        assertThat(shared).containsExactly(2.25, 0, 0.25);
    }

    @Test
    void groupsOfZeroWeightGetNoSquares() {
        double[] shared = Finishers.shareSquares(new long[] {2, 3, 0}, new double[] {0, 0, 0}, 0);

        assertThat(shared).containsExactly(0, 0, 0);
    }

    private static WeightedScoreHistogram histogram(
            long[] counts, double[] weights, double[] squares) {
        long[] perScore = new long[Scale.NPS.points()];
        double[] weightSums = new double[perScore.length];
        double[] squareSums = new double[perScore.length];
        for (int group = 0; group < NPS_GROUPS.length; group++) {
            perScore[NPS_GROUPS[group]] = counts[group];
            weightSums[NPS_GROUPS[group]] = weights[group];
            squareSums[NPS_GROUPS[group]] = squares[group];
        }
        return WeightedScoreHistogram.of(Scale.NPS, perScore, weightSums, squareSums);
    }

    /** The fields of the {@code cx_nps_weighted} struct, for every interval method. */
    private static void assertSameStruct(Nps actual, Nps expected) {
        assertThat(actual.n()).isEqualTo(expected.n());
        assertThat(actual.detractors()).isEqualTo(expected.detractors());
        assertThat(actual.passives()).isEqualTo(expected.passives());
        assertThat(actual.promoters()).isEqualTo(expected.promoters());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        if (expected.isEmpty()) {
            return;
        }
        assertThat(actual.value()).isEqualTo(expected.value());
        assertThat(actual.effectiveN())
                .isCloseTo(expected.effectiveN(), within(TOLERANCE * expected.effectiveN()));
        for (NpsIntervalMethod method : NpsIntervalMethod.values()) {
            Interval interval = actual.interval(method, CxFunctions.DEFAULT_LEVEL);
            Interval reference = expected.interval(method, CxFunctions.DEFAULT_LEVEL);
            assertThat(interval.lower()).isCloseTo(reference.lower(), within(TOLERANCE * 100));
            assertThat(interval.upper()).isCloseTo(reference.upper(), within(TOLERANCE * 100));
        }
    }
}
