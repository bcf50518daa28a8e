package dev.cxkit.spark;

import dev.cxkit.spark.Serializables.SerializableBiConsumer;
import dev.cxkit.spark.Serializables.SerializableFunction;
import dev.cxkit.spark.Serializables.SerializableSupplier;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * A Spark {@link Aggregator} over a cx-core histogram: each group starts from an empty buffer,
 * adds its inputs in place, merges partial buffers across partitions (exact: counts add), and
 * finishes the group's histogram into {@code OUT}.
 *
 * <p>Null inputs are skipped, as SQL aggregates skip nulls. A group whose buffer never learned
 * a scale (a merge of histogram bytes that were all null) finishes as SQL {@code NULL}. An
 * input the accumulator rejects (a score off the scale, a bad weight, malformed bytes) fails
 * the query with the accumulator's {@link IllegalArgumentException}.
 *
 * @param <IN> the input of one row
 * @param <B> the buffer, a Java bean whose shuffle form is the histogram's binary form
 * @param <H> the immutable histogram
 * @param <OUT> the result per group
 */
final class HistogramAggregator<IN, B extends HistogramBuffer<B, H>, H, OUT>
        extends Aggregator<IN, B, OUT> {

    private static final long serialVersionUID = 1L;

    private final SerializableSupplier<B> zero;
    private final SerializableBiConsumer<B, IN> add;
    private final Class<B> bufferClass;
    private final SerializableFunction<H, OUT> finisher;
    private final Encoder<OUT> outputEncoder;

    HistogramAggregator(SerializableSupplier<B> zero, SerializableBiConsumer<B, IN> add,
            Class<B> bufferClass, SerializableFunction<H, OUT> finisher,
            Encoder<OUT> outputEncoder) {
        this.zero = zero;
        this.add = add;
        this.bufferClass = bufferClass;
        this.finisher = finisher;
        this.outputEncoder = outputEncoder;
    }

    @Override
    public B zero() {
        return zero.get();
    }

    @Override
    public B reduce(B buffer, IN input) {
        if (input != null) {
            add.accept(buffer, input);
        }
        return buffer;
    }

    @Override
    public B merge(B buffer, B other) {
        buffer.merge(other);
        return buffer;
    }

    @Override
    public OUT finish(B buffer) {
        return buffer.histogram().map(finisher).orElse(null);
    }

    @Override
    public Encoder<B> bufferEncoder() {
        return Encoders.bean(bufferClass);
    }

    @Override
    public Encoder<OUT> outputEncoder() {
        return outputEncoder;
    }
}
