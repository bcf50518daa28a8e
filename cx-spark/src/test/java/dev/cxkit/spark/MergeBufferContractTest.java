package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.model.Scale;
import dev.cxkit.score.MergeContract;
import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.testing.Property;
import dev.cxkit.testing.Property.Trial;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The merge laws for {@code try_cx_merge_histograms}' buffer, without Spark: rows of stored
 * histogram bytes (NPS histograms, a fifth of them unreadable), reduced into buffers and merged
 * as Spark's object hash aggregate does, give the histogram and the count of skipped rows of the
 * whole in any split and order. The buffer crosses Spark's shuffle as its bean properties, so
 * those round-trip too. {@link WeightedMergeBufferContractTest} runs the laws over weighted
 * histograms.
 */
class MergeBufferContractTest
        extends MergeContract<MergeBuffer, MergeBufferContractTest.Sum, List<byte[]>> {

    /** What a buffer holds, as Spark's encoder reads it. */
    record Sum(byte[] bytes, long invalid) {

        static Sum of(MergeBuffer buffer) {
            return new Sum(buffer.getBytes(), buffer.getInvalid());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sum sum
                    && Arrays.equals(bytes, sum.bytes)
                    && invalid == sum.invalid;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(bytes), invalid);
        }

        @Override
        public String toString() {
            return (bytes == null ? "no histogram" : bytes.length + " bytes") + ", " + invalid
                    + " invalid";
        }
    }

    /** One stored histogram's bytes, or bytes that do not decode. */
    protected byte[] row(Trial trial) {
        if (trial.random().nextInt(5) == 0) {
            byte[] damaged = ScoreHistogram.of(Scale.NPS, new long[11]).toByteArray();
            return Arrays.copyOf(damaged, trial.intIn(0, damaged.length - 1));
        }
        long[] counts = new long[11];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = trial.intIn(0, 50);
        }
        return ScoreHistogram.of(Scale.NPS, counts).toByteArray();
    }

    @Override
    protected MergeBuffer create() {
        return new MergeBuffer();
    }

    @Override
    protected List<byte[]> data(Trial trial, int size) {
        List<byte[]> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(row(trial));
        }
        return rows;
    }

    @Override
    protected void addEach(MergeBuffer buffer, List<byte[]> data, int from, int to) {
        for (byte[] bytes : data.subList(from, to)) {
            buffer.add(bytes, true);
        }
    }

    /** As Spark does between stages: a partial buffer through its bean properties, merged in. */
    @Override
    protected void addBatch(MergeBuffer buffer, List<byte[]> data, int from, int to) {
        MergeBuffer partial = create();
        addEach(partial, data, from, to);
        buffer.merge(throughEncoder(partial));
    }

    @Override
    protected void merge(MergeBuffer into, MergeBuffer other) {
        into.merge(other);
    }

    @Override
    protected Sum snapshot(MergeBuffer buffer) {
        return Sum.of(buffer);
    }

    @Override
    protected Sum collect(List<byte[]> data, int size, boolean parallel) {
        var stream = data.subList(0, size).stream();
        return (parallel ? stream.parallel() : stream)
                .collect(collector((MergeBuffer buffer, byte[] bytes) -> buffer.add(bytes, true)));
    }

    @Test
    void beanPropertiesCarryTheWholeBuffer() {
        Property.check("bean round trip", trial -> {
            int size = trial.intIn(0, MAX_SIZE);
            MergeBuffer buffer = create();
            addEach(buffer, data(trial, size), 0, size);
            assertThat(Sum.of(throughEncoder(buffer))).isEqualTo(Sum.of(buffer));
        });
    }

    /** A new buffer set from {@code buffer}'s bean properties, as Spark's bean encoder makes it. */
    private static MergeBuffer throughEncoder(MergeBuffer buffer) {
        MergeBuffer copy = new MergeBuffer();
        copy.setBytes(buffer.getBytes());
        copy.setInvalid(buffer.getInvalid());
        return copy;
    }
}
