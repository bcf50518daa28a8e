package dev.cxkit.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.model.Scale;
import dev.cxkit.score.WeightedScoreAccumulator;
import dev.cxkit.stats.Interval;
import dev.cxkit.testing.Property;

import org.junit.jupiter.api.Test;

class NpsPropertyTest {

    @Test
    void scoreSharesAndIntervalsStayInRange() {
        Property.check("nps ranges", trial -> {
            Nps nps = Nps.ofCounts(trial.longIn(0, 50), trial.longIn(0, 50), trial.longIn(1, 50));
            double level = trial.doubleIn(0.5, 0.999);
            assertThat(nps.value()).isBetween(-100.0, 100.0);
            assertThat(nps.detractorShare() + nps.passiveShare() + nps.promoterShare())
                    .isCloseTo(1, within(1e-12));
            assertThat(nps.variance()).isBetween(0.0, 1.0);
            for (NpsIntervalMethod method : NpsIntervalMethod.values()) {
                Interval interval = nps.interval(method, level);
                assertThat(interval.lower()).isGreaterThanOrEqualTo(-100);
                assertThat(interval.upper()).isLessThanOrEqualTo(100);
            }
            assertThat(nps.interval(NpsIntervalMethod.ADJUSTED_WALD, level)
                            .contains(nps.adjustedScore()))
                    .isTrue();
            assertThat(nps.interval(NpsIntervalMethod.WALD, level).contains(nps.value()))
                    .isTrue();
            assertThat(nps.interval(NpsIntervalMethod.TANGO, level).contains(nps.value()))
                    .isTrue();
        });
    }

    @Test
    void tangoBoundsSolveTheScoreEquation() {
        Property.check("tango roots", trial -> {
            Trinomial counts =
                    new Trinomial(trial.intIn(1, 40), trial.intIn(0, 40), trial.intIn(1, 40));
            double level = trial.doubleIn(0.8, 0.99);
            Interval interval = TangoInterval.of(counts, level);
            double z = dev.cxkit.stats.Confidence.z(level);
            if (interval.lower() > -1) {
                assertThat(tangoZ(counts, interval.lower())).isCloseTo(z, within(1e-6));
            }
            assertThat(tangoZ(counts, interval.upper())).isCloseTo(-z, within(1e-6));
        });
    }

    @Test
    void unitWeightsGiveTheUnweightedStatistics() {
        Property.check("unit weights", trial -> {
            WeightedScoreAccumulator weighted = WeightedScoreAccumulator.create(Scale.NPS);
            int[] counts = new int[11];
            int n = trial.intIn(1, 60);
            for (int i = 0; i < n; i++) {
                int score = trial.intIn(0, 10);
                counts[score]++;
                weighted.add(score, 1);
            }
            Nps nps = Nps.of(weighted.snapshot());
            Nps plain = Nps.ofCounts(nps.detractors(), nps.passives(), nps.promoters());
            assertThat(nps.value()).isCloseTo(plain.value(), within(1e-9));
            assertThat(nps.effectiveN()).isCloseTo(n, within(1e-9));
            assertThat(nps.standardError()).isCloseTo(plain.standardError(), within(1e-9));
            assertThat(nps.interval(NpsIntervalMethod.TANGO, 0.95).lower())
                    .isCloseTo(plain.interval(NpsIntervalMethod.TANGO, 0.95).lower(), within(1e-6));
        });
    }

    /** Tango's Z(delta), written out independently of the solver's form. */
    private static double tangoZ(Trinomial counts, double delta) {
        double n = counts.n();
        double p = counts.promoters();
        double d = counts.detractors();
        double a = 2 * n;
        double b = -p - d + (2 * n - p + d) * delta;
        double c = -d * delta * (1 - delta);
        double q = (Math.sqrt(b * b - 4 * a * c) - b) / (2 * a);
        return (p - d - n * delta) / Math.sqrt(n * (2 * q + delta * (1 - delta)));
    }
}
