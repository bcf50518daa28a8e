package dev.cxkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.SparkRuntimeException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.junit.jupiter.api.Test;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link BinAggregate}'s compact layout ({@code cx_nps_weighted}): the count of valid rows,
 * detractors and promoters packed in one {@code long}, three weight sums and one sum of squared
 * weights. Its expressions are evaluated here on buffers a real query could only reach with
 * billions of rows: the packed counts wrap around the sign bit exactly, and a group is read up
 * to its limit of 2^32 - 1 responses and refused, with a message, at one more.
 */
class CompactLayoutTest {

    private static final long LIMIT = 4_294_967_295L;

    private final AttributeReference bin = attribute("bin", DataTypes.IntegerType);
    private final AttributeReference weight = attribute("weight", DataTypes.DoubleType);
    private final BinAggregate aggregate = new BinAggregate(
            CollectionConverters.asScala(List.<Expression>of(bin, weight)).toList(),
            3,
            false,
            true,
            "cx_nps_weighted");

    @Test
    void keepsSixBuffers() {
        assertThat(aggregate.aggBufferAttributes().size()).isEqualTo(6);
        assertThat(new BinAggregate(aggregate.children(), 3, true, true, "try_cx_nps_weighted")
                        .aggBufferAttributes()
                        .size())
                .isEqualTo(7);
    }

    @Test
    void theMiddleBinIsTheRowsNeitherFirstNorLast() {
        InternalRow statistics = evaluate(buffer(10, packed(3, 5), 1.5, 2.5, 4.0, 9.0));

        assertThat(statistics.getArray(0).toLongArray()).containsExactly(3, 2, 5);
        assertThat(statistics.getArray(2).toDoubleArray()).containsExactly(1.5, 2.5, 4.0);
        assertThat(statistics.getArray(3).toDoubleArray()).containsExactly(9.0);
    }

    @Test
    void packedCountsWrapAroundTheSignBitExactly() {
        // 2^31 - 1 promoters (the highest bit of the long just below) plus one more: a signed
        // add would overflow; the wrap-around add gives 2^31 promoters.
        long below = packed(0, (1L << 31) - 1);
        Object[] merged =
                merge(buffer(1L << 31, below, 0, 0, 1, 1), buffer(1, packed(0, 1), 0, 0, 1, 1));
        assertThat(merged[0]).isEqualTo((1L << 31) + 1);
        assertThat(merged[1]).isEqualTo(Long.MIN_VALUE);

        InternalRow statistics = evaluate(buffer((1L << 31) + 1, Long.MIN_VALUE, 0, 0, 2, 2));
        assertThat(statistics.getArray(0).toLongArray()).containsExactly(0, 1, 1L << 31);

        Object[] updated = update(buffer(1L << 31, below, 0, 0, 1, 1), 2, 0.5);
        assertThat(updated[1]).isEqualTo(Long.MIN_VALUE);
        assertThat(updated[4]).isEqualTo(1.5);
        assertThat(updated[5]).isEqualTo(1.25);
    }

    @Test
    void aGroupOfTheLimitIsRead() {
        InternalRow statistics = evaluate(buffer(LIMIT, packed(LIMIT - 2, 1), 1, 1, 1, 1));

        assertThat(statistics.getArray(0).toLongArray()).containsExactly(LIMIT - 2, 1, 1);
    }

    @Test
    void aGroupOfOneMoreFailsNamingTheFunctionAndTheLimit() {
        assertThatThrownBy(() -> evaluate(buffer(LIMIT + 1, packed(LIMIT - 1, 1), 1, 1, 1, 1)))
                .isInstanceOf(SparkRuntimeException.class)
                .hasMessageContaining("[USER_RAISED_EXCEPTION] cx_nps_weighted: a group may hold"
                        + " at most 4294967295 responses, this one holds 4294967296;"
                        + " cx_nps_of(cx_nps_weighted_histogram(score, weight)) has no such"
                        + " limit");
    }

    private static long packed(long first, long last) {
        return first + (last << 32);
    }

    private static Object[] buffer(
            long n,
            long packed,
            double detractors,
            double passives,
            double promoters,
            double squares) {
        return new Object[] {n, packed, detractors, passives, promoters, squares};
    }

    private InternalRow evaluate(Object[] buffer) {
        return project(
                        List.of(aggregate.evaluateExpression()),
                        aggregate.aggBufferAttributes(),
                        buffer)
                .getStruct(0, 4);
    }

    private Object[] merge(Object[] left, Object[] right) {
        List<Attribute> input =
                new ArrayList<>(CollectionConverters.asJava(aggregate.aggBufferAttributes()));
        input.addAll(CollectionConverters.asJava(aggregate.inputAggBufferAttributes()));
        Object[] values = new Object[12];
        System.arraycopy(left, 0, values, 0, 6);
        System.arraycopy(right, 0, values, 6, 6);
        return values(project(
                CollectionConverters.asJava(aggregate.mergeExpressions()),
                CollectionConverters.asScala(input).toList(),
                values));
    }

    private Object[] update(Object[] buffer, int rowBin, double rowWeight) {
        List<Attribute> input =
                new ArrayList<>(CollectionConverters.asJava(aggregate.aggBufferAttributes()));
        input.add(bin);
        input.add(weight);
        Object[] values = new Object[8];
        System.arraycopy(buffer, 0, values, 0, 6);
        values[6] = rowBin;
        values[7] = rowWeight;
        return values(project(
                CollectionConverters.asJava(aggregate.updateExpressions()),
                CollectionConverters.asScala(input).toList(),
                values));
    }

    private static InternalRow project(
            List<Expression> expressions, Seq<? extends Attribute> input, Object[] values) {
        @SuppressWarnings("unchecked")
        Seq<Attribute> schema = (Seq<Attribute>) input;
        return UnsafeProjection.create(CollectionConverters.asScala(expressions).toList(), schema)
                .apply(new GenericInternalRow(values));
    }

    private Object[] values(InternalRow row) {
        Object[] values = new Object[6];
        for (int i = 0; i < 6; i++) {
            DataType type = aggregate.aggBufferAttributes().apply(i).dataType();
            values[i] = row.get(i, type);
        }
        return values;
    }

    private static AttributeReference attribute(String name, DataType type) {
        return new AttributeReference(
                name,
                type,
                false,
                Metadata.empty(),
                NamedExpression.newExprId(),
                CollectionConverters.asScala(List.<String>of()).toList());
    }
}
