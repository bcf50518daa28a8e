package dev.cxkit.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/** Reference values: sec. 8 of the reference cases and {@code r-reference.R} (R survival). */
class KaplanMeierTest {

    private static final Offset<Double> E6 = within(1e-6);
    private static final Offset<Double> E9 = within(1e-9);

    @Test
    void reproducesKaplanAndMeier1958() {
        KaplanMeier km = SurvivalData.kaplanMeier1958();
        double[] expected = {0.875, 0.875, 0.875, 0.700, 0.525, 0.525, 0.2625, 0.2625};
        for (int i = 0; i < expected.length; i++) {
            assertThat(km.survival(SurvivalData.KAPLAN_MEIER_TIMES[i])).isCloseTo(expected[i], E9);
        }
        assertThat(km.standardError(3.1)).isCloseTo(0.1823458, E6);
        assertThat(km.standardError(9.2)).isCloseTo(0.2118280, E6);
        assertThat(km.median()).hasValue(9.2);
    }

    @Test
    void kaplanMeier1958LogLogIntervalsAndRestrictedMeanMatchR() {
        KaplanMeier km = SurvivalData.kaplanMeier1958();
        assertInterval(km, 0.8, ConfidenceType.LOG_LOG, 0.3870000140320, 0.981392965879);
        assertInterval(km, 3.1, ConfidenceType.LOG_LOG, 0.2247906640337, 0.918298628597);
        assertInterval(km, 5.4, ConfidenceType.LOG_LOG, 0.1221261516925, 0.820814269739);
        assertInterval(km, 9.2, ConfidenceType.LOG_LOG, 0.0127311487936, 0.663680821341);
        RestrictedMean rmean = km.restrictedMean(10);
        assertThat(rmean.value()).isCloseTo(6.6275, E9);
        assertThat(rmean.standardError()).isCloseTo(1.3271602084, E9);
        MedianInterval median = km.medianInterval(ConfidenceType.LOG_LOG, 0.95);
        assertThat(median.lower()).hasValue(0.8);
        assertThat(median.upper()).isEmpty();
    }

    @Test
    void reproducesAmlMaintainedGroup() {
        KaplanMeier km = SurvivalData.amlMaintained();
        double[] times = {9, 13, 18, 23, 31, 34, 48};
        double[] survival = {0.909091, 0.818182, 0.715909, 0.613636, 0.490909, 0.368182, 0.184091};
        double[] standardError = {
            0.0866784172041,
            0.1162912998303,
            0.1396649705572,
            0.1526323310273,
            0.1641932672211,
            0.1626688858271,
            0.1534927457863
        };
        for (int i = 0; i < times.length; i++) {
            assertThat(km.survival(times[i])).isCloseTo(survival[i], E6);
            assertThat(km.standardError(times[i])).isCloseTo(standardError[i], E9);
        }
        assertThat(km.median()).hasValue(31);
        assertInterval(km, 31, ConfidenceType.LOG, 0.254860, 0.945585);
    }

    @Test
    void amlMaintainedIntervalsOfEachTypeMatchR() {
        KaplanMeier km = SurvivalData.amlMaintained();
        assertInterval(km, 9, ConfidenceType.LOG, 0.7541338450815, 1.0);
        assertInterval(km, 48, ConfidenceType.LOG, 0.0359178984892, 0.943525769475);
        assertInterval(km, 9, ConfidenceType.LOG_LOG, 0.5080802057699, 0.986673822668);
        assertInterval(km, 34, ConfidenceType.LOG_LOG, 0.0928295749370, 0.657040832398);
        assertInterval(km, 48, ConfidenceType.LOG_LOG, 0.0117384801232, 0.525014842727);
        assertInterval(km, 18, ConfidenceType.PLAIN, 0.4421707787151, 0.989647403103);
        assertInterval(km, 48, ConfidenceType.PLAIN, 0.0, 0.484931162720);
    }

