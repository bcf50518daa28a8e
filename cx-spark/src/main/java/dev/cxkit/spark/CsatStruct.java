package dev.cxkit.spark;

import dev.cxkit.csat.Csat;
import dev.cxkit.stats.Interval;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.collection.immutable.Seq;

import java.util.Optional;

/**
 * A {@link Csat} as a Spark struct: {@code n, csat, lower, upper, mean, mean_lower,
 * mean_upper, satisfied, counts}. {@code csat} is the top-two-box share, a fraction in [0, 1],
 * with its Wilson interval {@code lower..upper}; {@code mean} is in scale points with Student's
 * t interval; {@code counts} holds the count of each score from the scale's minimum up.
 * Statistics a group cannot have (any for no response, the mean interval for fewer than two)
 * are {@code NULL}, never NaN.
 */
final class CsatStruct {

    static final StructType SCHEMA = new StructType()
            .add("n", DataTypes.LongType, false)
            .add("csat", DataTypes.DoubleType, true)
            .add("lower", DataTypes.DoubleType, true)
            .add("upper", DataTypes.DoubleType, true)
            .add("mean", DataTypes.DoubleType, true)
            .add("mean_lower", DataTypes.DoubleType, true)
            .add("mean_upper", DataTypes.DoubleType, true)
            .add("satisfied", DataTypes.LongType, false)
            .add("counts", DataTypes.createArrayType(DataTypes.LongType, false), false);

    private CsatStruct() {}

    /** The row of {@code csat} with its intervals at {@code level}. */
    static Row of(Csat csat, double level) {
        Seq<Long> counts = StructValues.counts(csat.histogram());
        if (csat.isEmpty()) {
            return RowFactory.create(
                    csat.n(), null, null, null, null, null, null, csat.satisfied(), counts);
        }
        Interval share = csat.interval(level);
        Optional<Interval> mean =
                StructValues.meanInterval(csat.n(), () -> csat.mean().interval(level));
        return RowFactory.create(
                csat.n(),
                csat.value(),
                share.lower(),
                share.upper(),
                csat.mean().value(),
                StructValues.lower(mean),
                StructValues.upper(mean),
                csat.satisfied(),
                counts);
    }
}
