package dev.cxkit.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * {@code cx_merge_histograms} and {@code try_cx_merge_histograms}: the sum of a group's
 * histogram bytes, of either kind, as bytes of the same kind, with the number of rows skipped as
 * unreadable (always 0 for the strict function, which fails on them). The result is the
 * {@link MergeBuffer} itself, a struct {@code bytes, invalid} that {@link CxFunctions} turns
 * into each function's column. Null inputs are skipped; a group of only nulls has no bytes. It
 * runs as Spark's object hash aggregate, which suits its input: a few stored partial histograms
 * per group (days into months), not responses.
 */
final class MergeAggregator extends Aggregator<byte[], MergeBuffer, MergeBuffer> {

    private static final long serialVersionUID = 1L;

    private final boolean skipUnreadable;

    /** The aggregator that fails on unreadable bytes, or, with {@code skipUnreadable}, counts them. */
    MergeAggregator(boolean skipUnreadable) {
        this.skipUnreadable = skipUnreadable;
    }

    @Override
    public MergeBuffer zero() {
        return new MergeBuffer();
    }

    @Override
    public MergeBuffer reduce(MergeBuffer buffer, byte[] bytes) {
        if (bytes != null) {
            buffer.add(bytes, skipUnreadable);
        }
        return buffer;
    }

    @Override
    public MergeBuffer merge(MergeBuffer buffer, MergeBuffer other) {
        buffer.merge(other);
        return buffer;
    }

    @Override
    public MergeBuffer finish(MergeBuffer buffer) {
        return buffer;
    }

    @Override
    public Encoder<MergeBuffer> bufferEncoder() {
        return Encoders.bean(MergeBuffer.class);
    }

    @Override
    public Encoder<MergeBuffer> outputEncoder() {
        return Encoders.bean(MergeBuffer.class);
    }
}
