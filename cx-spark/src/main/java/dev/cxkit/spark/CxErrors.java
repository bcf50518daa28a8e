package dev.cxkit.spark;

import org.apache.spark.QueryContext;
import org.apache.spark.SparkRuntimeException;
import org.apache.spark.sql.AnalysisException;

import scala.collection.immutable.Map;
import scala.collection.immutable.Map$;

/**
 * The errors the cxkit functions raise, as Spark's own user-raised errors
 * ({@code [USER_RAISED_EXCEPTION] message SQLSTATE: P0001}, the class {@code raise_error} uses),
 * so that {@code spark-sql}, JDBC clients and PySpark show the message itself: what was wrong,
 * the value, and what to call instead.
 */
final class CxErrors {

    private static final String CONDITION = "USER_RAISED_EXCEPTION";

    private CxErrors() {}

    /**
     * Throws the {@link AnalysisException} of a query that cannot be analysed (wrong arguments
     * or argument types). Spark's builders may throw it although Java sees it as checked;
     * the return type lets callers write {@code throw CxErrors.analysis(...)}.
     */
    static RuntimeException analysis(String message) {
        throw CxErrors.<RuntimeException>unchecked(
                new AnalysisException(CONDITION, parameters(message)));
    }

    /** A failure while the query runs, for example bytes that are no histogram. */
    static SparkRuntimeException runtime(String message, Throwable cause) {
        return new SparkRuntimeException(
                CONDITION, parameters(message), cause, new QueryContext[0], "");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable exception) throws T {
        throw (T) exception;
    }

    private static Map<String, String> parameters(String message) {
        Map<String, String> empty = Map$.MODULE$.empty();
        return empty.updated("errorMessage", message);
    }
}
