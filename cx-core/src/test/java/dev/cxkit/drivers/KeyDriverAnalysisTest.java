package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.stats.Interval;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

class KeyDriverAnalysisTest {

    private static final KeyDriverAnalysis QUICK =
            KeyDriverAnalysis.builder().bootstrapResamples(200).build();
    private static final KeyDriverAnalysis POINT_ESTIMATES =
            KeyDriverAnalysis.builder().bootstrapResamples(0).build();

    @Test
    void plantedStrongestDriverIsReportedFirstAndIrrelevantOneDoesNotBeatNoise() {
        SplittableRandom random = new SplittableRandom(42);
        DriverData data = SyntheticSurvey.of(
                        random, 600, new double[] {0.2, 0.35, 0.05, 0.8, 0.1}, 0.4, 1.0)
                .driver("unrelated", random.doubles(600).toArray())
                .build();

        DriverReport report = QUICK.analyze(data);

        assertThat(report.drivers().get(0).name()).isEqualTo("d3");
        assertThat(report.drivers().get(1).name()).isEqualTo("d1");
        assertThat(report.drivers())
                .extracting(d -> d.shapley().share())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        BootstrapSummary strongest =
                report.driver("d3").relativeWeight().bootstrap().orElseThrow();
        assertThat(strongest.beatsNoiseShare()).isEqualTo(1.0);
        assertThat(strongest.exceedsNoise()).isTrue();
        assertThat(report.drivers().get(5).name()).isEqualTo("unrelated");
        assertThat(report.driver("unrelated")
                        .relativeWeight()
                        .bootstrap()
                        .orElseThrow()
                        .exceedsNoise())
                .isFalse();
        assertThat(report.driver("unrelated")
                        .shapley()
                        .bootstrap()
                        .orElseThrow()
                        .exceedsNoise())
                .isFalse();
    }

    @Test
    void binaryChurnOutcomeRanksThePlantedDriverFirst() {
        SplittableRandom random = new SplittableRandom(21);
        int n = 500;
        double[] churned = new double[n];
        double[] support = new double[n];
        double[] price = new double[n];
        double[] app = new double[n];
        for (int i = 0; i < n; i++) {
            support[i] = 1 + random.nextInt(5);
            price[i] = 1 + random.nextInt(5);
            app[i] = 1 + random.nextInt(5);
            double risk = 1 / (1 + Math.exp(-(4 - 1.2 * support[i] - 0.3 * price[i])));
            churned[i] = random.nextDouble() < risk ? 1 : 0;
        }
        DriverData data = DriverData.builder()
                .outcome("churned", churned)
                .driver("app", app)
                .driver("price", price)
                .driver("support", support)
                .ratingScale(1, 5)
                .build();

        DriverReport report = POINT_ESTIMATES.analyze(data);

        assertThat(report.drivers())
                .extracting(DriverImportance::name)
                .containsExactly("support", "price", "app");
        assertThat(report.driver("support").pearson()).isNegative();
        assertThat(report.quadrant("support")).isIn(Quadrant.FIX_FIRST, Quadrant.KEEP_UP);
    }

    @Test
    void bootstrapIntervalsBracketTheEstimatesAndAreReproducible() {
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(7), 300, new double[] {0.5, 0.3, 0.2}, 0.3, 1.0)
                .build();

        DriverReport report = QUICK.analyze(data);

