package dev.cxkit.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.testing.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class KeyDriverPropertiesTest {

    private static final double TOLERANCE = 1e-9;
    private static final KeyDriverAnalysis ANALYSIS = KeyDriverAnalysis.builder().bootstrapResamples(0).build();

    @Test
    void importancesSumToRSquaredAndSharesToOne() {
        Property.check("importances add up", 100, trial -> {
            DriverReport report = ANALYSIS.analyze(randomSurvey(trial).build());
            List<DriverImportance> drivers = report.drivers();

            assertThat(sum(drivers, d -> d.relativeWeight().value())).isCloseTo(report.rSquared(), within(TOLERANCE));
            assertThat(sum(drivers, d -> d.shapley().value())).isCloseTo(report.rSquared(), within(TOLERANCE));
            assertThat(sum(drivers, d -> d.relativeWeight().share())).isCloseTo(1, within(TOLERANCE));
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
            DriverData data = randomSurvey(trial).build();
            List<String> shuffled = new ArrayList<>(data.driverNames());
            Collections.shuffle(shuffled, new Random(trial.random().nextLong()));
            DriverData.Builder reordered = DriverData.builder().outcome(data.outcomeName(), data.outcome());
            shuffled.forEach(name -> reordered.driver(name, data.driver(name)));

            assertSameImportances(ANALYSIS.analyze(reordered.build()), ANALYSIS.analyze(data));
        });
    }

    @Test
    void resultsDoNotDependOnTheUnitsOfADriver() {
        Property.check("affine rescaling", 100, trial -> {
            DriverData data = randomSurvey(trial).build();
            String target = data.driverNames().get(trial.intIn(0, data.driverNames().size() - 1));
            double scale = trial.doubleIn(0.01, 100) * (trial.random().nextBoolean() ? 1 : -1);
            double shift = trial.doubleIn(-1000, 1000);
            DriverData.Builder rescaled = DriverData.builder().outcome(data.outcomeName(), data.outcome());
            for (String name : data.driverNames()) {
                double[] column = data.driver(name);
                if (name.equals(target)) {
                    for (int i = 0; i < column.length; i++) {
                        column[i] = scale * column[i] + shift;
                    }
                }
                rescaled.driver(name, column);
            }
            DriverReport original = ANALYSIS.analyze(data);
            DriverReport changed = ANALYSIS.analyze(rescaled.build());

            assertSameImportances(changed, original);
            assertThat(changed.driver(target).pearson())
                    .isCloseTo(Math.signum(scale) * original.driver(target).pearson(), within(TOLERANCE));
        });
    }

    private static DriverData.Builder randomSurvey(Property.Trial trial) {
        int p = trial.intIn(1, 7);
        double[] effects = new double[p];
        for (int j = 0; j < p; j++) {
            effects[j] = trial.doubleIn(-1, 1);
        }
        return SyntheticSurvey.of(trial.random(), trial.intIn(p + 20, 300), effects,
                trial.doubleIn(0, 0.8), trial.doubleIn(0.2, 2));
    }

    private static void assertSameImportances(DriverReport actual, DriverReport expected) {
        assertThat(actual.rSquared()).isCloseTo(expected.rSquared(), within(TOLERANCE));
        for (DriverImportance e : expected.drivers()) {
            DriverImportance a = actual.driver(e.name());
            assertThat(a.relativeWeight().value()).as(e.name()).isCloseTo(e.relativeWeight().value(), within(TOLERANCE));
            assertThat(a.shapley().value()).as(e.name()).isCloseTo(e.shapley().value(), within(TOLERANCE));
            assertThat(Math.abs(a.spearman())).as(e.name()).isCloseTo(Math.abs(e.spearman()), within(TOLERANCE));
        }
    }

    private static double sum(List<DriverImportance> drivers,
            ToDoubleFunction<DriverImportance> value) {
        return drivers.stream().mapToDouble(value).sum();
    }
}
