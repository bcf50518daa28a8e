/**
 * cxkit on Apache Spark: the survey metrics as Spark SQL aggregate functions
 * ({@link dev.cxkit.spark.CxFunctions}) and the models' sufficient statistics as group-by
 * counts collected for cx-core's fitters on the driver ({@link dev.cxkit.spark.CxSummaries}).
 *
 * <p>Aggregation buffers are cx-core accumulators that cross Spark's shuffle as their binary
 * forms, so a group's result equals what cx-core computes in process on the same rows.
 * Nothing is null unless documented: SQL {@code NULL} marks a skipped input or a statistic a
 * group cannot have, never a NaN.
 */
package dev.cxkit.spark;
