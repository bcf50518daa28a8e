package dev.cxkit.spark;

import dev.cxkit.score.ScoreHistogram;
import dev.cxkit.stats.Interval;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Values of the metric structs that every metric writes the same way. */
final class StructValues {

    private StructValues() {}

    /**
     * The count of each score from the scale's minimum up, as the Scala sequence Spark's row
     * encoder takes for an array column.
     */
    static Seq<Long> counts(ScoreHistogram histogram) {
        List<Long> counts = Arrays.stream(histogram.counts()).boxed().toList();
        return CollectionConverters.asScala(counts).toSeq();
    }

    /** The mean's t interval, which needs two responses; empty with fewer. */
    static Optional<Interval> meanInterval(long n, Supplier<Interval> interval) {
        return n < 2 ? Optional.empty() : Optional.of(interval.get());
    }

    /** The lower bound, or SQL {@code NULL} when there is no interval. */
    static Double lower(Optional<Interval> interval) {
        return interval.map(Interval::lower).orElse(null);
    }

    /** The upper bound, or SQL {@code NULL} when there is no interval. */
    static Double upper(Optional<Interval> interval) {
        return interval.map(Interval::upper).orElse(null);
    }
}
