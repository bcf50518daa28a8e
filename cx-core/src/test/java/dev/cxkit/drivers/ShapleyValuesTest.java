package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

class ShapleyValuesTest {

    @Test
    void exactValuesEqualTheAverageOverEveryOrderWithCholeskyRSquared() {
        Property.check("exact Shapley = permutation average", 60, trial -> {
            CorrelationMatrix correlations = randomCorrelations(trial.random(), trial.intIn(1, 6));

            double[] expected = byPermutations(correlations);
            double[] actual = ShapleyValues.exact(correlations);

            for (int j = 0; j < expected.length; j++) {
                assertThat(actual[j]).isCloseTo(expected[j], within(1e-10));
            }
        });
    }

    @Test
    void sampledValuesApproachTheExactOnesAndSumToRSquared() {
        CorrelationMatrix correlations = randomCorrelations(new SplittableRandom(4), 7);
        double[] exact = ShapleyValues.exact(correlations);

        double[] sampled = ShapleyValues.sampled(correlations, 20_000, new SplittableRandom(5));

        for (int j = 0; j < exact.length; j++) {
            assertThat(sampled[j]).isCloseTo(exact[j], within(0.005));
        }
        assertThat(IntStream.range(0, 7).mapToDouble(j -> sampled[j]).sum())
                .isCloseTo(correlations.rSquared().orElseThrow(), within(1e-12));
    }

    @Test
    void exactValuesAreLimitedToTwentyDrivers() {
        assertThatThrownBy(
                        () -> ShapleyValues.exact(randomCorrelations(new SplittableRandom(1), 21)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exact Shapley values need at most 20 drivers, were 21");
    }

    /** Correlations of p drivers and an outcome sampled from a random linear model. */
    static CorrelationMatrix randomCorrelations(SplittableRandom random, int p) {
        int n = 4 * p + 30;
        double[][] columns = new double[p + 1][n];
        for (int i = 0; i < n; i++) {
            double common = random.nextGaussian();
            double y = random.nextGaussian();
            for (int j = 0; j < p; j++) {
                columns[j][i] = common * random.nextDouble() + random.nextGaussian();
                y += (random.nextDouble() - 0.3) * columns[j][i];
            }
            columns[p][i] = y;
        }
        return CorrelationMatrix.of(columns, IntStream.range(0, n).toArray()).orElseThrow();
    }

    /** Mean R^2 increment over all p! orders, each R^2 by Hipparchus' Cholesky solve. */
    private static double[] byPermutations(CorrelationMatrix correlations) {
        int p = correlations.drivers();
        double[] phi = new double[p];
        List<int[]> orders = new ArrayList<>();
        permutations(new int[0], p, orders);
        for (int[] order : orders) {
            double before = 0;
            for (int k = 1; k <= p; k++) {
                int[] entered = IntStream.concat(
                                IntStream.of(Arrays.copyOf(order, k)), IntStream.of(p))
                        .toArray();
                double after = correlations.select(entered).rSquared().orElseThrow();
                phi[order[k - 1]] += after - before;
                before = after;
            }
        }
        for (int j = 0; j < p; j++) {
            phi[j] /= orders.size();
        }
        return phi;
    }

    private static void permutations(int[] prefix, int p, List<int[]> out) {
        if (prefix.length == p) {
            out.add(prefix);
            return;
        }
        for (int j = 0; j < p; j++) {
            int candidate = j;
            if (IntStream.of(prefix).noneMatch(v -> v == candidate)) {
                int[] next = Arrays.copyOf(prefix, prefix.length + 1);
                next[prefix.length] = j;
                permutations(next, p, out);
            }
        }
    }
}
