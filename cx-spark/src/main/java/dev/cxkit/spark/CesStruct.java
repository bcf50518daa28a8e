package dev.cxkit.spark;

import dev.cxkit.ces.Ces;
import dev.cxkit.stats.Interval;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.collection.immutable.Seq;

import java.util.Optional;

/**
 * A {@link Ces} as a Spark struct: {@code n, mean, mean_lower, mean_upper, easy_share,
 * easy_lower, easy_upper, net, easy, hard, counts}. {@code mean} is in scale points with
 * Student's t interval; {@code easy_share} (for CES 2.0 the "% agree", 5..7) is a fraction with
 * its Wilson interval; {@code net} is {@code easy share - hard share} in [-1, 1];
 * {@code counts} holds the count of each score from the scale's minimum up. Statistics a
 * group cannot have are {@code NULL}, never NaN.
 */
final class CesStruct {

    static final StructType SCHEMA = new StructType()
            .add("n", DataTypes.LongType, false)
            .add("mean", DataTypes.DoubleType, true)
            .add("mean_lower", DataTypes.DoubleType, true)
            .add("mean_upper", DataTypes.DoubleType, true)
            .add("easy_share", DataTypes.DoubleType, true)
            .add("easy_lower", DataTypes.DoubleType, true)
            .add("easy_upper", DataTypes.DoubleType, true)
            .add("net", DataTypes.DoubleType, true)
            .add("easy", DataTypes.LongType, false)
            .add("hard", DataTypes.LongType, false)
            .add("counts", DataTypes.createArrayType(DataTypes.LongType, false), false);

    private CesStruct() {}

    /** The row of {@code ces} with its intervals at {@code level}. */
    static Row of(Ces ces, double level) {
        Seq<Long> counts = StructValues.counts(ces.histogram());
        if (ces.isEmpty()) {
            return RowFactory.create(
                    ces.n(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ces.easy().count(),
                    ces.hard().count(),
                    counts);
        }
        Optional<Interval> mean =
                StructValues.meanInterval(ces.n(), () -> ces.mean().interval(level));
        Interval easy = ces.easy().interval(level);
        return RowFactory.create(
                ces.n(),
                ces.mean().value(),
                StructValues.lower(mean),
                StructValues.upper(mean),
                ces.easy().value(),
                easy.lower(),
                easy.upper(),
                ces.net(),
                ces.easy().count(),
                ces.hard().count(),
                counts);
    }
}
