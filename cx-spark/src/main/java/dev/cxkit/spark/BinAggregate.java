package dev.cxkit.spark;

import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.CreateArray;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.LessThan;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.NumericEvalContext;
import org.apache.spark.sql.catalyst.expressions.aggregate.DeclarativeAggregate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructType;

import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Spark's aggregate of binned scores: per bin, the number of rows and, with weights, the sum of
 * their weights and of their squared weights; when asked, the number of invalid rows too. The
 * first child is a row's bin, a non-null {@code INT}: {@code 0..bins-1}, {@code bins} for an
 * invalid row (counted only when {@code countsInvalid}), anything else (-1) for a row to skip;
 * the second, when present, its weight, a non-null {@code DOUBLE}. {@link ScoreColumns} builds
 * both with the per-row check.
 *
 * <p>Unlike one {@code count_if} or {@code sum} per statistic, this is one Catalyst
 * {@link DeclarativeAggregate} with non-nullable {@code long} and {@code double} buffers, so
 * Spark generates its update code inside the code-generated hash aggregation: the bin is
 * computed once per row, and each buffer slot is read and written without null checks. Spark
 * merges partial buffers by adding them, exact for the counts (a count past
 * {@code Long.MAX_VALUE} fails the query rather than wrapping).
 *
 * <p>It evaluates to {@code STRUCT<counts ARRAY<BIGINT>, invalid BIGINT>}, plus
 * {@code weights, squares ARRAY<DOUBLE>} when weighted, which {@link Finishers} hand to cx-core.
 * Immutable; Spark copies it with new children through {@link #withNewChildrenInternal} or, by
 * reflection, through the public constructor, whose arguments are the product elements.
 */
final class BinAggregate extends DeclarativeAggregate {

    private static final long serialVersionUID = 1L;

    /** Exact long sums: an overflow fails instead of wrapping. */
    private static final NumericEvalContext EXACT =
            NumericEvalContext.apply(EvalMode.ANSI(), false);

    /** Double sums, which have no overflow check to make. */
    private static final NumericEvalContext PLAIN =
            NumericEvalContext.apply(EvalMode.LEGACY(), false);

    private final Seq<Expression> arguments;
    private final int bins;
    private final boolean countsInvalid;
    private final boolean pooledSquares;
    private final List<AttributeReference> counts;
    private final List<AttributeReference> weights;
    private final List<AttributeReference> squares;

    /**
     * The aggregate of {@code arguments} (the bin, and the weight when weighted) over
     * {@code bins} bins.
     *
     * @param arguments the bin column and, for weighted scores, the weight column
     * @param bins the number of bins, at least 1
     * @param countsInvalid whether rows in bin {@code bins} are counted as invalid
     * @param pooledSquares whether the squared weights are summed over all bins together (one
     *     sum) rather than per bin
     */
    public BinAggregate(
            Seq<Expression> arguments, int bins, boolean countsInvalid, boolean pooledSquares) {
        if (arguments.size() < 1 || arguments.size() > 2 || bins < 1) {
            throw new IllegalArgumentException("BinAggregate takes a bin and an optional weight"
                    + " over at least 1 bin, was " + arguments.size() + " arguments, " + bins
                    + " bins");
        }
        this.arguments = arguments;
        this.bins = bins;
        this.countsInvalid = countsInvalid;
        this.pooledSquares = pooledSquares;
        this.counts = attributes("count", bins + (countsInvalid ? 1 : 0), DataTypes.LongType);
        boolean weighted = arguments.size() == 2;
        this.weights = attributes("weight", weighted ? bins : 0, DataTypes.DoubleType);
        this.squares = attributes(
                "square", weighted ? (pooledSquares ? 1 : bins) : 0, DataTypes.DoubleType);
    }

    private boolean weighted() {
        return !weights.isEmpty();
    }

    @Override
    public Seq<Expression> children() {
        return arguments;
    }

    @Override
    public BinAggregate withNewChildrenInternal(IndexedSeq<Expression> children) {
        return new BinAggregate(children, bins, countsInvalid, pooledSquares);
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public DataType dataType() {
        StructType type = new StructType()
                .add(Finishers.COUNTS, DataTypes.createArrayType(DataTypes.LongType, false), false)
                .add(Finishers.INVALID, DataTypes.LongType, false);
        if (weighted()) {
            DataType sums = DataTypes.createArrayType(DataTypes.DoubleType, false);
            type = type.add(Finishers.WEIGHTS, sums, false).add(Finishers.SQUARES, sums, false);
        }
        return type;
    }

    @Override
    public String prettyName() {
        return "cx_bin_statistics";
    }

    @Override
    public Seq<AttributeReference> aggBufferAttributes() {
        List<AttributeReference> all = new ArrayList<>(counts);
        all.addAll(weights);
        all.addAll(squares);
        return seq(all);
    }

    @Override
    public Seq<Expression> initialValues() {
        List<Expression> zeros = new ArrayList<>();
        counts.forEach(count -> zeros.add(Literal.create(0L, DataTypes.LongType)));
        weights.forEach(weight -> zeros.add(Literal.create(0.0, DataTypes.DoubleType)));
        squares.forEach(square -> zeros.add(Literal.create(0.0, DataTypes.DoubleType)));
        return seq(zeros);
    }

    @Override
    public Seq<Expression> updateExpressions() {
        Expression bin = arguments.apply(0);
        List<Expression> updates = new ArrayList<>();
        for (int slot = 0; slot < counts.size(); slot++) {
            updates.add(addIn(bin, slot, counts.get(slot), Literal.create(1L, DataTypes.LongType)));
        }
        if (weighted()) {
            Expression weight = arguments.apply(1);
            for (int slot = 0; slot < bins; slot++) {
                updates.add(addIn(bin, slot, weights.get(slot), weight));
            }
            Expression square = new Multiply(weight, weight, PLAIN);
            if (pooledSquares) {
                AttributeReference total = squares.get(0);
                Expression valid = new And(
                        new GreaterThanOrEqual(bin, Literal.create(0, DataTypes.IntegerType)),
                        new LessThan(bin, Literal.create(bins, DataTypes.IntegerType)));
                updates.add(new If(valid, add(total, square), total));
            } else {
                for (int slot = 0; slot < bins; slot++) {
                    updates.add(addIn(bin, slot, squares.get(slot), square));
                }
            }
        }
        return seq(updates);
    }

    @Override
    public Seq<Expression> mergeExpressions() {
        Seq<AttributeReference> buffer = aggBufferAttributes();
        Seq<AttributeReference> input = inputAggBufferAttributes();
        List<Expression> merges = new ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            merges.add(add(buffer.apply(i), input.apply(i)));
        }
        return seq(merges);
    }

    @Override
    public Expression evaluateExpression() {
        List<Expression> fields = new ArrayList<>();
        fields.add(Literal.create(Finishers.COUNTS, DataTypes.StringType));
        fields.add(array(counts.subList(0, bins)));
        fields.add(Literal.create(Finishers.INVALID, DataTypes.StringType));
        fields.add(countsInvalid ? counts.get(bins) : Literal.create(0L, DataTypes.LongType));
        if (weighted()) {
            fields.add(Literal.create(Finishers.WEIGHTS, DataTypes.StringType));
            fields.add(array(weights));
            fields.add(Literal.create(Finishers.SQUARES, DataTypes.StringType));
            fields.add(array(squares));
        }
        return new CreateNamedStruct(seq(fields));
    }

    @Override
    public int productArity() {
        return 4;
    }

    @Override
    public Object productElement(int n) {
        return switch (n) {
            case 0 -> arguments;
            case 1 -> bins;
            case 2 -> countsInvalid;
            case 3 -> pooledSquares;
            default -> throw new IndexOutOfBoundsException(n);
        };
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof BinAggregate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinAggregate that
                && bins == that.bins
                && countsInvalid == that.countsInvalid
                && pooledSquares == that.pooledSquares
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arguments, bins, countsInvalid, pooledSquares);
    }

    /** {@code IF(bin = slot, buffer + value, buffer)}. */
    private static Expression addIn(
            Expression bin, int slot, AttributeReference buffer, Expression value) {
        return new If(
                new EqualTo(bin, Literal.create(slot, DataTypes.IntegerType)),
                add(buffer, value),
                buffer);
    }

    private static Expression add(Expression left, Expression right) {
        return new Add(left, right, left.dataType() == DataTypes.LongType ? EXACT : PLAIN);
    }

    private static Expression array(List<AttributeReference> slots) {
        return new CreateArray(seq(new ArrayList<Expression>(slots)), false);
    }

    private static List<AttributeReference> attributes(String name, int size, DataType type) {
        IntFunction<AttributeReference> attribute = i -> new AttributeReference(
                name + "_" + i,
                type,
                false,
                Metadata.empty(),
                NamedExpression.newExprId(),
                seq(List.<String>of()));
        List<AttributeReference> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(attribute.apply(i));
        }
        return List.copyOf(all);
    }

    private static <T> Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toList();
    }
}
