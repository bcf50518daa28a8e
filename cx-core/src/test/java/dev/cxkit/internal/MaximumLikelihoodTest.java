package dev.cxkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.junit.jupiter.api.Test;

import java.util.List;

class MaximumLikelihoodTest {

    /** Gamma(shape k, rate l) sample summarised by n, sum x and sum ln x: its log-likelihood. */
    private static double gammaLogLikelihood(double[] p, double n, double sum, double sumLog) {
        double k = p[0];
        double l = p[1];
        return n * (k * Math.log(l) - org.hipparchus.special.Gamma.logGamma(k))
                + (k - 1) * sumLog
                - l * sum;
    }

    @Test
    void findsTheGammaMaximumAndItsStandardErrors() {
        double[] sample = {0.8, 1.9, 2.4, 0.6, 3.3, 1.1, 2.0, 0.9, 1.5, 4.2, 2.7, 1.3};
        double sum = 0;
        double sumLog = 0;
        for (double x : sample) {
            sum += x;
            sumLog += Math.log(x);
        }
        double n = sample.length;
        double s = sum;
        double sl = sumLog;
        MaximumLikelihoodEstimate fit = MaximumLikelihood.maximizePositive(
                List.of("shape", "rate"),
                new double[] {1, 1},
                p -> gammaLogLikelihood(p, n, s, sl));

        // Score equations: rate = shape / mean and ln(shape) - digamma(shape) = ln(mean) - mean(ln
        // x)
        double shape = fit.estimate("shape");
        double rate = fit.estimate("rate");
        assertThat(rate).isCloseTo(shape / (sum / n), within(1e-7));
        assertThat(Math.log(shape) - org.hipparchus.special.Gamma.digamma(shape))
                .isCloseTo(Math.log(sum / n) - sumLog / n, within(1e-7));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood())
                .isCloseTo(gammaLogLikelihood(new double[] {shape, rate}, n, s, sl), within(1e-9));
        // Inverse of the observed information n [[trigamma(k), -1/l], [-1/l, k/l^2]]: var(k) = k /
        // (n (k trigamma(k) - 1))
        double expected =
                Math.sqrt(shape / (n * (shape * org.hipparchus.special.Gamma.trigamma(shape) - 1)));
        assertThat(fit.standardError("shape").getAsDouble())
                .isCloseTo(expected, within(1e-4 * expected));
        assertThat(fit.evaluations()).isPositive();
        assertThat(fit.iterations()).isPositive();
        assertThat(fit.parameterNames()).containsExactly("shape", "rate");
    }

    @Test
    void matchesTheInverseObservedInformationOfAPoissonRate() {
        // Two independent Poisson samples: se(lambda) = sqrt(lambda / n) exactly at the maximum.
        MaximumLikelihoodEstimate fit = MaximumLikelihood.maximizePositive(
                List.of("first", "second"),
                new double[] {1, 1},
                p -> 40 * (3.5 * Math.log(p[0]) - p[0]) + 10 * (0.7 * Math.log(p[1]) - p[1]));
        assertThat(fit.estimate("first")).isCloseTo(3.5, within(1e-7));
        assertThat(fit.estimate("second")).isCloseTo(0.7, within(1e-7));
        assertThat(fit.standardError("first").getAsDouble())
                .isCloseTo(Math.sqrt(3.5 / 40), within(1e-5));
        assertThat(fit.standardError("second").getAsDouble())
                .isCloseTo(Math.sqrt(0.7 / 10), within(1e-5));
    }

    @Test
    void stepsAwayFromPointsWithoutLikelihood() {
        MaximumLikelihoodEstimate fit = MaximumLikelihood.maximizePositive(
                List.of("a", "b"),
                new double[] {1, 1},
                p -> p[0] > 5 ? Double.NaN : -(p[0] - 2) * (p[0] - 2) - (p[1] - 3) * (p[1] - 3));
        assertThat(fit.estimate("a")).isCloseTo(2, within(1e-6));
        assertThat(fit.estimate("b")).isCloseTo(3, within(1e-6));
    }

    @Test
    void reportsNoStandardErrorsWhereTheInformationIsSingular() {
        // The log-likelihood does not depend on b: the observed information has a zero row.
        MaximumLikelihoodEstimate fit = MaximumLikelihood.maximizePositive(
                List.of("a", "b"), new double[] {1, 1}, p -> -(p[0] - 2) * (p[0] - 2));
        assertThat(fit.estimate("a")).isCloseTo(2, within(1e-6));
        assertThat(fit.standardError("a")).isEmpty();
        assertThat(fit.standardError("b")).isEmpty();
        assertThat(fit.covariance()).isEmpty();
    }

    @Test
    void rejectsBadStarts() {
        assertThatThrownBy(() -> MaximumLikelihood.maximizePositive(
                        List.of("a", "b"), new double[] {1, 0}, p -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start b must be > 0 and finite, was 0.0");
        assertThatThrownBy(() -> MaximumLikelihood.maximizePositive(
                        List.of("a"), new double[] {1, 1}, p -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
        assertThatThrownBy(() ->
                        MaximumLikelihood.maximizePositive(List.of("a"), new double[] {1}, p -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 parameters");
    }
}
