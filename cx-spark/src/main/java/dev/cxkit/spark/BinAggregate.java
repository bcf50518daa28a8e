package dev.cxkit.spark;

import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.AttributeReference;
import org.apache.spark.sql.catalyst.expressions.BitwiseAnd;
import org.apache.spark.sql.catalyst.expressions.Cast;
import org.apache.spark.sql.catalyst.expressions.Concat;
import org.apache.spark.sql.catalyst.expressions.CreateArray;
import org.apache.spark.sql.catalyst.expressions.CreateMap;
import org.apache.spark.sql.catalyst.expressions.CreateNamedStruct;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.EvalMode;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThan;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.LessThan;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.NamedExpression;
import org.apache.spark.sql.catalyst.expressions.NumericEvalContext;
import org.apache.spark.sql.catalyst.expressions.RaiseError;
import org.apache.spark.sql.catalyst.expressions.ShiftRightUnsigned;
import org.apache.spark.sql.catalyst.expressions.Subtract;
import org.apache.spark.sql.catalyst.expressions.aggregate.DeclarativeAggregate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructType;

import scala.Option;
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
 * invalid row (only when {@code countsInvalid}, which counts them), -1 for a row to skip;
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
 * <p><b>The compact layout</b> (weighted, 3 bins: NPS's detractors, passives and promoters)
 * keeps a group in 6 buffers instead of 7, since what each row costs grows with the buffers it
 * reads and writes: the number of valid rows; the counts of the first and last bins packed in
 * one {@code long} (the first in the low 32 bits, the last in the high 32 bits, added with
 * wrap-around, so each half is exact while the group has fewer than 2^32 valid rows); a weight
 * sum per bin; and one sum of squared weights for the whole group (all that Kish's effective n
 * reads). The middle bin's count is the difference. A group of more than {@value #PACKED_LIMIT}
 * valid rows fails the query with a message naming the function, the limit and the way around
 * it (the weighted histogram's bytes, one count per score).
 *
 * <p>It evaluates to {@code STRUCT<counts ARRAY<BIGINT>, invalid BIGINT>}, plus
 * {@code weights, squares ARRAY<DOUBLE>} when weighted ({@code squares} of one element in the
 * compact layout), which {@link Finishers} hand to cx-core. Immutable; Spark copies it with new
 * children through {@link #withNewChildrenInternal} or, by reflection, through the public
 * constructor, whose arguments are the product elements.
 *
 * <p>The buffers are the state a streaming aggregation keeps, so this layout is the state's
 * layout: a checkpoint written by a cx-spark whose layout differs cannot be resumed.
 */
final class BinAggregate extends DeclarativeAggregate {

    private static final long serialVersionUID = 1L;

    /** Exact long sums: an overflow fails instead of wrapping. */
    private static final NumericEvalContext EXACT =
            NumericEvalContext.apply(EvalMode.ANSI(), false);

    /** Double sums, which have no overflow check to make. */
    private static final NumericEvalContext PLAIN =
            NumericEvalContext.apply(EvalMode.LEGACY(), false);

    /** The most valid rows a group may have in the compact layout: 2^32 - 1. */
    static final long PACKED_LIMIT = 0xFFFF_FFFFL;

    /** One row of the last bin in the compact layout's packed counts. */
    private static final long LAST_BIN_UNIT = 1L << 32;

    private final Seq<Expression> arguments;
    private final int bins;
    private final boolean countsInvalid;
    private final boolean compact;
    private final String function;
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
     * @param compact whether the group is kept in the compact layout (weighted, 3 bins only)
     * @param function the SQL function this aggregate serves, named when a group is too large
     *     for the compact layout
     */
    public BinAggregate(
            Seq<Expression> arguments,
            int bins,
            boolean countsInvalid,
            boolean compact,
            String function) {
        if (arguments.size() < 1 || arguments.size() > 2 || bins < 1) {
            throw new IllegalArgumentException("BinAggregate takes a bin and an optional weight"
                    + " over at least 1 bin, was " + arguments.size() + " arguments, " + bins
                    + " bins");
        }
        boolean weighted = arguments.size() == 2;
        if (compact && (!weighted || bins != 3)) {
            throw new IllegalArgumentException("BinAggregate's compact layout takes a weight and"
                    + " 3 bins, was " + arguments.size() + " arguments, " + bins + " bins");
        }
        this.arguments = arguments;
        this.bins = bins;
        this.countsInvalid = countsInvalid;
        this.compact = compact;
        this.function = Objects.requireNonNull(function, "function");
        this.counts = compact
                ? compactCounts(countsInvalid)
                : attributes("count", bins + (countsInvalid ? 1 : 0), DataTypes.LongType);
        this.weights = attributes("weight", weighted ? bins : 0, DataTypes.DoubleType);
        this.squares =
                attributes("square", weighted ? (compact ? 1 : bins) : 0, DataTypes.DoubleType);
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
        return new BinAggregate(children, bins, countsInvalid, compact, function);
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
        // A row in a bin; bin {@code bins}, the invalid rows', exists only when they are counted.
        Expression binned = new GreaterThanOrEqual(bin, Literal.create(0, DataTypes.IntegerType));
        Expression valid = countsInvalid
                ? new And(binned, new LessThan(bin, Literal.create(bins, DataTypes.IntegerType)))
                : binned;
        List<Expression> updates = new ArrayList<>();
        if (compact) {
            AttributeReference n = counts.get(0);
            AttributeReference packed = counts.get(1);
            updates.add(new If(valid, add(n, Literal.create(1L, DataTypes.LongType)), n));
            // Wrapping adds: see the class comment.
            updates.add(new If(
                    isBin(bin, 0),
                    new Add(packed, Literal.create(1L, DataTypes.LongType), PLAIN),
                    new If(
                            isBin(bin, bins - 1),
                            new Add(
                                    packed,
                                    Literal.create(LAST_BIN_UNIT, DataTypes.LongType),
                                    PLAIN),
                            packed)));
            if (countsInvalid) {
                updates.add(
                        addIn(bin, bins, counts.get(2), Literal.create(1L, DataTypes.LongType)));
            }
        } else {
            for (int slot = 0; slot < counts.size(); slot++) {
                updates.add(
                        addIn(bin, slot, counts.get(slot), Literal.create(1L, DataTypes.LongType)));
            }
        }
        if (weighted()) {
            Expression weight = arguments.apply(1);
            for (int slot = 0; slot < bins; slot++) {
                updates.add(addIn(bin, slot, weights.get(slot), weight));
            }
            Expression square = new Multiply(weight, weight, PLAIN);
            if (compact) {
                AttributeReference total = squares.get(0);
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
        if (compact) {
            // The packed counts wrap around rather than overflow (see the class comment).
            merges.set(1, new Add(buffer.apply(1), input.apply(1), PLAIN));
        }
        return seq(merges);
    }

    @Override
    public Expression evaluateExpression() {
        int stored = compact ? 2 : bins;
        List<Expression> fields = new ArrayList<>();
        fields.add(Literal.create(Finishers.COUNTS, DataTypes.StringType));
        fields.add(compact ? unpackedCounts() : array(counts.subList(0, bins)));
        fields.add(Literal.create(Finishers.INVALID, DataTypes.StringType));
        fields.add(countsInvalid ? counts.get(stored) : Literal.create(0L, DataTypes.LongType));
        if (weighted()) {
            fields.add(Literal.create(Finishers.WEIGHTS, DataTypes.StringType));
            fields.add(array(weights));
            fields.add(Literal.create(Finishers.SQUARES, DataTypes.StringType));
            fields.add(array(squares));
        }
        Expression statistics = new CreateNamedStruct(seq(fields));
        return compact ? withinPackedLimit(statistics) : statistics;
    }

    /** The compact layout's counts per bin: first, valid rows minus first and last, last. */
    private Expression unpackedCounts() {
        Expression n = counts.get(0);
        Expression packed = counts.get(1);
        Expression first = new BitwiseAnd(packed, Literal.create(PACKED_LIMIT, DataTypes.LongType));
        Expression last = new ShiftRightUnsigned(packed, Literal.create(32, DataTypes.IntegerType));
        Expression middle = new Subtract(new Subtract(n, first, EXACT), last, EXACT);
        return new CreateArray(seq(List.of(first, middle, last)), false);
    }

    /** {@code statistics}, or a query failure for a group of more than 2^32 - 1 rows. */
    private Expression withinPackedLimit(Expression statistics) {
        Expression n = counts.get(0);
        Expression message = new Concat(seq(List.of(
                Literal.create(
                        function + ": a group may hold at most " + PACKED_LIMIT
                                + " responses, this one holds ",
                        DataTypes.StringType),
                new Cast(n, DataTypes.StringType, Option.empty()),
                Literal.create(
                        "; cx_nps_of(cx_nps_weighted_histogram(score, weight)) has no such limit",
                        DataTypes.StringType))));
        Expression failure = new RaiseError(
                Literal.create("USER_RAISED_EXCEPTION", DataTypes.StringType),
                new CreateMap(
                        seq(List.of(Literal.create("errorMessage", DataTypes.StringType), message)),
                        false),
                statistics.dataType());
        return new If(
                new GreaterThan(n, Literal.create(PACKED_LIMIT, DataTypes.LongType)),
                failure,
                statistics);
    }

    @Override
    public int productArity() {
        return 5;
    }

    @Override
    public Object productElement(int n) {
        return switch (n) {
            case 0 -> arguments;
            case 1 -> bins;
            case 2 -> countsInvalid;
            case 3 -> compact;
            case 4 -> function;
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
                && compact == that.compact
                && function.equals(that.function)
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arguments, bins, countsInvalid, compact, function);
    }

    /** {@code IF(bin = slot, buffer + value, buffer)}. */
    private static Expression addIn(
            Expression bin, int slot, AttributeReference buffer, Expression value) {
        return new If(isBin(bin, slot), add(buffer, value), buffer);
    }

    private static Expression isBin(Expression bin, int slot) {
        return new EqualTo(bin, Literal.create(slot, DataTypes.IntegerType));
    }

    private static Expression add(Expression left, Expression right) {
        return new Add(left, right, left.dataType() == DataTypes.LongType ? EXACT : PLAIN);
    }

    private static Expression array(List<AttributeReference> slots) {
        return new CreateArray(seq(new ArrayList<Expression>(slots)), false);
    }

    /** The compact layout's counts: valid rows, the packed first and last bins, invalid rows. */
    private static List<AttributeReference> compactCounts(boolean countsInvalid) {
        List<AttributeReference> counts = new ArrayList<>();
        counts.add(attributes("valid", 1, DataTypes.LongType).get(0));
        counts.add(attributes("first_last", 1, DataTypes.LongType).get(0));
        if (countsInvalid) {
            counts.add(attributes("invalid", 1, DataTypes.LongType).get(0));
        }
        return List.copyOf(counts);
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
