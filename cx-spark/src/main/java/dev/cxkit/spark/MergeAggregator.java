package dev.cxkit.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * {@code cx_merge_histograms}: the sum of a group's histogram bytes, of either kind, as bytes
 * of the same kind. Null inputs are skipped; a group of only nulls gives {@code NULL}. It runs
 * as Spark's object hash aggregate, which suits its input: a few stored partial histograms per
 * group (days into months), not responses.
 */
final class MergeAggregator extends Aggregator<byte[], MergeBuffer, byte[]> {

    private static final long serialVersionUID = 1L;

    @Override
    public MergeBuffer zero() {
        return new MergeBuffer();
    }

    @Override
    public MergeBuffer reduce(MergeBuffer buffer, byte[] bytes) {
        if (bytes != null) {
            buffer.add(bytes);
        }
        return buffer;
    }

    @Override
    public MergeBuffer merge(MergeBuffer buffer, MergeBuffer other) {
        buffer.merge(other);
        return buffer;
    }

    @Override
    public byte[] finish(MergeBuffer buffer) {
        return buffer.getBytes();
    }

    @Override
    public Encoder<MergeBuffer> bufferEncoder() {
        return Encoders.bean(MergeBuffer.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }
}
