package dev.cxkit.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The program {@link BundleIT} runs in a JVM holding only Spark's jars and the bundle: a local
 * session configured like {@code spark-sql --conf spark.sql.extensions=...}, one query, its
 * rows printed as {@code a|b|c}. It names no cxkit class, as a SQL or PySpark user would not.
 */
public final class BundleSmoke {

    private BundleSmoke() {}

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder()
                .master("local[1]")
                .appName("cx-spark-bundle")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.extensions", "dev.cxkit.spark.CxSparkExtensions")
                .getOrCreate();
        try {
            for (Row row : spark.sql(args[0]).collectAsList()) {
                System.out.println(row.mkString("|"));
            }
        } finally {
            spark.stop();
        }
    }
}