    @Test
    void amlMaintainedMedianIntervalsAndRestrictedMeanMatchR() {
        KaplanMeier km = SurvivalData.amlMaintained();
        assertMedianInterval(km, ConfidenceType.LOG, OptionalDouble.of(18), OptionalDouble.empty());
        assertMedianInterval(
                km, ConfidenceType.LOG_LOG, OptionalDouble.of(13), OptionalDouble.empty());
        assertMedianInterval(
                km, ConfidenceType.PLAIN, OptionalDouble.of(18), OptionalDouble.of(48));
        RestrictedMean rmean = km.restrictedMean(40);
        assertThat(rmean.value()).isCloseTo(28.89772727273, E9);
        assertThat(rmean.standardError()).isCloseTo(3.46757767889, E9);
        assertThat(rmean.horizon()).isEqualTo(40);
    }

    @Test
    void curveThatReachesZeroHasZeroVarianceThereAndMatchesRElsewhere() {
        KaplanMeier km = SurvivalData.amlNonmaintained();
        assertThat(km.survival(45)).isZero();
        assertThat(km.variance(45)).isZero();
        assertThat(km.interval(45, ConfidenceType.LOG, 0.95))
                .isEqualTo(new Interval(0, 0, 0.95, "log", Interval.Unit.FRACTION));
        assertThat(km.median()).hasValue(23);
        assertMedianInterval(km, ConfidenceType.LOG, OptionalDouble.of(8), OptionalDouble.empty());
        RestrictedMean rmean = km.restrictedMean(50);
        assertThat(rmean.value()).isCloseTo(22.70833333333, E9);
        assertThat(rmean.standardError()).isCloseTo(4.18094198103, E9);
    }

    @Test
    void medianIsTheMidpointWhereTheCurveStaysAtOneHalf() {
        KaplanMeier km =
                KaplanMeier.fit(new double[] {1, 2, 3, 4}, new boolean[] {true, true, true, true});
        assertThat(km.survival(2.5)).isEqualTo(0.5);
        assertThat(km.median()).hasValue(2.5);
        assertMedianInterval(km, ConfidenceType.LOG, OptionalDouble.of(1), OptionalDouble.empty());
        assertThat(km.restrictedMean(4).standardError()).isCloseTo(0.559016994375, E9);
    }

    @Test
    void tiedEventsAndCensoringsMatchR() {
        KaplanMeier km = Strata.of(java.util.Map.of(
                        "a",
                        SurvivalData.tied(0),
                        "b",
                        SurvivalData.tied(1),
                        "c",
                        SurvivalData.tied(2)))
                .pooled()
                .kaplanMeier();
        List<SurvivalStep> steps = km.steps();
        assertThat(steps.get(1)).satisfies(step -> {
            assertThat(step.time()).isEqualTo(2);
            assertThat(step.atRisk()).isEqualTo(26);
            assertThat(step.events()).isEqualTo(2);
            assertThat(step.censored()).isEqualTo(2);
            assertThat(step.survival()).isCloseTo(0.8594164456233, E9);
            assertThat(step.standardError()).isCloseTo(0.0652217625045, E9);
        });
        assertInterval(km, 3, ConfidenceType.LOG_LOG, 0.53275036402133, 0.868380843639);
        assertInterval(km, 12, ConfidenceType.LOG_LOG, 0.00680249247743, 0.345099525922);
        assertThat(km.survival(11.5)).isCloseTo(0.1996715927750, E9);
        assertThat(km.median()).hasValue(7);
        assertMedianInterval(
                km, ConfidenceType.LOG_LOG, OptionalDouble.of(4), OptionalDouble.of(11));
        RestrictedMean rmean = km.restrictedMean(9);
        assertThat(rmean.value()).isCloseTo(6.153596594976, E9);
        assertThat(rmean.standardError()).isCloseTo(0.567569976708, E9);
    }

