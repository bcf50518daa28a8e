package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.ScoreAccumulator;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.score.WeightedScoreHistogram;
import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference cases from {@code /work/shared/reference/README.md} sections 1, 2 and 4 (published
 * values as fractions; cxkit reports points, so they are compared x100), and SciPy cases
 * computed by {@code src/test/resources/dev/cxkit/metrics/scipy_reference.py}.
 */
class NpsTest {

    private static final double SIX_DIGITS = 1e-4; // 1e-6 as a fraction is 1e-4 points

    @ParameterizedTest(name = "({0}, {1}, {2})")
    @CsvSource({
        // R package NPS (B. Rocks), its test expectations: D, Pa, P, NPS, V, SE
        "1, 2, 3, 0.333333, 0.555556, 0.304290",
        "1, 0, 1, 0, 1, 0.707107",
        "0, 1, 1, 0.5, 0.25, 0.353553",
        "1, 1, 1, 0, 0.666667, 0.471405",
    })
    void reproducesTheRPackageVarianceTable(
            long d, long pa, long p, double nps, double v, double se) {
        Nps sample = Nps.ofCounts(d, pa, p);
        assertThat(sample.n()).isEqualTo(d + pa + p);
        assertThat(sample.value()).isCloseTo(100 * nps, within(SIX_DIGITS));
        assertThat(sample.variance()).isCloseTo(v, within(1e-6));
        assertThat(sample.standardError()).isCloseTo(100 * se, within(SIX_DIGITS));
    }

    @Test
    void readsTheStandardBreaksFromAHistogram() {
        // 0..10: scores 0..6 detract, 7..8 are passive, 9..10 promote
        ScoreHistogram histogram = ScoreHistogram.of(Scale.NPS, 1, 0, 0, 0, 0, 0, 2, 3, 4, 5, 6);
        Nps nps = Nps.of(histogram);
        assertThat(nps.detractors()).isEqualTo(3);
        assertThat(nps.passives()).isEqualTo(7);
        assertThat(nps.promoters()).isEqualTo(11);
        assertThat(nps.detractorShare() + nps.passiveShare() + nps.promoterShare())
                .isCloseTo(1, within(1e-15));
        assertThat(nps.value()).isCloseTo(100.0 * 8 / 21, within(1e-12));
        assertThat(nps).isEqualTo(Nps.ofCounts(3, 7, 11)).hasSameHashCodeAs(Nps.ofCounts(3, 7, 11));
        assertThat(nps.isWeighted()).isFalse();
        assertThat(nps.effectiveN()).isEqualTo(21);
        assertThat(nps.designEffect()).isEqualTo(1);
    }

    @Test
    void readsCustomBreaksOnAFifteenPointScale() {
        // R package NPS: breaks (0, 6, 8, 15) on 1..15: detractor <= 6, passive 7..8, promoter >= 9
        Scale scale = Scale.of("nps15", 1, 15);
        NpsBreaks breaks = NpsBreaks.of(scale, 6, 9);
        ScoreAccumulator scores = ScoreAccumulator.create(scale);
        for (int score : new int[] {1, 6, 7, 8, 9, 15, 15, 12}) {
            scores.add(score);
        }
        Nps nps = Nps.of(scores.snapshot(), breaks);
        assertThat(nps).isEqualTo(Nps.ofCounts(2, 2, 4));
        assertThat(nps.value()).isCloseTo(25, within(1e-12));
    }

    @Test
    void breaksWithoutPassivesCountNone() {
        Scale scale = Scale.of("yes-no", 0, 1);
        Nps nps = Nps.of(ScoreHistogram.of(scale, 3, 5), NpsBreaks.of(scale, 0, 1));
        assertThat(nps).isEqualTo(Nps.ofCounts(3, 0, 5));
        WeightedScoreHistogram weighted =
                WeightedScoreAccumulator.create(scale).add(0, 2).add(1, 1).snapshot();
        assertThat(Nps.of(weighted, NpsBreaks.of(scale, 0, 1)).passives()).isZero();
    }

