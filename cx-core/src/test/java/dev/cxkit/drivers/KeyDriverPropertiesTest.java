package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

class KeyDriverPropertiesTest {

    private static final double TOLERANCE = 1e-9;
    private static final KeyDriverAnalysis LISTWISE =
            KeyDriverAnalysis.builder().bootstrapResamples(0).build();
    private static final KeyDriverAnalysis PAIRWISE = KeyDriverAnalysis.builder()
            .bootstrapResamples(0)
            .missingPolicy(MissingPolicy.PAIRWISE)
            .build();

    @Test
    void importancesSumToRSquaredAndSharesToOne() {
        Property.check("importances add up", 100, trial -> {
            DriverReport report = analysis(trial).analyze(randomSurvey(trial).build());
            List<DriverImportance> drivers = report.drivers();

            assertThat(sum(drivers, d -> d.relativeWeight().value()))
                    .isCloseTo(report.rSquared(), within(TOLERANCE));
            assertThat(sum(drivers, d -> d.shapley().value()))
                    .isCloseTo(report.rSquared(), within(TOLERANCE));
            assertThat(sum(drivers, d -> d.relativeWeight().share()))
                    .isCloseTo(1, within(TOLERANCE));
            assertThat(sum(drivers, d -> d.shapley().share())).isCloseTo(1, within(TOLERANCE));
            assertThat(report.rSquared()).isBetween(0.0, 1.0);
            assertThat(drivers).allSatisfy(d -> {
                assertThat(d.relativeWeight().value()).isGreaterThanOrEqualTo(0);
                assertThat(d.shapley().value()).isGreaterThanOrEqualTo(-TOLERANCE);
                assertThat(d.pearson()).isBetween(-1.0, 1.0);
            });
        });
    }

    @Test
    void resultsDoNotDependOnDriverOrder() {
        Property.check("driver order", 100, trial -> {
            KeyDriverAnalysis analysis = analysis(trial);
            DriverData data = randomSurvey(trial).build();
            List<String> shuffled = new ArrayList<>(data.driverNames());
            Collections.shuffle(shuffled, new Random(trial.random().nextLong()));
            DriverData.Builder reordered =
                    DriverData.builder().outcome(data.outcomeName(), data.outcome());
            shuffled.forEach(name -> reordered.driver(name, data.driver(name)));

            assertSameImportances(analysis.analyze(reordered.build()), analysis.analyze(data));
        });
    }

    @Test
    void resultsDoNotDependOnTheUnitsOfADriver() {
        Property.check("affine rescaling", 100, trial -> {
            KeyDriverAnalysis analysis = analysis(trial);
            DriverData data = randomSurvey(trial).build();
            String target =
                    data.driverNames().get(trial.intIn(0, data.driverNames().size() - 1));
            double scale = trial.doubleIn(0.01, 100) * (trial.random().nextBoolean() ? 1 : -1);
            double shift = trial.doubleIn(-1000, 1000);
            DriverData.Builder rescaled =
                    DriverData.builder().outcome(data.outcomeName(), data.outcome());
            for (String name : data.driverNames()) {
                double[] column = data.driver(name);
                if (name.equals(target)) {
                    for (int i = 0; i < column.length; i++) {
                        column[i] = scale * column[i] + shift;
                    }
                }
                rescaled.driver(name, column);
            }
            DriverReport original = analysis.analyze(data);
            DriverReport changed = analysis.analyze(rescaled.build());

            assertSameImportances(changed, original);
            assertThat(changed.driver(target).pearson())
                    .isCloseTo(
                            Math.signum(scale) * original.driver(target).pearson(),
                            within(TOLERANCE));
        });
    }

    private static KeyDriverAnalysis analysis(Property.Trial trial) {
        return trial.random().nextBoolean() ? LISTWISE : PAIRWISE;
    }

    /** A random population; in half the trials up to 5 % of the answers are missing. */
    private static DriverData.Builder randomSurvey(Property.Trial trial) {
        int p = trial.intIn(1, 7);
        double[] effects = new double[p];
        for (int j = 0; j < p; j++) {
            effects[j] = trial.doubleIn(-1, 1);
        }
        DriverData complete = SyntheticSurvey.of(
                        trial.random(),
                        trial.intIn(p + 30, 300),
                        effects,
                        trial.doubleIn(0, 0.8),
                        trial.doubleIn(0.2, 2))
                .build();
        double missing = trial.random().nextBoolean() ? trial.doubleIn(0, 0.05) : 0;
        DriverData.Builder builder = DriverData.builder()
                .outcome(complete.outcomeName(), withMissing(complete.outcome(), missing, trial));
        for (String name : complete.driverNames()) {
            builder.driver(name, withMissing(complete.driver(name), missing, trial));
        }
        return builder;
    }

    private static double[] withMissing(double[] values, double share, Property.Trial trial) {
        for (int i = 0; i < values.length; i++) {
            if (trial.random().nextDouble() < share) {
                values[i] = Double.NaN;
            }
        }
        return values;
    }

    private static void assertSameImportances(DriverReport actual, DriverReport expected) {
        assertThat(actual.rSquared()).isCloseTo(expected.rSquared(), within(TOLERANCE));
        for (DriverImportance e : expected.drivers()) {
            DriverImportance a = actual.driver(e.name());
            assertThat(a.relativeWeight().value())
                    .as(e.name())
                    .isCloseTo(e.relativeWeight().value(), within(TOLERANCE));
            assertThat(a.shapley().value())
                    .as(e.name())
                    .isCloseTo(e.shapley().value(), within(TOLERANCE));
            assertThat(Math.abs(a.spearman()))
                    .as(e.name())
                    .isCloseTo(Math.abs(e.spearman()), within(TOLERANCE));
        }
    }

    private static double sum(
            List<DriverImportance> drivers, ToDoubleFunction<DriverImportance> value) {
        return drivers.stream().mapToDouble(value).sum();
    }
}
