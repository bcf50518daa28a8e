package dev.cxkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session every test of the module shares: two worker threads, four
 * shuffle partitions, no UI, and the cxkit functions from configuration alone
 * ({@code spark.sql.extensions}, no registration code), as {@code spark-sql} or PySpark users
 * get them. Started on first use, stopped by Spark's shutdown hook when the test JVM exits.
 */
final class SharedSpark {

    /** The configuration value the README tells users to set. */
    static final String EXTENSIONS = "dev.cxkit.spark.CxSparkExtensions";

    private static final SparkSession SESSION = start();

    private SharedSpark() {}

    static SparkSession session() {
        return SESSION;
    }

    private static SparkSession start() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("cx-spark-tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.extensions", EXTENSIONS)
                .getOrCreate();
    }
}
