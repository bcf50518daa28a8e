/**
 * cxkit on Apache Spark: the survey metrics as Spark SQL functions
 * ({@link dev.cxkit.spark.CxFunctions}, registered from configuration by
 * {@link dev.cxkit.spark.CxSparkExtensions}) and the models' sufficient statistics as group-by
 * counts collected for cx-core's fitters on the driver ({@link dev.cxkit.spark.CxSummaries}).
 *
 * <p>The metrics count per score (or per NPS group) in one aggregate of cxkit's own that Spark
 * compiles into its code-generated hash aggregation, and hand the counts to cx-core, so a
 * group's result equals what cx-core computes in process on the same rows. Nothing is null unless documented: SQL
 * {@code NULL} marks a skipped input or a statistic a group cannot have, never a NaN.
 */
package dev.cxkit.spark;
