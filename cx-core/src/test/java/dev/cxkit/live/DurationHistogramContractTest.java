package dev.cxkit.live;

import dev.cxkit.score.AccumulatorContract;
import dev.cxkit.testing.Property.Trial;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collector;

/**
 * The accumulator laws for duration histograms, the snapshots of a {@link ServiceTimeRecorder}:
 * histograms merge with {@link DurationHistogram#plus}, so the accumulator here holds the
 * histogram so far; durations from microseconds to ten minutes. The binary form is HdrHistogram's
 * compressed encoding, not cxkit's header.
 */
class DurationHistogramContractTest
        extends AccumulatorContract<
                DurationHistogramContractTest.Sum, DurationHistogram, Duration[]> {

    private static final String NAME = "wait time";

    /** The histogram of the durations added so far. */
    static final class Sum {
        private DurationHistogram histogram = DurationHistogram.empty(NAME);

        void add(DurationHistogram other) {
            histogram = histogram.plus(other);
        }
    }

    @Override
    protected Sum create() {
        return new Sum();
    }

    @Override
    protected Duration[] data(Trial trial, int size) {
        Duration[] durations = new Duration[size];
        for (int i = 0; i < size; i++) {
            durations[i] =
                    Duration.ofNanos(1_000 * trial.longIn(0, 600_000_000L >> trial.intIn(0, 28)));
        }
        return durations;
    }

    @Override
    protected void addEach(Sum sum, Duration[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            sum.add(DurationHistogram.of(NAME, data[i]));
        }
    }

    @Override
    protected void addBatch(Sum sum, Duration[] data, int from, int to) {
        sum.add(DurationHistogram.of(NAME, Arrays.copyOfRange(data, from, to)));
    }

    @Override
    protected void merge(Sum into, Sum other) {
        into.add(other.histogram);
    }

    @Override
    protected DurationHistogram snapshot(Sum sum) {
        return sum.histogram;
    }

    @Override
    protected DurationHistogram collect(Duration[] data, int size, boolean parallel) {
        var stream = Arrays.stream(data, 0, size);
        return (parallel ? stream.parallel() : stream)
                .collect(Collector.of(
                        Sum::new,
                        (sum, duration) -> sum.add(DurationHistogram.of(NAME, duration)),
                        (first, second) -> {
                            first.add(second.histogram);
                            return first;
                        },
                        sum -> sum.histogram,
                        Collector.Characteristics.UNORDERED));
    }

    @Override
    protected List<byte[]> encode(DurationHistogram result) {
        return List.of(result.toByteArray());
    }

    @Override
    protected DurationHistogram decode(List<byte[]> parts) {
        return DurationHistogram.fromByteArray(NAME, parts.get(0));
    }

    @Override
    protected DurationHistogram combine(DurationHistogram first, DurationHistogram second) {
        return first.plus(second);
    }

    @Override
    protected boolean hasCxkitHeader() {
        return false;
    }
}
