package dev.cxkit.clv;

import java.util.SplittableRandom;

/**
 * Random draws for the simulation tests: Gamma by Marsaglia &amp; Tsang (2000), "A simple method for
 * generating gamma variables" (with the u^(1/shape) boost for shape < 1), Beta as a ratio of Gammas,
 * exponential by inversion.
 */
final class Draws {

    private Draws() {}

    /** A Gamma(shape, rate) draw. */
    static double gamma(SplittableRandom random, double shape, double rate) {
        if (shape < 1) {
            return gamma(random, shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(random);
            double v = Math.pow(1 + c * z, 3);
            if (v > 0 && Math.log(random.nextDouble()) < z * z / 2 + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    /** A Beta(a, b) draw. */
    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a, 1);
        return x / (x + gamma(random, b, 1));
    }

    /** An exponential draw with the given rate. */
    static double exponential(SplittableRandom random, double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    private static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
                * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
