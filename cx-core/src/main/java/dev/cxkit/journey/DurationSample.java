package dev.cxkit.journey;

import static dev.cxkit.internal.Checks.checkArgument;

import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable sample of durations, such as times between two funnel stages or the waiting
 * times at a touchpoint, with its size and percentiles.
 *
 * <p>Percentiles use Hyndman and Fan's (1996) definition 7, the linear interpolation between
 * order statistics that R's {@code quantile} and NumPy's {@code percentile} use by default
 * ("Sample quantiles in statistical packages", The American Statistician 50(4):361-365):
 * for a sorted sample {@code x_1..x_n}, {@code h = (n - 1) p + 1} and the estimate is
 * {@code x_floor(h) + (h - floor(h)) (x_floor(h)+1 - x_floor(h))}. Results are rounded to the
 * nanosecond. An empty sample {@link #isEmpty() says so} and asking it for a percentile throws
 * {@link IllegalStateException}.
 */
public final class DurationSample {

    private final String name;
    private final long[] sortedNanos;

    private DurationSample(String name, long[] sortedNanos) {
        this.name = name;
        this.sortedNanos = sortedNanos;
    }

    /**
     * The sample of {@code nanos} durations, in nanoseconds, named {@code name} for messages.
     *
     * @throws IllegalArgumentException when a duration is negative
     */
    static DurationSample ofNanos(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        checkArgument(
                sorted.length == 0 || sorted[0] >= 0,
                "%s durations must be >= 0, was %s",
                name,
                sorted.length == 0 ? null : Duration.ofNanos(sorted[0]));
        return new DurationSample(name, sorted);
    }

    /**
     * {@return the sample of these durations, named {@code name}; none may be negative}
     *
     * @param name the measure's name, for example {@code "wait time"}
     * @param durations the durations, none negative
     */
    public static DurationSample of(String name, Duration... durations) {
        Objects.requireNonNull(name, "name");
        long[] nanos = new long[Objects.requireNonNull(durations, "durations").length];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] =
                    Objects.requireNonNull(durations[i], "durations[" + i + "]").toNanos();
        }
        return ofNanos(name, nanos);
    }

    /** {@return what the durations measure, for example {@code "wait time"}} */
    public String name() {
        return name;
    }

    /** {@return number of durations} */
    public int n() {
        return sortedNanos.length;
    }

    /** {@return true when there are no durations} */
    public boolean isEmpty() {
        return sortedNanos.length == 0;
    }

    /** {@return the median, the 50th {@link #percentile(double) percentile}} */
    public Duration median() {
        return percentile(50);
    }

    /**
     * {@return the {@code p}-th percentile, {@code 0 < p <= 100}, by Hyndman and Fan's definition
     * 7}
     *
     * @param p the percentile, in (0, 100]
     * @throws IllegalStateException when the sample is empty
     */
    public Duration percentile(double p) {
        checkArgument(p > 0 && p <= 100, "p must be in (0, 100], was %s", p);
        if (isEmpty()) {
            throw new IllegalStateException(
                    "percentile of " + name + " is undefined for an empty sample");
        }
        double[] values = new double[sortedNanos.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = sortedNanos[i];
        }
        double estimate =
                new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, p);
        return Duration.ofNanos(Math.round(estimate));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurationSample sample
                && name.equals(sample.name)
                && Arrays.equals(sortedNanos, sample.sortedNanos);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(sortedNanos);
    }

    @Override
    public String toString() {
        return "DurationSample{" + name + ", n=" + sortedNanos.length + "}";
    }
}
