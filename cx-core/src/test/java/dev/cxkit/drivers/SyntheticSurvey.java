package dev.cxkit.drivers;

import java.util.SplittableRandom;

/**
 * A seeded synthetic survey population: drivers share a common factor (so they correlate, as
 * real ratings do) and the outcome is a planted linear combination of them plus noise.
 */
final class SyntheticSurvey {

    private SyntheticSurvey() {}

    /**
     * Driver {@code j} is {@code sqrt(shared) * common + sqrt(1 - shared) * own_j} (standard
     * normal parts), the outcome {@code sum_j effects[j] * driver_j + noise * e}; drivers are
     * named {@code d0, d1, ...}.
     */
    static DriverData.Builder of(
            SplittableRandom random,
            int respondents,
            double[] effects,
            double shared,
            double noise) {
        int p = effects.length;
        double[][] drivers = new double[p][respondents];
        double[] outcome = new double[respondents];
        for (int i = 0; i < respondents; i++) {
            double common = random.nextGaussian();
            double y = noise * random.nextGaussian();
            for (int j = 0; j < p; j++) {
                drivers[j][i] =
                        Math.sqrt(shared) * common + Math.sqrt(1 - shared) * random.nextGaussian();
                y += effects[j] * drivers[j][i];
            }
            outcome[i] = y;
        }
        DriverData.Builder builder = DriverData.builder().outcome("outcome", outcome);
        for (int j = 0; j < p; j++) {
            builder.driver("d" + j, drivers[j]);
        }
        return builder;
    }
}
