package dev.cxkit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The three ways to create an estimate (without standard errors, with them, with the covariance
 * matrix), none of which takes null: what each reports, equality and the arguments each refuses.
 */
class MaximumLikelihoodEstimateTest {

    private static final List<String> NAMES = List.of("r", "alpha");

    private static MaximumLikelihoodEstimate withErrors(double r, boolean converged) {
        return MaximumLikelihoodEstimate.withStandardErrors(
                NAMES,
                new double[] {r, 4.4},
                new double[] {0.01, 0.2},
                -9582.4,
                120,
                30,
                converged);
    }

    private static MaximumLikelihoodEstimate withCovariance(double[][] covariance) {
        return MaximumLikelihoodEstimate.withCovariance(
                NAMES, new double[] {0.24, 4.4}, covariance, -9582.4, 120, 30, true);
    }

    @Test
    void anEstimateWithoutStandardErrorsSaysSo() {
        MaximumLikelihoodEstimate estimate = MaximumLikelihoodEstimate.withoutStandardErrors(
                NAMES, new double[] {0.24, 4.4}, -9582.4, 120, 30, false);
        assertThat(estimate.estimate("alpha")).isEqualTo(4.4);
        assertThat(estimate.standardError("r")).isEmpty();
        assertThat(estimate.covariance()).isEmpty();
        assertThat(estimate.converged()).isFalse();
        assertThat(estimate.toString()).contains("r=0.24, ").doesNotContain("(se");
    }

    @Test
    void standardErrorsComeGivenOrFromTheCovariance() {
        MaximumLikelihoodEstimate given = withErrors(0.24, true);
        assertThat(given.standardError("alpha")).hasValue(0.2);
        assertThat(given.covariance()).isEmpty();
        assertThat(given.toString()).contains("r=0.24 (se 0.01)", "converged=true");

        MaximumLikelihoodEstimate fromCovariance =
                withCovariance(new double[][] {{0.0001, -0.001}, {-0.001, 0.04}});
        assertThat(fromCovariance.standardError("r")).hasValue(0.01);
        assertThat(fromCovariance.standardError("alpha")).hasValue(0.2);
        assertThat(fromCovariance.covariance())
                .hasValueSatisfying(matrix -> assertThat(matrix)
                        .isDeepEqualTo(new double[][] {{0.0001, -0.001}, {-0.001, 0.04}}));
    }

    @Test
    void estimatesAreCopiedValues() {
        double[][] covariance = {{0.0001, 0}, {0, 0.04}};
        MaximumLikelihoodEstimate estimate = withCovariance(covariance);
        covariance[0][0] = 1;
        estimate.covariance().orElseThrow()[1][1] = 1;
        estimate.estimates()[0] = 1;
        assertThat(estimate.standardError("r")).hasValue(0.01);
        assertThat(estimate.covariance().orElseThrow()[1][1]).isEqualTo(0.04);
        assertThat(estimate.estimates()).containsExactly(0.24, 4.4);

        MaximumLikelihoodEstimate converged = withErrors(0.24, true);
        MaximumLikelihoodEstimate stalled = withErrors(0.24, false);
        new EqualsTester()
                .addEqualityGroup(converged, withErrors(0.24, true))
                .addEqualityGroup(stalled)
                .addEqualityGroup(withErrors(0.25, true))
                .addEqualityGroup(MaximumLikelihoodEstimate.withoutStandardErrors(
                        NAMES, new double[] {0.24, 4.4}, -9582.4, 120, 30, true))
                .addEqualityGroup(estimate, withCovariance(new double[][] {{0.0001, 0}, {0, 0.04}}))
                .testEquals();
        assertThat(converged.hashCode()).isNotEqualTo(stalled.hashCode());
    }

    @Test
    void refusesNullsAndSizesThatDoNotMatch() {
        assertThatThrownBy(() -> MaximumLikelihoodEstimate.withoutStandardErrors(
                        List.of("r"), new double[] {0.24, 4.4}, 0, 1, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("names and estimates must have the same length, were 1 and 2");
        assertThatThrownBy(() -> MaximumLikelihoodEstimate.withStandardErrors(
                        NAMES, new double[] {0.24, 4.4}, null, 0, 1, 1, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("standardErrors");
        assertThatThrownBy(() -> MaximumLikelihoodEstimate.withStandardErrors(
                        NAMES, new double[] {0.24, 4.4}, new double[] {0.1}, 0, 1, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standardErrors must have one value per estimate (2), had 1");
        assertThatThrownBy(() -> MaximumLikelihoodEstimate.withStandardErrors(
                        NAMES, new double[] {0.24, 4.4}, new double[] {0.1, -0.2}, 0, 1, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a standard error must be >= 0 and finite, was -0.2");
        assertThatThrownBy(() -> withCovariance(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("covariance");
        assertThatThrownBy(() -> withCovariance(new double[1][1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("covariance must be 2 x 2");
        assertThatThrownBy(() -> withCovariance(new double[][] {{1, 0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("covariance must be 2 x 2");
        assertThatThrownBy(() -> withCovariance(new double[][] {{1, Double.NaN}, {0, 1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("covariance entries must be finite, was NaN");
        assertThatThrownBy(() -> withCovariance(new double[][] {{1, 0}, {0, -1}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a variance must be >= 0, was -1.0");
        assertThatThrownBy(() -> withErrors(0.24, true).estimate("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be one of [r, alpha], was c");
    }
}
