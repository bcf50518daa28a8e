package dev.cxkit.nps;

import static dev.cxkit.internal.Checks.checkArgument;

import dev.cxkit.stats.Confidence;
import dev.cxkit.stats.Interval;

import java.util.Objects;

/**
 * A comparison of the NPS of two independent samples: the difference {@code first - second}
 * with its sign kept, its standard error {@code sqrt(V1/n1 + V2/n2)}, the statistic
 * {@code z}, the two-sided p-value and a confidence interval {@code centre +- z SE} (Rocks
 * 2016, section 5; Fagerland, Lydersen and Laake 2014 for the two-sample Wald form). Weighted
 * samples enter with their Kish effective n.
 *
 * <p><b>The difference is the difference of what each sample reports.</b> {@link #value()}
 * is always {@code first.value() - second.value()}, the two scores a report prints side by
 * side, whatever the method. The method decides only the inference: {@link
 * NpsIntervalMethod#WALD} works on the observed counts, {@link NpsIntervalMethod#ADJUSTED_WALD}
 * (and {@link NpsIntervalMethod#BONETT_PRICE}) add each sample's pseudo-observations, so the
 * standard error, the interval and the test are those of the adjusted scores, centred on
 * {@link #centre()} (the difference of the adjusted scores), as the one-sample {@link
 * Nps#interval(NpsIntervalMethod, double)} is centred on the adjusted score while {@link
 * Nps#value()} stays the observed one. For Wald the centre equals the difference. To compare a
 * segment, compare it with the rest of the population, never with a whole that contains it:
 * the samples must be independent.
 *
 * <p>Units: difference (value), centre, standard error and interval in points (-200..200); the
 * interval is clipped to that range. Immutable and thread-safe. Statistics of a comparison with
 * an empty sample throw {@link IllegalStateException}.
 */
public final class NpsComparison {

    private static final double POINTS = 100;

    private final Nps first;
    private final Nps second;
    private final NpsIntervalMethod method;

    private NpsComparison(Nps first, Nps second, NpsIntervalMethod method) {
        this.first = first;
        this.second = second;
        this.method = method;
    }

    /**
     * {@return the Wald comparison of {@code first} with {@code second}}
     *
     * @param first the first sample's NPS
     * @param second the second sample's NPS, independent of the first
     */
    public static NpsComparison of(Nps first, Nps second) {
        return of(first, second, NpsIntervalMethod.WALD);
    }

    /**
     * {@return the comparison of {@code first} with {@code second} by a Wald-type method}
     *
     * @param first the first sample's NPS
     * @param second the second sample's NPS, independent of the first
     * @param method the interval method both samples are read with
     * @throws IllegalArgumentException for {@link NpsIntervalMethod#TANGO}, which has no
     *     two-sample form here
     */
    public static NpsComparison of(Nps first, Nps second, NpsIntervalMethod method) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(method, "method");
        checkArgument(
                method.isWaldType(),
                "method must be a Wald-type method (wald, adjusted-wald, bonett-price), was %s",
                method.label());
        return new NpsComparison(first, second, method);
    }

    /** {@return the first sample} */
    public Nps first() {
        return first;
    }

    /** {@return the second sample} */
    public Nps second() {
        return second;
    }

    /** {@return the method of the comparison} */
    public NpsIntervalMethod method() {
        return method;
    }

    /**
     * The difference {@code first.value() - second.value()}: the difference of the two observed
     * scores, for every method.
     *
     * @return the difference, in points, -200..200
     * @throws IllegalStateException when either sample is empty
     */
    public double value() {
        return first.value() - second.value();
    }

    /**
     * The centre of the {@link #interval(double) interval} and the numerator of {@link #z()},
     * in points: the difference of the method's adjusted scores, {@code 100 (net'(first) -
     * net'(second))}; equal to {@link #value()} for {@link NpsIntervalMethod#WALD}.
     *
     * @return the centre, in points, -200..200
     * @throws IllegalStateException when either sample is empty
     */
    public double centre() {
        return POINTS * (adjusted(first).net() - adjusted(second).net());
    }

    /** {@return standard error of the difference in points, {@code 100 sqrt(V1/n1 + V2/n2)}} */
    public double standardError() {
        return POINTS
                * Math.hypot(adjusted(first).standardError(), adjusted(second).standardError());
    }

    /**
     * {@return the test statistic {@code centre / SE} (for Wald, {@code difference / SE})}
     *
     * @throws IllegalStateException when the standard error is 0 (both samples have zero
     *     variance)
     */
    public double z() {
        double standardError = standardError();
        if (standardError == 0) {
            throw new IllegalStateException("NPS difference z is undefined when both samples "
                    + "have zero variance (difference " + value() + " points)");
        }
        return centre() / standardError;
    }

    /** {@return two-sided p-value of {@link #z()} under the standard normal} */
    public double pValue() {
        return Confidence.twoSidedP(z());
    }

    /**
     * {@code centre +- z SE} at {@code level}, in points, clipped to [-200, 200].
     *
     * @param level the confidence level, in (0, 1)
     * @return the interval of the difference, in points
     */
    public Interval interval(double level) {
        double half = Confidence.z(level) * standardError();
        double centre = centre();
        return new Interval(
                Math.max(-2 * POINTS, centre - half),
                Math.min(2 * POINTS, centre + half),
                level,
                method.label(),
                Interval.Unit.NPS_POINTS);
    }

    private Trinomial adjusted(Nps sample) {
        return sample.effectiveCounts().adjusted(method);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NpsComparison comparison
                && first.equals(comparison.first)
                && second.equals(comparison.second)
                && method == comparison.method;
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second, method);
    }

    @Override
    public String toString() {
        return "NpsComparison{" + method.label() + ", first=" + first + ", second=" + second + "}";
    }
}
