/**
 * cxkit on Apache Spark: the survey metrics as Spark SQL functions
 * ({@link dev.cxkit.spark.CxFunctions}, registered from configuration by
 * {@link dev.cxkit.spark.CxSparkExtensions}) and the models' sufficient statistics as group-by
 * counts collected for cx-core's fitters on the driver ({@link dev.cxkit.spark.CxSummaries}).
 *
 * <p>The metrics aggregate with Spark's own code-generated {@code count_if} and {@code sum}
 * per score (or per NPS group) and hand the counts to cx-core, so a group's result equals what
 * cx-core computes in process on the same rows. Nothing is null unless documented: SQL
 * {@code NULL} marks a skipped input or a statistic a group cannot have, never a NaN.
 */
package dev.cxkit.spark;