    @Test
    void curveIsOneBeforeTheFirstEventAndNotEstimatedAfterTheLastFollowUp() {
        KaplanMeier km = SurvivalData.kaplanMeier1958();
        assertThat(km.survival(0.5)).isEqualTo(1);
        assertThat(km.survival(-3)).isEqualTo(1);
        assertThat(km.variance(0.5)).isZero();
        assertThat(km.interval(0.5, ConfidenceType.PLAIN, 0.9))
                .isEqualTo(new Interval(1, 1, 0.9, "plain", Interval.Unit.FRACTION));
        // km-extend-reference.R: summary(survfit, times = c(0.5, 9.2, 12.1, 13, 1e9)) reports
        // 0.5, 9.2 and the last follow-up 12.1 (a censoring), and leaves 13 and 1e9 out
        assertThat(km.lastFollowUp()).isEqualTo(12.1);
        assertThat(km.isEstimatedAt(12.1)).isTrue();
        assertThat(km.isEstimatedAt(-3)).isTrue();
        assertThat(km.isEstimatedAt(Math.nextUp(12.1))).isFalse();
        assertThat(km.survival(12.1)).isEqualTo(0.2625);
        assertThat(km.standardError(12.1)).isCloseTo(0.211828, within(5e-7));
        assertThat(km.interval(12.1, ConfidenceType.LOG, 0.95).lower())
                .isCloseTo(0.05398095, within(5e-9));
        for (double after : new double[] {13, 1e9, Double.POSITIVE_INFINITY}) {
            assertNotEstimated(() -> km.survival(after), "survival", after);
            assertNotEstimated(() -> km.variance(after), "variance", after);
            assertNotEstimated(() -> km.standardError(after), "standard error", after);
            assertNotEstimated(
                    () -> km.interval(after, ConfidenceType.LOG, 0.95),
                    "confidence interval",
                    after);
        }
        // the restricted mean extends the curve flat to its horizon, as R's rmean does
        assertThat(km.restrictedMean(0.5).value()).isEqualTo(0.5);
        assertThat(km.restrictedMean(0).value()).isZero();
    }

