package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

class CorrelationMatrixTest {

    @Test
    void pearsonAgreesWithHipparchusAndRSquaredWithOrdinaryLeastSquares() {
        Property.check("correlations and R^2", 50, trial -> {
            int p = trial.intIn(1, 5);
            int n = trial.intIn(p + 3, 80);
            double[][] columns = new double[p + 1][n];
            double[][] rows = new double[n][p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= p; j++) {
                    columns[j][i] =
                            trial.random().nextGaussian() + (j > 0 ? 0.5 * columns[j - 1][i] : 0);
                    if (j < p) {
                        rows[i][j] = columns[j][i];
                    }
                }
            }
            CorrelationMatrix r = CorrelationMatrix.of(
                            columns, IntStream.range(0, n).toArray())
                    .orElseThrow();
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(columns[p], rows);

            for (int a = 0; a <= p; a++) {
                for (int b = 0; b <= p; b++) {
                    assertThat(r.entry(a, b))
                            .isCloseTo(
                                    new PearsonsCorrelation().correlation(columns[a], columns[b]),
                                    within(1e-12));
                }
            }
            assertThat(r.rSquared().orElseThrow())
                    .isCloseTo(ols.calculateRSquared(), within(1e-10));
        });
    }

    @Test
    void rowsMayRepeatAsInABootstrapResample() {
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 1, 4, 3};

        assertThat(CorrelationMatrix.pearson(x, y, new int[] {0, 0, 1, 2, 3}))
                .isCloseTo(
                        new PearsonsCorrelation()
                                .correlation(
                                        new double[] {1, 1, 2, 3, 4}, new double[] {2, 2, 1, 4, 3}),
                        within(1e-15));
    }

    @Test
    void pairwiseDeletionSkipsRowsMissingEitherValue() {
        double nan = Double.NaN;
        double[] x = {1, 2, nan, 4, 5};
        double[] y = {2, nan, 7, 3, 6};

        assertThat(CorrelationMatrix.pearson(x, y, new int[] {0, 1, 2, 3, 4}))
                .isCloseTo(
                        new PearsonsCorrelation()
                                .correlation(new double[] {1, 4, 5}, new double[] {2, 3, 6}),
                        within(1e-15));
    }

    @Test
    void undefinedCorrelationsLeaveNoMatrix() {
        double[][] columns = {{1, 2, 3}, {5, 5, 5}};

        assertThat(CorrelationMatrix.pearson(columns[0], columns[1], new int[] {0, 1, 2}))
                .isNaN();
        assertThat(CorrelationMatrix.of(columns, new int[] {0, 1, 2})).isEmpty();
        assertThat(CorrelationMatrix.of(new double[][] {{1, 2, 3}, {1, 3, 2}}, new int[] {1, 1, 1}))
                .isEmpty();
    }

    @Test
    void singularDriverMatrixHasNoRSquared() {
        CorrelationMatrix collinear = CorrelationMatrix.ofEntries(
                new double[][] {{1, 1, 0.5}, {1, 1, 0.5}, {0.5, 0.5, 1}});

        assertThat(collinear.rSquared()).isEmpty();
        assertThat(collinear.withoutDriver(1).rSquared())
                .hasValueSatisfying(r2 -> assertThat(r2).isCloseTo(0.25, within(1e-15)));
    }
}