        assertThat(report.bootstrapResamples()).isEqualTo(200);
        assertThat(report.bootstrapResamplesDiscarded()).isZero();
        for (DriverImportance d : report.drivers()) {
            for (Importance importance : new Importance[] {d.relativeWeight(), d.shapley()}) {
                BootstrapSummary summary = importance.bootstrap().orElseThrow();
                assertThat(summary.value().contains(importance.value()))
                        .as(d.name())
                        .isTrue();
                assertThat(summary.share().contains(importance.share()))
                        .as(d.name())
                        .isTrue();
                assertThat(summary.share().lower()).isGreaterThanOrEqualTo(0);
                assertThat(summary.share().upper()).isLessThanOrEqualTo(1);
            }
        }
        assertThat(QUICK.analyze(data)).isEqualTo(report).hasSameHashCodeAs(report);
        DriverReport otherSeed = KeyDriverAnalysis.builder()
                .bootstrapResamples(200)
                .seed(99)
                .build()
                .analyze(data);
        assertThat(otherSeed.rSquared()).isEqualTo(report.rSquared());
        assertThat(otherSeed).isNotEqualTo(report);
    }

    @Test
    void resamplesWithoutTheRareAnswerAreDiscardedAndCounted() {
        double[] rare = filled(30, 0);
        rare[4] = 1;
        DriverData data = SyntheticSurvey.of(new SplittableRandom(10), 30, new double[] {1}, 0, 1)
                .driver("complained", rare)
                .build();

        DriverReport report = QUICK.analyze(data);

        assertThat(report.bootstrapResamplesDiscarded()).isBetween(40, 110);
        assertThat(report.bootstrapResamples() + report.bootstrapResamplesDiscarded())
                .isEqualTo(200);
    }

    @Test
    void narrowerConfidenceLevelGivesNarrowerIntervals() {
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(3), 200, new double[] {0.5, 0.3}, 0.3, 1.0)
                .build();
        Interval wide = QUICK.analyze(data)
                .driver("d0")
                .relativeWeight()
                .bootstrap()
                .orElseThrow()
                .value();
        Interval narrow = KeyDriverAnalysis.builder()
                .bootstrapResamples(200)
                .confidenceLevel(0.5)
                .build()
                .analyze(data)
                .driver("d0")
                .relativeWeight()
                .bootstrap()
                .orElseThrow()
                .value();

        assertThat(narrow.lower()).isGreaterThan(wide.lower());
        assertThat(narrow.upper()).isLessThan(wide.upper());
    }

    @Test
    void withoutResamplingThereAreNoIntervals() {
        DriverReport report = POINT_ESTIMATES.analyze(
                SyntheticSurvey.of(new SplittableRandom(1), 50, new double[] {1, 1}, 0, 1)
                        .build());

        assertThat(report.bootstrapResamples()).isZero();
        assertThat(report.drivers()).allSatisfy(d -> {
            assertThat(d.relativeWeight().bootstrap()).isEmpty();
            assertThat(d.shapley().bootstrap()).isEmpty();
        });
    }

    @Test
    void quadrantsSplitImportanceAndPerformanceAtTheirMeans() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 400;
        String[] names = {"waiting", "staff", "parking", "decor"};
        double[] means = {3, 8, 3, 8};
        double[] effects = {1, 1, 0.1, 0.1};
        double[][] ratings = new double[4][n];
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                ratings[j][i] = Math.max(
                        0, Math.min(10, Math.round(means[j] + 1.5 * random.nextGaussian())));
                outcome[i] += effects[j] * ratings[j][i];
            }
            outcome[i] += random.nextGaussian();
        }
        DriverData.Builder builder =
                DriverData.builder().outcome("nps", outcome).ratingScale(0, 10);
        for (int j = 0; j < 4; j++) {
            builder.driver(names[j], ratings[j]);
        }

        DriverReport report = POINT_ESTIMATES.analyze(builder.build());

        assertThat(report.quadrant("waiting")).isEqualTo(Quadrant.FIX_FIRST);
        assertThat(report.quadrant("staff")).isEqualTo(Quadrant.KEEP_UP);
        assertThat(report.quadrant("parking")).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(report.quadrant("decor")).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        assertThat(report.driver("waiting").performance()).isCloseTo(0.3, within(0.02));
        assertThat(report.quadrantThresholds().importanceShare()).isEqualTo(0.25);
        assertThat(report.quadrantThresholds().performance())
                .isCloseTo(
                        report.drivers().stream()
                                .mapToDouble(DriverImportance::performance)
                                .average()
                                .orElseThrow(),
                        within(1e-12));

        DriverReport fixed = KeyDriverAnalysis.builder()
                .bootstrapResamples(0)
                .quadrantThresholds(new QuadrantThresholds(0.01, 0.9))
                .build()
                .analyze(builder.build());
        assertThat(fixed.drivers())
                .extracting(DriverImportance::quadrant)
                .containsOnly(Quadrant.FIX_FIRST);
    }

    @Test
    void performanceWithoutScaleUsesTheObservedRange() {
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, 2, 4, 3, 5})
                .driver("x", new double[] {2, 4, 6, 4, 6})
                .build();

        assertThat(POINT_ESTIMATES.analyze(data).driver("x").performance())
                .isCloseTo(0.6, within(1e-12));
    }

    @Test
    void missingMarkerActsAsNaN() {
        double[] service = {1, 2, 99, 4, 5, 3, 2, 4};
        double[] trust = {2, 1, 3, 99, 4, 4, 1, 5};
        double[] outcome = {2, 3, 5, 6, 9, 5, 99, 8};
        DriverData marked = DriverData.builder()
                .outcome("y", outcome)
                .driver("service", service)
                .driver("trust", trust)
                .missingMarker(99)
                .build();
        DriverData nan = DriverData.builder()
                .outcome("y", nanFor99(outcome))
                .driver("service", nanFor99(service))
                .driver("trust", nanFor99(trust))
                .build();

        DriverReport report = POINT_ESTIMATES.analyze(marked);

        assertThat(report).isEqualTo(POINT_ESTIMATES.analyze(nan));
        assertThat(report.respondents()).isEqualTo(8);
        assertThat(report.respondentsUsed()).isEqualTo(5);
        assertThat(marked.driver("service")[2]).isNaN();
    }

    @Test
    void pairwiseDeletionReportsEachDriversRespondents() {
        double nan = Double.NaN;
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, 3, 2, 5, 4, 6, 8, 7, 9, nan})
                .driver("a", new double[] {1, 2, 2, 4, 5, 5, nan, 8, 9, 3})
                .driver("b", new double[] {2, 1, nan, 3, 5, 4, 6, 6, nan, 1})
                .build();

        DriverReport report = KeyDriverAnalysis.builder()
                .bootstrapResamples(50)
                .missingPolicy(MissingPolicy.PAIRWISE)
                .build()
                .analyze(data);

        assertThat(report.driver("a").respondents()).isEqualTo(8);
        assertThat(report.driver("b").respondents()).isEqualTo(7);
        assertThat(report.respondentsUsed()).isEqualTo(7);
        assertThat(POINT_ESTIMATES.analyze(data).respondentsUsed()).isEqualTo(6);
    }

    @Test
    void constantDriverIsDroppedWithItsReason() {
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(5), 40, new double[] {1, 0.5}, 0.2, 1)
                .driver("flat", filled(40, 3.0))
                .build();

        DriverReport report = QUICK.analyze(data);

        assertThat(report.dropped())
                .containsExactly(new DroppedDriver(
                        "flat", "constant: no variance among the 40 answers used"));
        assertThat(report.drivers())
                .extracting(DriverImportance::name)
                .containsExactlyInAnyOrder("d0", "d1");
        assertThatThrownBy(() -> report.driver("flat"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dropped");
    }

    @Test
    void perfectlyCollinearDriverIsDroppedNamingItsPartners() {
        DriverData base = SyntheticSurvey.of(
                        new SplittableRandom(6), 60, new double[] {1, 0.5, 0.2}, 0.2, 1)
                .build();
        double[] d0 = base.driver("d0");
        double[] d2 = base.driver("d2");
        double[] combination = new double[60];
        for (int i = 0; i < 60; i++) {
            combination[i] = 2 * d0[i] - d2[i] + 7;
        }
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(6), 60, new double[] {1, 0.5, 0.2}, 0.2, 1)
                .driver("sum", combination)
                .build();

        DriverReport report = POINT_ESTIMATES.analyze(data);

        assertThat(report.dropped()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("sum");
            assertThat(d.reason())
                    .startsWith("perfectly collinear: a linear combination of d0, d2 (R^2 = ");
        });
        assertThat(report.rSquared()).isEqualTo(POINT_ESTIMATES.analyze(base).rSquared());
    }

    @Test
    void tooFewRespondentsAreRejected() {
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(8), 4, new double[] {1, 1, 1}, 0.2, 1)
                .build();

        assertThatThrownBy(() -> POINT_ESTIMATES.analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "listwise deletion leaves 4 of 4 respondents for 3 drivers; at least drivers + 2"
                                + " = 5 are needed (with drivers + 1 the fit is saturated, R^2 = 1)");
    }

    @Test
    void missingOutcomesLeaveTooFewRespondents() {
        double nan = Double.NaN;
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, nan, nan, 4, nan})
                .driver("x", new double[] {1, 2, 3, 4, 5})
                .build();

        assertThatThrownBy(() -> POINT_ESTIMATES.analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "listwise deletion leaves 2 of 5 respondents for 1 drivers");
    }

    @Test
    void constantOutcomeIsRejected() {
        DriverData data = DriverData.builder()
                .outcome("churned", filled(10, 0))
                .driver("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
                .build();

        assertThatThrownBy(() -> POINT_ESTIMATES.analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outcome 'churned' must vary");
    }

    @Test
    void everyDriverConstantIsRejected() {
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, 2, 3, 4, 5})
                .driver("x", filled(5, 2))
                .build();

        assertThatThrownBy(() -> POINT_ESTIMATES.analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every driver is constant");
    }

    @Test
    void outcomeUnrelatedToEveryDriverIsRejected() {
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, -1, -1, 1, 1, -1, -1, 1})
                .driver("x", new double[] {1, 2, 3, 4, 1, 2, 3, 4})
                .build();

        assertThatThrownBy(() -> POINT_ESTIMATES.analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linearly unrelated to every driver");
    }

    @Test
    void inconsistentPairwiseCorrelationsAreRejected() {
        SplittableRandom random = new SplittableRandom(12);
        int n = 60;
        double[] a = filled(n, Double.NaN);
        double[] b = filled(n, Double.NaN);
        double[] c = filled(n, Double.NaN);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            double[][] pair = i < 20
                    ? new double[][] {a, b}
                    : i < 40 ? new double[][] {b, c} : new double[][] {a, c};
            double sign = i < 40 ? 1 : -1;
            pair[0][i] = x + 0.3 * random.nextGaussian();
            pair[1][i] = sign * x + 0.3 * random.nextGaussian();
            y[i] = random.nextGaussian();
        }
        DriverData data = DriverData.builder()
                .outcome("y", y)
                .driver("a", a)
                .driver("b", b)
                .driver("c", c)
                .build();

        assertThatThrownBy(() -> KeyDriverAnalysis.builder()
                        .missingPolicy(MissingPolicy.PAIRWISE)
                        .bootstrapResamples(0)
                        .build()
                        .analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairwise correlations are inconsistent")
                .hasMessageContaining("driver 'c'");
    }

    @Test
    void pairwiseCorrelationUndefinedOnSharedAnswersIsRejected() {
        double nan = Double.NaN;
        DriverData data = DriverData.builder()
                .outcome("y", new double[] {1, 2, 3, 4, 5, 6, 7, 8})
                .driver("a", new double[] {1, 1, 1, 1, nan, nan, 3, 2})
                .driver("b", new double[] {1, 2, 3, 4, nan, nan, nan, nan})
                .build();

        assertThatThrownBy(() -> KeyDriverAnalysis.builder()
                        .missingPolicy(MissingPolicy.PAIRWISE)
                        .bootstrapResamples(0)
                        .build()
                        .analyze(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the correlation of 'a' and 'b' is undefined");
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().bootstrapResamples(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bootstrapResamples must be >= 0, was -1");
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().confidenceLevel(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level must be in (0, 1), was 1.0");
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().shapleyExactLimit(21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shapleyExactLimit must be in [1, 20], was 21");
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().shapleySampledOrders(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shapleySampledOrders must be >= 1, was 0");
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().missingPolicy(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
        assertThatThrownBy(() -> KeyDriverAnalysis.builder().quadrantThresholds(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("thresholds");
        assertThatThrownBy(() -> new QuadrantThresholds(1.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("importanceShare must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> KeyDriverAnalysis.create().analyze(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("data");
    }

    @Test
    void aboveTheExactLimitShapleyValuesAreSampledAndStillSumToRSquared() {
        DriverData data = SyntheticSurvey.of(
                        new SplittableRandom(9),
                        200,
                        new double[] {0.6, 0.4, 0.3, 0.2, 0.1},
                        0.3,
                        1)
                .build();
        DriverReport exact = POINT_ESTIMATES.analyze(data);

        DriverReport sampled = KeyDriverAnalysis.builder()
                .bootstrapResamples(0)
                .shapleyExactLimit(4)
                .shapleySampledOrders(4000)
                .build()
                .analyze(data);

        assertThat(exact.shapleySampledOrders()).isEmpty();
        assertThat(sampled.shapleySampledOrders()).hasValue(4000);
        assertThat(sampled.drivers().stream()
                        .mapToDouble(d -> d.shapley().value())
                        .sum())
                .isCloseTo(sampled.rSquared(), within(1e-12));
        for (DriverImportance d : exact.drivers()) {
            assertThat(sampled.driver(d.name()).shapley().value())
                    .isCloseTo(d.shapley().value(), within(0.01));
        }
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    private static double[] nanFor99(double[] values) {
        return Arrays.stream(values).map(v -> v == 99 ? Double.NaN : v).toArray();
    }
}
