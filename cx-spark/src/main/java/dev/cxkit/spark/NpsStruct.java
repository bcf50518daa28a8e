package dev.cxkit.spark;

import dev.cxkit.nps.Nps;
import dev.cxkit.nps.NpsIntervalMethod;
import dev.cxkit.stats.Interval;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An {@link Nps} as a Spark struct: {@code n, nps, lower, upper, effective_n, detractors,
 * passives, promoters}. Score and bounds are in points (-100..100) as cx-core reports them;
 * for a group with no response (or zero total weight) they and {@code effective_n} are
 * {@code NULL}, never NaN.
 */
final class NpsStruct {

    static final StructType SCHEMA = new StructType()
            .add("n", DataTypes.LongType, false)
            .add("nps", DataTypes.DoubleType, true)
            .add("lower", DataTypes.DoubleType, true)
            .add("upper", DataTypes.DoubleType, true)
            .add("effective_n", DataTypes.DoubleType, true)
            .add("detractors", DataTypes.LongType, false)
            .add("passives", DataTypes.LongType, false)
            .add("promoters", DataTypes.LongType, false);

    private NpsStruct() {}

    /** The row of {@code nps} with its interval at {@code level} by {@code method}. */
    static Row of(Nps nps, double level, NpsIntervalMethod method) {
        if (nps.isEmpty()) {
            return RowFactory.create(
                    nps.n(),
                    null,
                    null,
                    null,
                    null,
                    nps.detractors(),
                    nps.passives(),
                    nps.promoters());
        }
        Interval interval = nps.interval(method, level);
        return RowFactory.create(
                nps.n(),
                nps.value(),
                interval.lower(),
                interval.upper(),
                nps.effectiveN(),
                nps.detractors(),
                nps.passives(),
                nps.promoters());
    }
}