    private static void assertNotEstimated(ThrowingCallable call, String statistic, double time) {
        assertThatThrownBy(call)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time must be at most the last follow-up 12.1: Kaplan-Meier "
                        + statistic + " is not estimated after it, was " + time);
    }

    @Test
    void confidenceTypesAreNamedAsInR() {
        assertThat(ConfidenceType.byName("log-log")).isEqualTo(ConfidenceType.LOG_LOG);
        assertThat(ConfidenceType.byName("Plain")).isEqualTo(ConfidenceType.PLAIN);
        assertThat(ConfidenceType.LOG.label()).isEqualTo("log");
    }

    @Test
    void restrictedMeanIntervalIsNormalAndInsideTheHorizon() {
        RestrictedMean rmean = SurvivalData.amlMaintained().restrictedMean(40);
        Interval ci = rmean.interval(0.95);
        assertThat(ci.lower()).isCloseTo(28.89772727273 - 1.959963985 * 3.46757767889, E6);
        assertThat(ci.upper()).isCloseTo(28.89772727273 + 1.959963985 * 3.46757767889, E6);
        assertThat(ci.method()).isEqualTo("wald");
        assertThat(SurvivalData.amlMaintained().restrictedMean(9).interval(0.95).upper())
                .isEqualTo(9);
    }

    @Test
    void widerLevelGivesWiderInterval() {
        KaplanMeier km = SurvivalData.amlMaintained();
        for (ConfidenceType type : ConfidenceType.values()) {
            Interval narrow = km.interval(31, type, 0.8);
            Interval wide = km.interval(31, type, 0.99);
            assertThat(wide.lower()).isLessThan(narrow.lower());
            assertThat(wide.upper()).isGreaterThan(narrow.upper());
            assertThat(narrow.contains(km.survival(31))).isTrue();
        }
    }

    @Test
    void survivalIsNonIncreasingInTheUnitIntervalAndInsideItsIntervals() {
        Property.check("survival non-increasing in [0, 1]", 100, trial -> {
            int n = trial.intIn(1, 200);
            double[] durations = new double[n];
            boolean[] events = new boolean[n];
            for (int i = 0; i < n; i++) {
                durations[i] = trial.random().nextInt(30);
                events[i] = trial.random().nextBoolean();
            }
            KaplanMeier km = KaplanMeier.fit(durations, events);
            double previous = 1;
            for (SurvivalStep step : km.steps()) {
                assertThat(step.survival()).isBetween(0.0, previous);
                assertThat(step.standardError()).isGreaterThanOrEqualTo(0);
                for (ConfidenceType type : ConfidenceType.values()) {
                    Interval ci = km.interval(step.time(), type, 0.95);
                    assertThat(ci.lower()).isBetween(0.0, step.survival());
                    assertThat(ci.upper()).isBetween(step.survival(), 1.0);
                }
                previous = step.survival();
            }
            RestrictedMean rmean = km.restrictedMean(30);
            assertThat(rmean.value()).isBetween(0.0, 30.0);
        });
    }

    @Test
    void emptyCurveSaysSoAndRefusesEveryStatistic() {
        KaplanMeier km = KaplanMeier.of(RiskSets.empty());
        assertThat(km.isEmpty()).isTrue();
        assertEmpty(km, k -> k.survival(1), "survival");
        assertEmpty(km, k -> k.variance(1), "variance");
        assertEmpty(km, k -> k.standardError(1), "standard error");
        assertEmpty(km, k -> k.interval(1, ConfidenceType.LOG, 0.95), "confidence interval");
        assertEmpty(km, KaplanMeier::lastFollowUp, "last follow-up");
        assertEmpty(km, k -> k.isEstimatedAt(1), "last follow-up");
        assertEmpty(km, KaplanMeier::median, "median");
        assertEmpty(km, k -> k.medianInterval(ConfidenceType.LOG, 0.95), "median interval");
        assertEmpty(km, k -> k.restrictedMean(10), "restricted mean");
        assertEmpty(km, KaplanMeier::steps, "steps");
    }

    @Test
    void rejectsBadArguments() {
        KaplanMeier km = SurvivalData.amlMaintained();
        assertThatThrownBy(() -> km.survival(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time");
        assertThatThrownBy(() -> km.interval(10, ConfidenceType.LOG, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level")
                .hasMessageContaining("1.0");
        assertThatThrownBy(() -> km.medianInterval(ConfidenceType.LOG, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> km.restrictedMean(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> km.interval(10, null, 0.95))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> KaplanMeier.fit(new double[] {1, -2}, new boolean[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("durations[1]")
                .hasMessageContaining("-2.0");
        assertThatThrownBy(() -> KaplanMeier.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("riskSets");
        assertThatThrownBy(() -> km.restrictedMean(40).interval(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> ConfidenceType.byName("arcsine"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain, log, log-log")
                .hasMessageContaining("'arcsine'");
    }

    @Test
    void resultRecordsRejectBadValues() {
        assertThatThrownBy(() -> new RestrictedMean(10, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new RestrictedMean(10, 5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new MedianInterval(
                        OptionalDouble.empty(), OptionalDouble.empty(), 95, ConfidenceType.LOG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("95.0");
        assertThatThrownBy(() ->
                        new MedianInterval(null, OptionalDouble.empty(), 0.95, ConfidenceType.LOG))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("lower");
    }

    @Test
    void valueSemantics() {
        assertThat(SurvivalData.amlMaintained())
                .isEqualTo(SurvivalData.amlMaintained())
                .hasSameHashCodeAs(SurvivalData.amlMaintained())
                .isNotEqualTo(SurvivalData.amlNonmaintained());
    }

    private static void assertInterval(
            KaplanMeier km, double time, ConfidenceType type, double lower, double upper) {
        Interval ci = km.interval(time, type, 0.95);
        assertThat(ci.lower()).as("lower at %s (%s)", time, type).isCloseTo(lower, E6);
        assertThat(ci.upper()).as("upper at %s (%s)", time, type).isCloseTo(upper, E6);
    }

    private static void assertMedianInterval(
            KaplanMeier km, ConfidenceType type, OptionalDouble lower, OptionalDouble upper) {
        assertThat(km.medianInterval(type, 0.95))
                .isEqualTo(new MedianInterval(lower, upper, 0.95, type));
    }

    private static void assertEmpty(KaplanMeier km, Consumer<KaplanMeier> statistic, String name) {
        assertThatThrownBy(() -> statistic.accept(km))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("empty");
    }
}
