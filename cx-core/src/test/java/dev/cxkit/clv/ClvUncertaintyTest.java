package dev.cxkit.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.MaximumLikelihoodEstimate;

import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;

class ClvUncertaintyTest {

    /**
     * clv_reference.txt: the delta method with SciPy's inverse Hessian at its Pareto/NBD fit on
     * CDNOW: E[X(39)] 1.2134081 (se 0.0504579); E[Y(39) | 2, 30.43, 38.86] 1.4551131 (se 0.0966633).
     */
    @Test
    void deltaMethodMatchesIndependentComputationOnCdnow() {
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.fit(CdnowData.summaryPatterns());
        ClvUncertainty.Prediction unconditional =
                ClvUncertainty.expectedTransactions(fit, 39, 0.95);
        assertThat(unconditional.value()).isCloseTo(1.2134081, within(1e-4));
        assertThat(unconditional.standardError()).isCloseTo(0.0504579, within(0.0504579 * 0.01));
        ClvUncertainty.Prediction conditional = ClvUncertainty.conditionalExpectedTransactions(
                fit, 39, RfmSummary.of(2, 30.43, 38.86), 0.95);
        assertThat(conditional.value()).isCloseTo(1.4551131, within(1e-4));
        assertThat(conditional.standardError()).isCloseTo(0.0966633, within(0.0966633 * 0.01));
        double spread =
                Math.exp(Confidence.z(0.95) * conditional.standardError() / conditional.value());
        assertThat(conditional.interval().lower())
                .isCloseTo(conditional.value() / spread, within(1e-12));
        assertThat(conditional.interval().upper())
                .isCloseTo(conditional.value() * spread, within(1e-12));
        assertThat(conditional.interval().method()).isEqualTo("delta-log");
    }

    @Test
    void totalValueCarriesTheSharedParameterUncertainty() {
        List<RfmSummary> customers = CdnowData.customersWithValue();
        ModelFit<BgNbdModel> purchases = BgNbdModel.fit(RfmPatterns.of(customers));
        ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(customers);
        DiscountSchedule year = DiscountSchedule.monthly(12, 0.01, ChronoUnit.WEEKS);
        List<RfmSummary> some = customers.subList(0, 40);
        ClvUncertainty.Prediction total =
                ClvUncertainty.totalCustomerLifetimeValue(purchases, spend, some, year, 0.9);
        double sum = 0;
        double sumOfErrors = 0;
        for (RfmSummary customer : some) {
            ClvUncertainty.Prediction one =
                    ClvUncertainty.customerLifetimeValue(purchases, spend, customer, year, 0.9);
            assertThat(one.value())
                    .isEqualTo(CustomerLifetimeValue.of(
                            purchases.model(), spend.model(), customer, year));
            assertThat(one.interval().contains(one.value())).isTrue();
            sum += one.value();
            sumOfErrors += one.standardError();
        }
        assertThat(total.value()).isCloseTo(sum, within(1e-9 * sum));
        // the customers' errors are driven by the same parameters: the total's error is at most
        // their sum
        assertThat(total.standardError())
                .isPositive()
                .isLessThanOrEqualTo(sumOfErrors * (1 + 1e-9));
        assertThat(total.interval().level()).isEqualTo(0.9);
    }

    @Test
    void refusesAFitWithoutCovariance() {
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(CdnowData.summaryPatterns());
        ModelFit<BgNbdModel> withoutCovariance = new ModelFit<>(
                fit.model(),
                MaximumLikelihoodEstimate.withoutStandardErrors(
                        fit.estimate().parameterNames(),
                        fit.estimate().estimates(),
                        fit.estimate().logLikelihood(),
                        fit.estimate().evaluations(),
                        fit.estimate().iterations(),
                        fit.estimate().converged()));
        assertThatThrownBy(() -> ClvUncertainty.expectedTransactions(withoutCovariance, 39, 0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no covariance");
        assertThatThrownBy(() -> ClvUncertainty.expectedTransactions(fit, 39, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level");
    }
}
