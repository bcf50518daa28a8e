package dev.cxkit.spark;

import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.SparkSessionExtensionsProvider;
import org.apache.spark.sql.catalyst.FunctionIdentifier;

import scala.Tuple3;
import scala.runtime.BoxedUnit;

/**
 * Registers every cxkit SQL function ({@code cx_nps}, {@code try_cx_nps},
 * {@code cx_nps_weighted}, {@code cx_csat}, {@code cx_ces}, the histogram functions,
 * {@code cx_merge_histograms} and the {@code _of} readers) in every session of a Spark
 * application, from configuration alone:
 *
 * <pre>
 * spark-sql --jars cx-spark-VERSION-bundle.jar \
 *     --conf spark.sql.extensions=dev.cxkit.spark.CxSparkExtensions
 * </pre>
 *
 * <p>So {@code spark-sql}, the Thrift/JDBC server, notebooks and PySpark call the functions
 * without Java code. The functions are those of {@link CxFunctions} (same columns, same
 * checks); {@link CxFunctions#register} does the same for one session at run time. Spark
 * creates this class by its public no-argument constructor; it holds no state, so it is
 * thread-safe.
 */
public final class CxSparkExtensions implements SparkSessionExtensionsProvider {

    /** For Spark, which instantiates the class named by {@code spark.sql.extensions}. */
    public CxSparkExtensions() {}

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        for (SqlFunction function : CxFunctions.sqlFunctions()) {
            extensions.injectFunction(new Tuple3<>(
                    new FunctionIdentifier(function.name()),
                    function.info(),
                    CxFunctions.builder(function)));
        }
        return BoxedUnit.UNIT;
    }
}
