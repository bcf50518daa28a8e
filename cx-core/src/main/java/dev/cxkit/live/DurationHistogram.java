package dev.cxkit.live;

import org.HdrHistogram.Histogram;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.DataFormatException;

/**
 * An immutable histogram of durations (waiting or handling times) with percentiles, backed by
 * an HdrHistogram {@link Histogram} (Gil Tene, HdrHistogram, hdrhistogram.org) recording whole
 * microseconds with three significant decimal digits: a percentile is exact to within 0.1% of
 * its value (HdrHistogram's value equivalence) and to the microsecond.
 *
 * <p>Percentiles follow HdrHistogram's {@code getValueAtPercentile}: the value at or below
 * which {@code p}% of the durations lie, reported as the highest value equivalent to that
 * bucket. An empty histogram {@link #isEmpty() says so} and asking it for a percentile or mean
 * throws {@link IllegalStateException}. The binary form is HdrHistogram's compressed encoding
 * (readable by any HdrHistogram implementation), so histograms from several instances merge
 * exactly with {@link #plus(DurationHistogram)}. Equal when their counts are equal.
 */
public final class DurationHistogram {

    private static final int SIGNIFICANT_DIGITS = 3;
    private static final int COMPRESSED_HEADER_BYTES = 2 * Integer.BYTES;

    private final String name;
    private final Histogram histogram;

    private DurationHistogram(String name, Histogram histogram) {
        this.name = name;
        this.histogram = histogram;
    }

    /** Wraps {@code histogram} of microseconds, which the caller must no longer change. */
    static DurationHistogram wrap(String name, Histogram histogram) {
        return new DurationHistogram(name, histogram);
    }

    /** A new, empty, auto-resizing histogram of microseconds. */
    static Histogram newHistogram() {
        return new Histogram(SIGNIFICANT_DIGITS);
    }

    /**
     * {@return the empty histogram of durations named {@code name} (for messages)}
     *
     * @param name the measure's name, for messages
     */
    public static DurationHistogram empty(String name) {
        return new DurationHistogram(Objects.requireNonNull(name, "name"), newHistogram());
    }

    /**
     * {@return the histogram of these durations, named {@code name}; none may be negative}
     *
     * @param name the measure's name, for messages
     * @param durations the durations, none negative
     */
    public static DurationHistogram of(String name, Duration... durations) {
        Histogram histogram = newHistogram();
        for (Duration duration : Objects.requireNonNull(durations, "durations")) {
            histogram.recordValue(micros(name, duration));
        }
        return new DurationHistogram(Objects.requireNonNull(name, "name"), histogram);
    }

    /**
     * Whole microseconds of {@code duration}, rounded down.
     *
     * @throws IllegalArgumentException when it is negative
     */
    static long micros(String name, Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + duration);
        }
        return duration.getSeconds() * 1_000_000L + duration.getNano() / 1_000;
    }

    /** {@return what the durations measure, for example {@code "wait time"}} */
    public String name() {
        return name;
    }

    /** {@return number of durations} */
    public long n() {
        return histogram.getTotalCount();
    }

    /** {@return true when there are no durations} */
    public boolean isEmpty() {
        return n() == 0;
    }

    /** {@return the median, the 50th percentile} */
    public Duration median() {
        return percentile(50);
    }

    /**
     * {@return the {@code p}-th percentile, {@code 0 < p <= 100}}
     *
     * @param p the percentile, in (0, 100]
     * @throws IllegalStateException when the histogram is empty
     */
    public Duration percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("p must be in (0, 100], was " + p);
        }
        requireNonEmpty("percentile");
        return Duration.ofNanos(histogram.getValueAtPercentile(p) * 1_000L);
    }

    /** {@return the longest duration, to the histogram's precision} */
    public Duration max() {
        requireNonEmpty("max");
        return Duration.ofNanos(histogram.getMaxValue() * 1_000L);
    }

    /** {@return the mean duration, to the histogram's precision} */
    public Duration mean() {
        requireNonEmpty("mean");
        return Duration.ofNanos(Math.round(histogram.getMean() * 1_000));
    }

    /**
     * {@return the durations of both this and {@code other}}
     *
     * @param other the other durations
     */
    public DurationHistogram plus(DurationHistogram other) {
        Histogram sum = histogram.copy();
        sum.add(Objects.requireNonNull(other, "other").histogram);
        return new DurationHistogram(name, sum);
    }

    /** {@return a copy of the underlying HdrHistogram, in microseconds, for its full API} */
    public Histogram toHdrHistogram() {
        return histogram.copy();
    }

    /** {@return HdrHistogram's compressed encoding of the counts} */
    public byte[] toByteArray() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Arrays.copyOf(buffer.array(), length);
    }

    /**
     * Decodes bytes written by {@link #toByteArray()} (or any HdrHistogram compressed
     * histogram of microseconds), naming the durations {@code name}.
     *
     * @param name the measure's name, for messages
     * @param bytes the encoded histogram
     * @return the decoded histogram
     * @throws IllegalArgumentException when the bytes are not a compressed HdrHistogram, or
     *     are longer or shorter than its header says
     */
    public static DurationHistogram fromByteArray(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        ByteBuffer buffer = ByteBuffer.wrap(Objects.requireNonNull(bytes, "bytes"));
        if (bytes.length >= COMPRESSED_HEADER_BYTES) {
            // the header's second int is the length of the compressed counts that follow
            long expected = COMPRESSED_HEADER_BYTES + (long) buffer.getInt(Integer.BYTES);
            if (expected != bytes.length) {
                throw new IllegalArgumentException(
                        name + " bytes must be " + expected + " long, were " + bytes.length);
            }
        }
        try {
            return new DurationHistogram(name, Histogram.decodeFromCompressedByteBuffer(buffer, 0));
        } catch (DataFormatException
                | BufferUnderflowException
                | IllegalArgumentException
                | IndexOutOfBoundsException corrupt) {
            throw new IllegalArgumentException(name + " bytes (" + bytes.length
                    + ") are not a compressed HdrHistogram: " + corrupt.getMessage());
        }
    }

    private void requireNonEmpty(String metric) {
        if (isEmpty()) {
            throw new IllegalStateException(
                    metric + " of " + name + " is undefined for an empty histogram");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurationHistogram that && histogram.equals(that.histogram);
    }

    @Override
    public int hashCode() {
        return histogram.hashCode();
    }

    @Override
    public String toString() {
        return "DurationHistogram{" + name + ", n=" + n() + "}";
    }
}