    @Test
    void reproducesTheWaldAdjustedWaldAndTangoIntervalsOfOneTwoThree() {
        Nps nps = Nps.ofCounts(1, 2, 3);
        assertInterval(nps.interval(NpsIntervalMethod.WALD, 0.95), -0.263065, 0.929731, "wald");
        assertInterval(
                nps.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95),
                -0.267433,
                0.711877,
                "adjusted-wald");
        assertThat(nps.adjustedScore()).isCloseTo(22.2222, within(SIX_DIGITS));
        assertInterval(nps.interval(NpsIntervalMethod.TANGO, 0.95), -0.311074, 0.753957, "tango");
        assertThat(nps.interval(0.95))
                .isEqualTo(nps.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95));
    }

    @Test
    void reproducesFagerlandEtAlTwentyOneResponses() {
        // Fagerland, Lydersen & Laake (2014): 7 detractors, 13 passives, 1 promoter
        Nps nps = Nps.ofCounts(7, 13, 1);
        assertInterval(nps.interval(NpsIntervalMethod.WALD, 0.95), -0.519709, -0.051720, "wald");
        assertInterval(
                nps.interval(NpsIntervalMethod.BONETT_PRICE, 0.95),
                -0.508359,
                -0.013380,
                "bonett-price");
        assertInterval(nps.interval(NpsIntervalMethod.TANGO, 0.95), -0.517232, -0.026003, "tango");
    }

    @Test
    void adjustedWaldIsClippedToTheScale() {
        Interval interval = Nps.ofCounts(0, 0, 2).interval(NpsIntervalMethod.ADJUSTED_WALD, 0.99);
        assertThat(interval.upper()).isEqualTo(100);
        assertThat(interval.lower()).isGreaterThan(-100);
    }

    @Test
    void tangoMatchesScipy() {
        // scipy_reference.py: brentq on Tango's Z(delta) = +-z
        assertInterval(
                Nps.ofCounts(2, 5, 13).interval(NpsIntervalMethod.TANGO, 0.90),
                0.2526218781,
                0.7447966495,
                "tango");
        assertInterval(
                Nps.ofCounts(30, 20, 50).interval(NpsIntervalMethod.TANGO, 0.99),
                -0.0305058210,
                0.4086299488,
                "tango");
        assertInterval(
                Nps.ofCounts(0, 3, 4).interval(NpsIntervalMethod.TANGO, 0.95),
                0.0146236020,
                0.8417801447,
                "tango");
    }

    @Test
    void adjustedWaldMatchesScipyWeightedPseudoObservations() {
        // scipy_reference.py: weighted mean and variance with (0.75, 1.5, 0.75) pseudo-weights
        Nps nps = Nps.ofCounts(5, 10, 20);
        assertThat(nps.adjustedScore()).isCloseTo(39.473684210526, within(1e-9));
        assertInterval(nps.interval(0.90), 0.1983758406, 0.5910978436, "adjusted-wald");
    }

    @Test
    void tangoClosedFormsWhenEveryoneIsInOneGroup() {
        double z2 = 1.959963984540054 * 1.959963984540054;
        // all promoters: lower (n - z^2)/(n + z^2), upper 1 (FORMULAS.md)
        assertInterval(
                Nps.ofCounts(0, 0, 10).interval(NpsIntervalMethod.TANGO, 0.95),
                (10 - z2) / (10 + z2),
                1,
                "tango");
        assertInterval(
                Nps.ofCounts(10, 0, 0).interval(NpsIntervalMethod.TANGO, 0.95),
                -1,
                -(10 - z2) / (10 + z2),
                "tango");
        assertInterval(
                Nps.ofCounts(0, 10, 0).interval(NpsIntervalMethod.TANGO, 0.95),
                -z2 / (10 + z2),
                z2 / (10 + z2),
                "tango");
    }

    @Test
    void reproducesTheSurveyWeightsCase() {
        // Reference README section 4
        int[] scores = {10, 9, 9, 8, 7, 6, 5, 10, 3, 9};
        double[] weights = {1, 2, .5, 1, 1.5, 1, 2, .5, 1, 1.5};
        WeightedScoreAccumulator accumulator = WeightedScoreAccumulator.create(Scale.NPS);
        for (int i = 0; i < scores.length; i++) {
            accumulator.add(scores[i], weights[i]);
        }
        Nps nps = Nps.of(accumulator.snapshot());
        assertThat(nps.isWeighted()).isTrue();
        assertThat(nps.n()).isEqualTo(10);
        assertThat(nps.value()).isCloseTo(12.5, within(1e-12));
        assertThat(nps.effectiveN()).isCloseTo(8.470588, within(1e-6));
        assertThat(nps.designEffect()).isCloseTo(1.180556, within(1e-6));
        assertThat(nps.standardError()).isCloseTo(30.2681, within(SIX_DIGITS));
        // scipy_reference.py: sqrt(n/(n-1) sum w^2 (x - NPS_w)^2) / sum w from the responses
        assertThat(nps.linearizationStandardError()).isCloseTo(32.36811440672616, within(1e-10));
    }

    @Test
    void weightedScoreIsExactForExactWeightShares() {
        // Regression: n_eff-scaled counts gave 50.000000000000014 for one promoter weighing
        // 1.5 and one detractor weighing 0.5; the weight shares are exactly 3/4 and 1/4.
        WeightedScoreAccumulator accumulator =
                WeightedScoreAccumulator.create(Scale.NPS).add(10, 1.5).add(0, 0.5);
        assertThat(Nps.of(accumulator.snapshot()).value()).isEqualTo(50.0);
    }

    @Test
    void unweightedLinearizationUsesNMinusOne() {
        Nps nps = Nps.ofCounts(1, 2, 3);
        assertThat(nps.linearizationStandardError())
                .isCloseTo(100 * Math.sqrt(nps.variance() / 5), within(1e-12));
    }

    @Test
    void emptySampleSaysSoAndRefusesStatistics() {
        Nps empty = Nps.of(ScoreHistogram.empty(Scale.NPS));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.n()).isZero();
        assertThat(empty.toString()).contains("empty");
        assertThatThrownBy(empty::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NPS");
        assertThatThrownBy(() -> empty.interval(0.95))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NPS");
        assertThatThrownBy(empty::promoterShare).isInstanceOf(IllegalStateException.class);
        Nps zeroWeight =
                Nps.of(WeightedScoreAccumulator.create(Scale.NPS).add(10, 0).snapshot());
        assertThat(zeroWeight.isEmpty()).isTrue();
        assertThat(zeroWeight.n()).isEqualTo(1);
        assertThatThrownBy(zeroWeight::standardError)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("total weight 0");
        assertThatThrownBy(Nps.ofCounts(0, 0, 1)::linearizationStandardError)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 2");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Nps.ofCounts(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("detractors must be >= 0, was -1");
        assertThatThrownBy(() -> Nps.ofCounts(0, -2, 0))
                .hasMessage("passives must be >= 0, was -2");
        assertThatThrownBy(() -> Nps.ofCounts(0, 0, -3))
                .hasMessage("promoters must be >= 0, was -3");
        assertThatThrownBy(() -> Nps.ofCounts(Long.MAX_VALUE, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detractors + passives + promoters must be at most");
        assertThatThrownBy(() -> Nps.of((ScoreHistogram) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("histogram");
        assertThatThrownBy(() -> Nps.of((WeightedScoreHistogram) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("histogram");
        assertThatThrownBy(() -> Nps.of(ScoreHistogram.empty(Scale.NPS), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("breaks");
        assertThatThrownBy(() -> Nps.of(ScoreHistogram.empty(Scale.CSAT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "histogram scale must be the breaks' scale nps 0..10, was csat 1..5");
        assertThatThrownBy(() -> Nps.of(WeightedScoreHistogram.empty(Scale.CES)))
                .isInstanceOf(IllegalArgumentException.class);
        Nps nps = Nps.ofCounts(1, 2, 3);
        assertThatThrownBy(() -> nps.interval(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence level must be in (0, 1), was 1.5");
        assertThatThrownBy(() -> nps.interval(null, 0.95))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("method");
    }

    @Test
    void breaksRejectBadInput() {
        assertThatThrownBy(() -> NpsBreaks.of(null, 6, 9))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("scale");
        assertThatThrownBy(() -> NpsBreaks.of(Scale.NPS, 11, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detractorMax must be in 0..10");
        assertThatThrownBy(() -> NpsBreaks.of(Scale.NPS, 6, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("promoterMin must be in 0..10");
        assertThatThrownBy(() -> NpsBreaks.of(Scale.NPS, 6, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("promoterMin must be > detractorMax (6), was 6");
        assertThat(NpsBreaks.STANDARD).isEqualTo(NpsBreaks.of(Scale.NPS, 6, 9));
    }

    /** Compares an interval in points with published bounds given as fractions. */
    static void assertInterval(Interval interval, double lower, double upper, String method) {
        assertThat(interval.lower()).as("lower").isCloseTo(100 * lower, within(SIX_DIGITS));
        assertThat(interval.upper()).as("upper").isCloseTo(100 * upper, within(SIX_DIGITS));
        assertThat(interval.level()).isBetween(0.0, 1.0);
        assertThat(interval.method()).isEqualTo(method);
    }
}
