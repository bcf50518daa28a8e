package dev.cxkit.nps;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Tango's score interval for NPS, a difference of two proportions of one multinomial sample
 * (Tango 1998, Statistics in Medicine 17:891-908, eq. 4, with the constrained maximum
 * likelihood estimate of eq. 3). With {@code P} promoters and {@code D} detractors of
 * {@code n}, the bounds are the roots {@code delta} of {@code Z(delta) = +-z}:
 *
 * <pre>
 *   Z(delta) = (P - D - n delta) / sqrt(n (2 q(delta) + delta (1 - delta)))
 *   q(delta) = (sqrt(B^2 - 4AC) - B) / (2A),
 *   A = 2n,  B = -P - D + (2n - P + D) delta,  C = -D delta (1 - delta).
 * </pre>
 *
 * The roots are found with Hipparchus' Brent solver on {@code [-1, NPS]} and {@code [NPS, 1]},
 * solving {@code (P - D - n delta) -+ z sqrt(...) = 0}, which is finite on the whole bracket.
 * Where the per-response variance is 0 the bracket end is a spurious root, so those samples take
 * the closed forms of the same equation: all promoters {@code [(n - z^2)/(n + z^2), 1]}, all
 * detractors its mirror, all passives {@code [-z^2/(n + z^2), z^2/(n + z^2)]}. At huge
 * counts, where rounding leaves no sign change on a bracket, the bound is the bracket end at
 * which the equation is closest to 0.
 */
final class TangoInterval {

    private static final double ACCURACY = 1e-12;
    private static final int MAX_EVALUATIONS = 200;

    private TangoInterval() {}

    /** The interval in fractions of 1, for non-empty {@code counts}. */
    static Interval of(Trinomial counts, double level) {
        double z = Confidence.z(level);
        double n = counts.n();
        double shrink = z * z / (n + z * z);
        String label = NpsIntervalMethod.TANGO.label();
        if (counts.passives() == n) {
            return new Interval(-shrink, shrink, level, label, Interval.Unit.FRACTION);
        }
        if (counts.promoters() == n) {
            return new Interval(1 - 2 * shrink, 1, level, label, Interval.Unit.FRACTION);
        }
        if (counts.detractors() == n) {
            return new Interval(-1, 2 * shrink - 1, level, label, Interval.Unit.FRACTION);
        }
        double estimate = counts.net();
        double lower = root(bound(counts, z), -1, estimate);
        double upper = root(bound(counts, -z), estimate, 1);
        return new Interval(lower, upper, level, label, Interval.Unit.FRACTION);
    }

    /**
     * The root of {@code f} in {@code [from, to]}. At huge counts the rounding of
     * {@code P - D - n delta} can leave both ends with one sign, the root then lying within
     * rounding of an end: that end is returned instead of a solver failure.
     */
    private static double root(UnivariateFunction f, double from, double to) {
        if (!(from < to)) {
            return from;
        }
        double atFrom = f.value(from);
        double atTo = f.value(to);
        if (atFrom == 0 || atTo == 0 || Math.signum(atFrom) == Math.signum(atTo)) {
            return Math.abs(atFrom) <= Math.abs(atTo) ? from : to;
        }
        return new BrentSolver(ACCURACY).solve(MAX_EVALUATIONS, f, from, to);
    }

    /** {@code (P - D - n delta) - zTarget * sqrt(n (2 q(delta) + delta (1 - delta)))}. */
    private static UnivariateFunction bound(Trinomial counts, double zTarget) {
        double n = counts.n();
        double promoters = counts.promoters();
        double detractors = counts.detractors();
        return delta -> {
            double a = 2 * n;
            double b = -promoters - detractors + (2 * n - promoters + detractors) * delta;
            double c = -detractors * delta * (1 - delta);
            double q = (Math.sqrt(Math.max(0, b * b - 4 * a * c)) - b) / (2 * a);
            double spread = Math.sqrt(Math.max(0, n * (2 * q + delta * (1 - delta))));
            return promoters - detractors - n * delta - zTarget * spread;
        };
    }
}
