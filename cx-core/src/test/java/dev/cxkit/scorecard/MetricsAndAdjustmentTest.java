package dev.cxkit.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.List;

/** SciPy values from {@code src/test/resources/dev/cxkit/metrics/scipy_reference.py}. */
class MetricsAndAdjustmentTest {

    private static final ScoreHistogram A = ScoreHistogram.of(Scale.CSAT, 2, 3, 5, 12, 8);
    private static final ScoreHistogram B = ScoreHistogram.of(Scale.CSAT, 6, 6, 8, 6, 4);

    @Test
    void meanMetricUsesWelchsTest() {
        // scipy.stats.ttest_ind(a, b, equal_var=False)
        Difference welch = ScoreMetric.csatMean().difference(A, B).orElseThrow();
        assertThat(welch.statistic()).isCloseTo(2.5658774022629216, within(1e-10));
        assertThat(welch.pValue()).isCloseTo(0.012938024966098763, within(1e-10));
        assertThat(welch.value()).isCloseTo(A.mean() - B.mean(), within(1e-12));
        assertThat(welch.method()).isEqualTo("welch");
        assertThat(ScoreMetric.csatMean().value(A)).isEqualTo(A.mean());
        assertThat(ScoreMetric.csatMean()
                        .interval(ScoreHistogram.of(Scale.CSAT, 0, 0, 1, 0, 0), 0.95))
                .isEmpty();
        assertThat(ScoreMetric.csatMean()
                        .difference(A, ScoreHistogram.of(Scale.CSAT, 0, 0, 1, 0, 0)))
                .isEmpty();
        assertThat(ScoreMetric.cesMean().scale()).isEqualTo(Scale.CES);
        assertThat(ScoreMetric.cesMean().name()).isEqualTo("CES mean");
    }

    @Test
    void topBoxMetricUsesTheUnpooledWaldTest() {
        // unpooled two-proportion Wald test of 20/30 against 10/30
        Difference wald = ScoreMetric.csat().difference(A, B).orElseThrow();
        assertThat(wald.value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(wald.standardError()).isCloseTo(0.12171612389003691, within(1e-12));
        assertThat(wald.pValue()).isCloseTo(0.00616989932054416, within(1e-10));
        Interval interval = ScoreMetric.csat().interval(A, 0.95).orElseThrow();
        assertThat(interval.method()).isEqualTo("wilson");
        assertThat(ScoreMetric.csat().value(A)).isCloseTo(20.0 / 30, within(1e-12));
        ScoreHistogram allTop = ScoreHistogram.of(Scale.CSAT, 0, 0, 0, 3, 3);
        assertThat(ScoreMetric.csat().difference(allTop, allTop)).isEmpty();
    }

    @Test
    void npsMetricSkipsUndefinedTests() {
        ScoreHistogram promoters = ScoreHistogram.of(Scale.NPS, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4);
        assertThat(ScoreMetric.nps().difference(promoters, ScoreHistogram.empty(Scale.NPS)))
                .isEmpty();
        assertThat(ScoreMetric.nps().value(promoters)).isEqualTo(100);
        assertThatThrownBy(() -> ScoreMetric.nps().value(ScoreHistogram.empty(Scale.NPS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NPS");
    }

    @Test
    void holmAndBenjaminiHochbergMatchScipy() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.2};
        assertThat(Adjustment.HOLM.adjust(p))
                .containsExactly(new double[] {0.04, 0.09, 0.09, 0.025, 0.2}, within(1e-12));
        // scipy.stats.false_discovery_control(p)
        assertThat(Adjustment.BENJAMINI_HOCHBERG.adjust(p))
                .containsExactly(new double[] {0.025, 0.05, 0.05, 0.025, 0.2}, within(1e-12));
        assertThat(Adjustment.BONFERRONI.adjust(p))
                .containsExactly(new double[] {0.05, 0.2, 0.15, 0.025, 1}, within(1e-12));
        assertThat(Adjustment.NONE.adjust(p)).containsExactly(p);
        assertThat(Adjustment.HOLM.adjust(new double[0])).isEmpty();
    }

    @Test
    void adjustedPValuesAreOrderedAndBounded() {
        Property.check("adjustments", trial -> {
            double[] p = new double[trial.intIn(1, 30)];
            for (int i = 0; i < p.length; i++) {
                p[i] = trial.doubleIn(0, 1);
            }
            double[] holm = Adjustment.HOLM.adjust(p);
            double[] bh = Adjustment.BENJAMINI_HOCHBERG.adjust(p);
            double[] bonferroni = Adjustment.BONFERRONI.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertThat(bh[i])
                        .isGreaterThanOrEqualTo(p[i] - 1e-15)
                        .isLessThanOrEqualTo(holm[i] + 1e-15);
                assertThat(holm[i]).isLessThanOrEqualTo(bonferroni[i]).isLessThanOrEqualTo(1);
            }
        });
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Adjustment.HOLM.adjust(new double[] {0.5, 1.5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pValues[1] must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> Adjustment.HOLM.adjust(null)).hasMessage("pValues");
        assertThatThrownBy(() -> ScoreMetric.nps(null, dev.cxkit.nps.NpsIntervalMethod.WALD))
                .hasMessage("breaks");
        assertThatThrownBy(() -> ScoreMetric.csat(Scale.CSAT, 6))
                .hasMessageContaining("topBoxMin must be in 1..5");
        assertThatThrownBy(() -> ScoreMetric.mean(Scale.CES, null)).hasMessage("name");
        assertThatThrownBy(() -> new Difference(Double.NaN, 1, 0, 0.5, "wald"))
                .hasMessage("value must be finite, was NaN");
        assertThatThrownBy(() -> new Difference(1, 0, 0, 0.5, "wald"))
                .hasMessage("standardError must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> new Difference(1, 1, 1, 2, "wald"))
                .hasMessage("pValue must be in [0, 1], was 2.0");
        Difference difference = new Difference(1, 1, 1, 0.3, "wald");
        assertThatThrownBy(() -> new RowComparison(List.of("a"), List.of(), 0.5, difference, -0.1))
                .hasMessage("adjustedPValue must be in [0, 1], was -0.1");
        assertThatThrownBy(() -> new RowComparison(List.of("a"), List.of(), 0.5, difference, 0.3)
                        .isSignificant(0))
                .hasMessage("alpha must be in (0, 1), was 0.0");
        assertThatThrownBy(() -> new ScorecardRow(
                        List.of(),
                        ScoreHistogram.empty(Scale.NPS),
                        0,
                        java.util.Optional.empty(),
                        false))
                .hasMessage("histogram of row [] must not be empty");
    }
}
