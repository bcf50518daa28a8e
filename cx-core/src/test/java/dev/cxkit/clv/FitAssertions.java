package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.MaximumLikelihoodEstimate;

/** Assertions on fits of simulated data. */
final class FitAssertions {

    private FitAssertions() {}

    /** Asserts that each estimate is within {@code errors} of its own standard errors of the truth. */
    static void assertRecovers(ModelFit<?> fit, double[] truth, double errors) {
        assertThat(fit.converged()).isTrue();
        MaximumLikelihoodEstimate estimate = fit.estimate();
        for (int i = 0; i < truth.length; i++) {
            String name = estimate.parameterNames().get(i);
            double standardError = estimate.standardError(name).orElseThrow();
            assertThat(estimate.estimate(name))
                    .as(name)
                    .isCloseTo(truth[i], within(errors * standardError));
        }
    }
}
