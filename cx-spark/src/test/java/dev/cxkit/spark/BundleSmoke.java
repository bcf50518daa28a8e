package dev.cxkit.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * The program {@link BundleIT} and {@link SparkSubmitIT} run in a JVM holding only Spark's jars
 * (and, for {@code BundleIT}, the bundle): {@code -e SQL} as {@code spark-sql} takes it, the
 * rows printed tab-separated as {@code spark-sql} prints them. Its session takes every setting
 * from the {@code spark.*} system properties that {@code spark-submit} (or the test's
 * {@code -D} options) sets, so it names no cxkit class and configures nothing, as a SQL or
 * PySpark user would not.
 */
public final class BundleSmoke {

    private BundleSmoke() {}

    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("-e")) {
            throw new IllegalArgumentException("usage: BundleSmoke -e SQL, was " + List.of(args));
        }
        SparkSession spark = SparkSession.builder().getOrCreate();
        try {
            for (Row row : spark.sql(args[1]).collectAsList()) {
                System.out.println(row.mkString("\t"));
            }
        } finally {
            spark.stop();
        }
    }
}
